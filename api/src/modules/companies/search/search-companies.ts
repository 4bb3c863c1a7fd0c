import { decodeCursor, encodeCursor, pageSize } from '../../../common/pagination.js';
import { CommonException, CommonExceptionCode } from '../../../common/errors/common.exception.js';
import { companyFromRow, type CompanyRecord, type CompanyRow } from '../domain/company-record.js';
import {
  likePatterns,
  MAX_SEARCH_DEPTH,
  expectedMatches,
  indexedWordsQuery,
  minNameLength,
  planSearch,
  wordsQuery,
  type IndexedWordsQuery,
  type SearchMode,
  type WordsQuery,
} from '../domain/search-query.js';
import { companiesEstimate } from '../companies-estimate.js';
import { queryRows, type SqlRunner } from '../sql-runner.js';
import {
  EXACT_AND_STARTS_WITH_SQL,
  ROWS_BY_SIREN_SQL,
  SIREN_PREFIX_COUNT_SQL,
  SIREN_PREFIX_SQL,
  START_KEY_LENGTH,
  STARTS_WITH_SQL,
  walkSql,
  WORDS_COUNT_SQL,
  WORDS_SQL,
} from './search-sql.js';
import { correctWord, estimateWords, type WordEstimate } from './search-words.js';

export interface SearchCompaniesRequest {
  query: string;
  first?: number | null;
  after?: string | null;
}

