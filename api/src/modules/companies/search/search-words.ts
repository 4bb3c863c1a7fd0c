import { queryRows, type SqlRunner } from '../sql-runner.js';

/*
 * company_search_words: each distinct word of the search names, with the number of companies whose
 * name holds it. Kept in step by the importer and findOrCreateBySiren (same statement as the write
 * to companies, so a failed write leaves no trace).
 */

/**
 * Adds (+1) or removes (-1) the words of names. `delta` is a query yielding (word, d) with one row
 * per company and distinct word; words are written in order so concurrent writers never deadlock.
 */
export function applyWordDeltaSql(delta: string): string {
  return `
INSERT INTO company_search_words AS sw (word, frequency)
SELECT word, sum(d)::int FROM (${delta}) delta
WHERE word <> ''
GROUP BY word
HAVING sum(d) <> 0
ORDER BY word
ON CONFLICT (word) DO UPDATE SET frequency = sw.frequency + EXCLUDED.frequency`;
}

/** The distinct words of a search name, as a LATERAL source. */
export const distinctWords = (column: string): string => `LATERAL (SELECT DISTINCT unnest(string_to_array(${column}, ' ')) AS word) w`;

/**
 * Moves company_search_words by the companies written: `moved` is a relation of the statement (a
 * CTE) with `new_name` and `old_name` (null for a new company): +1 for the words of the new name,
 * -1 for those of the old.
 */
export const applyMovedNamesSql = (): string => applyWordDeltaSql(`
  SELECT w.word, 1 AS d FROM moved, ${distinctWords('moved.new_name')}
  UNION ALL
  SELECT w.word, -1 FROM moved, ${distinctWords('moved.old_name')} WHERE moved.old_name IS NOT NULL`);

export interface WordEstimate {
  /** Companies holding a word that starts with this one, counted once per such word: an upper bound of the matches. */
  total: number;
  /** The most frequent word starting with this one: a lower bound of the matches of a one-word query. */
  top: number;
}

/**
 * How many companies each word (as a prefix) may match. One-letter words are not looked up (a
 * range over a large part of the dictionary): they are reported as unbounded.
 */
export async function estimateWords(runner: SqlRunner, words: readonly string[]): Promise<WordEstimate[]> {
  const looked = words.filter((w) => w.length >= 2);
  const rows = looked.length === 0 ? [] : await queryRows<{ word: string; total: number; top: number }>(
    runner,
    `SELECT q.word, coalesce(sum(w.frequency), 0)::float8 AS total, coalesce(max(w.frequency), 0)::int AS top
     FROM unnest($1::text[]) AS q(word)
     LEFT JOIN company_search_words w
       ON w.word >= (q.word COLLATE "C") AND w.word < ((q.word || '{') COLLATE "C") AND w.frequency > 0
     GROUP BY q.word`,
    [looked],
  );
  const byWord = new Map(rows.map((r) => [r.word, { total: Number(r.total), top: Number(r.top) }]));
  return words.map((w) => byWord.get(w) ?? { total: Number.POSITIVE_INFINITY, top: 0 });
}

/** Below this trigram similarity a dictionary word is not offered as a correction. */
const MIN_SIMILARITY = 0.3;
/** Corrections kept: the closest word and those nearly as close. */
const SIMILARITY_SPREAD = 0.1;

/**
 * The dictionary words closest to a misspelt one (the trigram GIN finds those sharing enough
 * trigrams, `%`, a handful; they are then sorted by distance): up to three,
 * closest first, within SIMILARITY_SPREAD of the closest. Empty when nothing is close enough.
 */
export async function correctWord(runner: SqlRunner, word: string): Promise<string[]> {
  const rows = await queryRows<{ word: string; sim: number }>(
    runner,
    `SELECT word, similarity(word, $1) AS sim
     FROM company_search_words
     WHERE word % $1 AND frequency > 0
     ORDER BY word <-> $1
     LIMIT 3`,
    [word],
  );
  const best = rows[0]?.sim ?? 0;
  if (best < MIN_SIMILARITY) return [];
  return rows.filter((r) => r.sim >= Math.max(MIN_SIMILARITY, best - SIMILARITY_SPREAD)).map((r) => r.word);
}
