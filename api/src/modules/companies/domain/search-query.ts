import { CompaniesException, CompaniesExceptionCode } from '../companies.exception.js';
import { COMPANY_COLUMNS } from './company-record.js';
import { normalizeName } from './normalize-name.js';

/** Search results can be browsed this deep; past it, refine the query. */
export const MAX_SEARCH_DEPTH = 1_000;
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 100;
const MAX_WORDS = 8;

/** How a query is answered: SIREN prefix, every word as a name prefix, or (fallback) trigram similarity. */
export type SearchMode = 'siren' | 'words' | 'fuzzy';

export type SearchPlan =
  | { mode: 'siren'; prefix: string }
  | { mode: 'words'; normalized: string; tsquery: string };

/** Reads a user's query; throws BAD_USER_INPUT with a French message when it cannot be searched. */
export function planSearch(query: string): SearchPlan {
  const trimmed = query.trim();
  if (trimmed.length < MIN_QUERY_LENGTH || trimmed.length > MAX_QUERY_LENGTH) {
    throw new CompaniesException(
      CompaniesExceptionCode.SEARCH_QUERY_INVALID,
      `La recherche doit comporter entre ${MIN_QUERY_LENGTH} et ${MAX_QUERY_LENGTH} caractères.`,
    );
  }
  const digits = trimmed.replace(/[\s\u00a0]/g, '');
  if (/^\d{3,9}$/.test(digits)) return { mode: 'siren', prefix: digits };

  const normalized = normalizeName(trimmed);
  if (normalized === '') {
    throw new CompaniesException(
      CompaniesExceptionCode.SEARCH_QUERY_INVALID,
      'La recherche doit contenir au moins une lettre ou un chiffre.',
    );
  }
  // normalizeName leaves only [a-z0-9 ]: the words are safe inside a tsquery.
  const words = normalized.split(' ').slice(0, MAX_WORDS);
  return { mode: 'words', normalized: words.join(' '), tsquery: words.map((word) => `${word}:*`).join(' & ') };
}

/*
 * Ordering, everywhere: (no ts_rank: with every word required as a prefix it adds little, and
 * reading each match's tsvector doubled the cost of broad queries at 1 M companies) an exact name match first (even if ceased: the user typed its name),
 * then active companies before ceased ones, then relevance, then shorter names, then SIREN so
 * pages never overlap. LIMIT/OFFSET are the last two parameters.
 */

export const SIREN_PREFIX_SQL = `
SELECT ${COMPANY_COLUMNS}
FROM companies
WHERE siren LIKE $1
ORDER BY active DESC, siren
LIMIT $2 OFFSET $3`;

export const SIREN_PREFIX_COUNT_SQL = `
SELECT count(*)::int AS total FROM (SELECT 1 FROM companies WHERE siren LIKE $1 LIMIT ${MAX_SEARCH_DEPTH + 1}) m`;

export const WORDS_SQL = `
SELECT ${COMPANY_COLUMNS}
FROM companies
WHERE search_vector @@ to_tsquery('simple', $1)
ORDER BY (search_name = $2) DESC,
         active DESC,
         (search_name LIKE $3) DESC,
         length(search_name),
         siren
LIMIT $4 OFFSET $5`;

export const WORDS_COUNT_SQL = `
SELECT count(*)::int AS total
FROM (SELECT 1 FROM companies WHERE search_vector @@ to_tsquery('simple', $1) LIMIT ${MAX_SEARCH_DEPTH + 1}) m`;

/**
 * Typo tolerance: every (3+ letter) word must be close to a word of the name; `<%` is
 * word_similarity ≥ pg_trgm.word_similarity_threshold (0.6) and is served by the trigram GIN index.
 * $1 is the whole query (for ranking), $2.. the words, then LIMIT and OFFSET.
 */
export function fuzzySql(wordCount: number): string {
  const conditions = Array.from({ length: Math.max(1, wordCount) }, (_, i) => `$${i + 2} <% search_name`).join(' AND ');
  const n = Math.max(1, wordCount) + 2;
  return `
SELECT ${COMPANY_COLUMNS}
FROM companies
WHERE ${conditions}
ORDER BY active DESC,
         word_similarity($1, search_name) DESC,
         length(search_name),
         siren
LIMIT $${n} OFFSET $${n + 1}`;
}

/** Words a fuzzy search requires: short ones ("de", "sa") carry too few trigrams to judge. */
function fuzzyWords(normalized: string): string[] {
  const words = normalized.split(' ').filter((word) => word.length >= 3);
  return words.length > 0 ? words : [normalized];
}

/** Parameters of the page query of a plan, for `limit` rows from `offset`. */
export function pageParams(mode: SearchMode, plan: SearchPlan, limit: number, offset: number): unknown[] {
  if (plan.mode === 'siren') return [`${plan.prefix}%`, limit, offset];
  if (mode === 'fuzzy') return [plan.normalized, ...fuzzyWords(plan.normalized), limit, offset];
  return [plan.tsquery, plan.normalized, `${plan.normalized}%`, limit, offset];
}

export function pageSql(mode: SearchMode, plan: SearchPlan): string {
  if (mode === 'siren') return SIREN_PREFIX_SQL;
  if (mode === 'words' || plan.mode === 'siren') return WORDS_SQL;
  return fuzzySql(fuzzyWords(plan.normalized).length);
}