export interface SearchCompaniesPage {
  edges: { cursor: string; node: CompanyRecord }[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Exact when known cheaply; null when the matches exceed MAX_SEARCH_DEPTH or for a fuzzy search with more pages. */
  totalCount: number | null;
  mode: SearchMode;
}

/**
 * When a query may match this many companies (by the words table), it is answered by walking the
 * ranking index rather than by reading every match; `windowSize` active names are walked at most.
 * Tests lower them to exercise the walk on a small database.
 */
export interface SearchTuning {
  broadEstimate: number;
  windowSize: number;
  /** A one-word group that may match this many companies is checked by LIKE, not the index (indexedWordsQuery). */
  checkedEstimate: number;
  /**
   * A query of several broad words is walked only if this many names may hold them all
   * (expectedMatches): fewer, and a window of `windowSize` names would rarely hold a page of them.
   */
  broadTogether: number;
}

export const DEFAULT_SEARCH_TUNING: SearchTuning = { broadEstimate: 3_000, windowSize: 20_000, checkedEstimate: 30_000, broadTogether: 3_000 };

const MODES: readonly SearchMode[] = ['siren', 'words', 'fuzzy'];

/** Cursor: [mode, offset]. The mode is kept so that a fuzzy fallback stays fuzzy on the next page. */
function readCursor(after: string | null | undefined): { mode: SearchMode; offset: number } | null {
  const parts = decodeCursor(after, 2);
  if (parts === null) return null;
  const [mode, offset] = parts;
  if (!MODES.includes(mode as SearchMode) || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 1 || offset > MAX_SEARCH_DEPTH) {
    throw new CommonException(CommonExceptionCode.INVALID_CURSOR, 'Le curseur de pagination est invalide.');
  }
  return { mode: mode as SearchMode, offset };
}

interface WalkRow {
  part: 'e' | 's' | 'w';
  siren: string;
  active: boolean;
  len: number;
  sw: boolean;
}

const byLengthThenSiren = (a: WalkRow, b: WalkRow): number => a.len - b.len || (a.siren < b.siren ? -1 : a.siren > b.siren ? 1 : 0);

const byExactRank = (a: WalkRow, b: WalkRow): number => Number(b.active) - Number(a.active) || (a.siren < b.siren ? -1 : 1);

/**
 * The first `wanted` SIRENs of the ranking, or null when the window held too few matches to be sure
 * (the caller then reads every match). Exact names, then active names starting with the phrase (both
 * complete: from their indexes for a phrase of START_KEY_LENGTH letters or more, which is usually the
 * whole page), then, when those are too few and the query is `walkable` (words likely found together:
 * `auto ecole` is, though each word alone would not say so), the other active matches from the walk of walkSql.
 */
async function walkRanking(
  runner: SqlRunner,
  query: WordsQuery,
  wanted: number,
  tuning: SearchTuning,
  walkable: () => Promise<boolean>,
): Promise<string[] | null> {
  const prefix = `${query.phrase}%`;
  let exact: WalkRow[] | null = null;
  let startsWith: WalkRow[] | null = null;
  if (query.phrase.length >= START_KEY_LENGTH) {
    const rows = await queryRows<WalkRow>(runner, EXACT_AND_STARTS_WITH_SQL, [query.phrase, prefix, wanted]);
    exact = rows.filter((r) => r.part === 'e').sort(byExactRank);
    startsWith = rows.filter((r) => r.part === 's').sort(byLengthThenSiren);
    if (exact.length + startsWith.length >= wanted) return [...exact, ...startsWith].slice(0, wanted).map((r) => r.siren);
  }
  if (!(await walkable())) return null;
  const rows = await queryRows<WalkRow>(runner, walkSql(query.groups.length, startsWith === null), [
    query.phrase,
    prefix,
    wanted,
    minNameLength(query),
    tuning.windowSize,
    ...query.groups.map(likePatterns),
  ]);
  exact ??= rows.filter((r) => r.part === 'e').sort(byExactRank);
  if (startsWith === null) {
    startsWith = rows.filter((r) => r.part === 's').sort(byLengthThenSiren);
    if (exact.length + startsWith.length < wanted) {
      // The window held too few: read them all, so that 's' is complete.
      startsWith = (await queryRows<WalkRow>(runner, STARTS_WITH_SQL, [query.phrase, prefix, wanted])).sort(byLengthThenSiren);
    }
  }
  const window = rows.filter((r) => r.part === 'w').sort(byLengthThenSiren);
  // 's' is complete (not windowed). The window's non-"starts with" matches are the first ones of the
  // whole table only when the window yielded all `wanted` rows asked of it.
  let ranked: WalkRow[];
  if (exact.length + startsWith.length >= wanted) ranked = [...exact, ...startsWith];
  else if (window.length >= wanted) ranked = [...exact, ...startsWith, ...window.filter((r) => !r.sw)];
  else return null;
  return ranked.slice(0, wanted).map((r) => r.siren);
}

async function rowsBySiren(runner: SqlRunner, sirens: string[]): Promise<CompanyRow[]> {
  if (sirens.length === 0) return [];
  const rows = await queryRows<CompanyRow>(runner, ROWS_BY_SIREN_SQL, [sirens]);
  const bySiren = new Map(rows.map((r) => [r.siren, r]));
  return sirens.map((s) => bySiren.get(s)).filter((r): r is CompanyRow => r !== undefined);
}

/** Whether words broad one by one are likely broad together; yes when the table was never analysed. */
async function broadTogether(runner: SqlRunner, estimates: readonly number[], tuning: SearchTuning): Promise<boolean> {
  const companies = await companiesEstimate(runner);
  return companies === null || companies === 0 || expectedMatches(estimates, companies) >= tuning.broadTogether;
}

/** Rows `offset`..`offset + count` of a words query: walked when broad, else every match ranked. */
async function findWords(
  runner: SqlRunner,
  query: WordsQuery,
  estimates: readonly number[],
  count: number,
  offset: number,
  tuning: SearchTuning,
): Promise<CompanyRow[]> {
  if (Math.min(...estimates) >= tuning.broadEstimate) {
    const walkable = async (): Promise<boolean> => query.groups.length === 1 || broadTogether(runner, estimates, tuning);
    const ranked = await walkRanking(runner, query, offset + count, tuning, walkable);
    if (ranked) return rowsBySiren(runner, ranked.slice(offset));
  }
  const { tsquery, checked } = indexedWordsQuery(query, estimates, tuning.checkedEstimate);
  return queryRows<CompanyRow & { total_matches: string }>(runner, WORDS_SQL, [tsquery, query.phrase, `${query.phrase}%`, count, offset, checked]);
}

/**
 * The fuzzy query: words no dictionary word starts with are replaced by their closest dictionary
 * words; unknown words under 3 letters carry too few trigrams to correct and are dropped.
 * Null when a word has no close enough correction (nothing can match).
 */
async function correctedQuery(runner: SqlRunner, words: readonly string[], estimates: readonly WordEstimate[]): Promise<WordsQuery | null> {
  const groups: string[][] = [];
  for (const [i, word] of words.entries()) {
    if ((estimates[i]?.total ?? 0) > 0) groups.push([word]);
    else if (word.length >= 3) {
      const corrections = await correctWord(runner, word);
      if (corrections.length === 0) return null;
      groups.push(corrections);
    }
  }
  return groups.length > 0 ? wordsQuery(groups) : null;
}

/** Per group: the alternatives' upper bounds added up. */
async function groupEstimates(runner: SqlRunner, query: WordsQuery): Promise<number[]> {
  const flat = query.groups.flat();
  const estimates = await estimateWords(runner, flat);
  const byWord = new Map(flat.map((w, i) => [w, estimates[i]?.total ?? Number.POSITIVE_INFINITY]));
  return query.groups.map((g) => g.reduce((sum, w) => sum + (byWord.get(w) ?? Number.POSITIVE_INFINITY), 0));
}

/**
 * The whole search, without Nest: the service runs it on TypeORM's DataSource, the bench on a pg Pool.
 * Words first; when a first page of words finds nothing, the misspelt words are corrected (fuzzy).
 */
export async function searchCompanies(
  runner: SqlRunner,
  request: SearchCompaniesRequest,
  tuning: SearchTuning = DEFAULT_SEARCH_TUNING,
): Promise<SearchCompaniesPage> {
  const first = pageSize(request.first);
  const plan = planSearch(request.query);
  const cursor = readCursor(request.after);
  const offset = cursor?.offset ?? 0;
  let mode: SearchMode = plan.mode === 'siren' ? 'siren' : cursor?.mode === 'fuzzy' ? 'fuzzy' : 'words';
  if (cursor && (cursor.mode === 'siren') !== (plan.mode === 'siren')) {
    throw new CommonException(CommonExceptionCode.INVALID_CURSOR, 'Le curseur de pagination est invalide.');
  }

  const limit = Math.min(first, MAX_SEARCH_DEPTH - offset);
  if (limit <= 0) return { edges: [], hasNextPage: false, endCursor: null, totalCount: null, mode };

  let rows: CompanyRow[];
  let knownOverDepth = false;
  let countQuery: IndexedWordsQuery = { tsquery: '', checked: [] };
  if (plan.mode === 'siren') {
    rows = await queryRows<CompanyRow>(runner, SIREN_PREFIX_SQL, [`${plan.prefix}%`, offset + limit + 1, limit + 1, offset]);
  } else {
    const estimates = await estimateWords(runner, plan.words);
    rows = [];
    if (mode === 'words') {
      const query = wordsQuery(plan.words.map((w) => [w]));
      countQuery = indexedWordsQuery(query, estimates.map((e) => e.total), tuning.checkedEstimate);
      // A one-word query matches at least every company holding its most frequent completion.
      knownOverDepth = plan.words.length === 1 && (estimates[0]?.top ?? 0) > MAX_SEARCH_DEPTH;
      rows = await findWords(runner, query, estimates.map((e) => e.total), limit + 1, offset, tuning);
      if (rows.length === 0 && offset === 0) mode = 'fuzzy';
    }
    if (mode === 'fuzzy') {
      const query = await correctedQuery(runner, plan.words, estimates);
      rows = query ? await findWords(runner, query, await groupEstimates(runner, query), limit + 1, offset, tuning) : [];
    }
  }

  const hasNextPage = rows.length > limit && offset + limit < MAX_SEARCH_DEPTH;
  const pageRows = rows.slice(0, limit);
  const edges = pageRows.map((row, i) => ({ cursor: encodeCursor([mode, offset + i + 1]), node: companyFromRow(row) }));

  let totalCount: number | null = null;
  if (!hasNextPage && rows.length <= limit) {
    totalCount = offset + pageRows.length;
  } else if (mode === 'words' && (rows[0] as { total_matches?: string } | undefined)?.total_matches !== undefined) {
    // Counted by the page query itself (every match was read).
    const total = Number((rows[0] as unknown as { total_matches: string }).total_matches);
    totalCount = total > MAX_SEARCH_DEPTH ? null : total;
  } else if (mode !== 'fuzzy' && !knownOverDepth) {
    // Only counted when there is more than this page, and never past the browsable depth.
    const [countRow] = await queryRows<{ total: number }>(
      runner,
      mode === 'siren' ? SIREN_PREFIX_COUNT_SQL : WORDS_COUNT_SQL,
      plan.mode === 'siren' ? [`${plan.prefix}%`] : [countQuery.tsquery, countQuery.checked],
    );
    const total = countRow?.total ?? 0;
    totalCount = total > MAX_SEARCH_DEPTH ? null : total;
  }

  return { edges, hasNextPage, endCursor: edges.at(-1)?.cursor ?? null, totalCount, mode };
}
