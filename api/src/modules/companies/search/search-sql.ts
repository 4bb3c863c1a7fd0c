import { COMPANY_COLUMNS } from '../domain/company-record.js';
import { MAX_SEARCH_DEPTH } from '../domain/search-query.js';

/*
 * Ordering, everywhere: an exact name match first (even if ceased: the user typed its name), then
 * active companies before ceased ones, then names that start with the query, then shorter names,
 * then SIREN so pages never overlap. (No ts_rank: with every word required as a prefix it adds
 * little, and reading each match's tsvector doubled the cost of broad queries.)
 */

/** The page rows of a list of SIRENs (order restored by the caller). */
export const ROWS_BY_SIREN_SQL = `SELECT ${COMPANY_COLUMNS} FROM companies WHERE siren = ANY($1::bpchar[])`;

/**
 * SIREN prefix: active then ceased, each walked in SIREN order on the prefix index (which includes
 * `active`, so no table read until the page is known). $1 pattern, $2 rows needed from the start,
 * $3 LIMIT, $4 OFFSET. `USING ~<~` is the prefix index's own order (the same as the usual one for
 * nine digits): with `ORDER BY siren` the planner walked the primary key in order and filtered
 * (260,000 rows read for `258`, 170 ms on the 1 M bench set; now 21, 0.5 ms).
 */
export const SIREN_PREFIX_SQL = `
SELECT ${COMPANY_COLUMNS}
FROM companies
JOIN (
  SELECT p_siren, p_active FROM (
    (SELECT siren AS p_siren, active AS p_active FROM companies WHERE siren LIKE $1 AND active ORDER BY siren USING ~<~ LIMIT $2)
    UNION ALL
    (SELECT siren, active FROM companies WHERE siren LIKE $1 AND NOT active ORDER BY siren USING ~<~ LIMIT $2)
  ) u
  ORDER BY p_active DESC, p_siren
  LIMIT $3 OFFSET $4
) page ON siren = page.p_siren
ORDER BY page.p_active DESC, page.p_siren`;

export const SIREN_PREFIX_COUNT_SQL = `
SELECT count(*)::int AS total FROM (SELECT 1 FROM companies WHERE siren LIKE $1 LIMIT ${MAX_SEARCH_DEPTH + 1}) m`;

/**
 * Narrow queries: the full-text index finds every match, then they are ranked; every match being
 * read anyway, they are counted on the way (total_matches) instead of by a second index scan.
 * $1 tsquery, as a literal: its words are lexemes as they are, like the vector's (no text-search
 * parser on either side, migration 1764000022100). $2 phrase, $3 phrase prefix pattern, $4 LIMIT, $5 OFFSET,
 * $6 the LIKE patterns of the broad words left out of the tsquery (indexedWordsQuery).
 */
export const WORDS_SQL = `
SELECT ${COMPANY_COLUMNS}, count(*) OVER () AS total_matches
FROM companies
WHERE search_vector @@ $1::tsquery AND (' ' || search_name) LIKE ALL ($6::text[])
ORDER BY (search_name = $2) DESC,
         active DESC,
         (search_name LIKE $3) DESC,
         length(search_name),
         siren
LIMIT $4 OFFSET $5`;

export const WORDS_COUNT_SQL = `
SELECT count(*)::int AS total
FROM (SELECT 1 FROM companies WHERE search_vector @@ $1::tsquery AND (' ' || search_name) LIKE ALL ($2::text[]) LIMIT ${MAX_SEARCH_DEPTH + 1}) m`;

/**
 * Broad queries (thousands of matches): instead of reading and ranking every match, three short
 * walks that stop after `$3` rows each, whose union holds the first `$3` rows of the ranking:
 * - 'e': exact names (name index);
 * - 'w': active matches in (length, SIREN) order, from a window of the first `$5` active names at
 *   least `$4` long (index-only on companies_search_rank_idx): a prefix of the ranking, so its
 *   matches are the first ones, provided the window held enough of them (checked by the caller);
 * - 's': the same for the active names starting with the phrase (when the window holds too few of
 *   them, the caller reads them all with STARTS_WITH_SQL).
 * (Leaving 's' to the planner made it walk the rank index for "expertise", whose names are all
 * long: 300k rows read for 21.) The window is read once for both ('s' and 'w' each walked it: 7 ms
 * apiece for 20,000 names on the bench machine).
 * Without `exactAndStarts`, only 'w' (the caller has 'e' and 's' from EXACT_AND_STARTS_WITH_SQL).
 * $1 phrase, $2 phrase prefix pattern, $3 rows wanted, $4 minimum length, $5 window size, then the
 * LIKE ANY arrays of the groups.
 */
export function walkSql(groupCount: number, exactAndStarts: boolean): string {
  const conditions = Array.from({ length: groupCount }, (_, i) => `(' ' || search_name) LIKE ANY ($${i + 6}::text[])`).join(' AND ');
  const exactAndStartsParts = `
SELECT 'e' AS part, siren, active, length(search_name) AS len, false AS sw
FROM (SELECT siren, active, search_name FROM companies WHERE search_name = $1 ORDER BY active DESC, siren LIMIT $3) e
UNION ALL
SELECT 's', siren, true, length(search_name), true
FROM (SELECT siren, search_name FROM window_rows
      WHERE search_name LIKE $2 AND search_name <> $1
      ORDER BY length(search_name), siren LIMIT $3) s
UNION ALL`;
  return `
WITH window_rows AS MATERIALIZED (
  SELECT siren, search_name FROM companies
  WHERE active AND length(search_name) >= $4
  ORDER BY length(search_name), siren LIMIT $5
)${exactAndStarts ? exactAndStartsParts : ''}
SELECT 'w' AS part, siren, true AS active, length(search_name) AS len, search_name LIKE $2 AS sw
FROM (SELECT siren, search_name FROM window_rows
      WHERE ${conditions} AND search_name <> $1
      ORDER BY length(search_name), siren LIMIT $3) w`;
}

/**
 * Every active name starting with the phrase (name-index range, index-only; MATERIALIZED so the
 * planner cannot turn it into a rank-index walk), first `$3` by (length, SIREN).
 */
export const STARTS_WITH_SQL = `
WITH r AS MATERIALIZED (
  SELECT siren, search_name FROM companies WHERE active AND search_name LIKE $2 AND search_name <> $1
)
SELECT 's' AS part, siren, true AS active, length(search_name) AS len, true AS sw
FROM r ORDER BY length(search_name), siren LIMIT $3`;

/** Phrases at least this long are looked up by their first letters (companies_search_start_idx). */
export const START_KEY_LENGTH = 3;

/**
 * The exact names ('e', ceased ones too) and the first `$3` active names starting with the phrase
 * ('s', complete: in ranking order from companies_search_start_idx, stopping at the `$3`-th). For a
 * phrase of START_KEY_LENGTH letters or more. $1 phrase, $2 phrase prefix pattern, $3 rows wanted.
 */
export const EXACT_AND_STARTS_WITH_SQL = `
SELECT 'e' AS part, siren, active, length(search_name) AS len, false AS sw
FROM (SELECT siren, active, search_name FROM companies WHERE search_name = $1 ORDER BY active DESC, siren LIMIT $3) e
UNION ALL
SELECT 's', siren, true, length(search_name), true
FROM (SELECT siren, search_name FROM companies
      WHERE active AND (left(search_name, ${START_KEY_LENGTH}) COLLATE "C") = left($1, ${START_KEY_LENGTH}) AND search_name LIKE $2 AND search_name <> $1
      ORDER BY length(search_name), siren LIMIT $3) s`;
