import { CompaniesException, CompaniesExceptionCode } from '../companies.exception.js';
import { normalizeName } from './normalize-name.js';

/** Search results can be browsed this deep; past it, refine the query. */
export const MAX_SEARCH_DEPTH = 1_000;
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 100;
const MAX_WORDS = 8;

/**
 * How a query is answered: SIREN prefix, every word as a name prefix, or (fallback) every word
 * as a name prefix after correcting the unknown words against the dictionary of name words.
 */
export type SearchMode = 'siren' | 'words' | 'fuzzy';

export type SearchPlan =
  | { mode: 'siren'; prefix: string }
  | { mode: 'words'; normalized: string; words: string[] };

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
  // normalizeName leaves only [a-z0-9 ]: the words are safe inside a tsquery and LIKE patterns.
  const words = normalized.split(' ').slice(0, MAX_WORDS);
  return { mode: 'words', normalized: words.join(' '), words };
}

/**
 * A words query ready for SQL: each group is a set of alternatives (one word, or the corrections of
 * a misspelt one), every group must match some word of the name as a prefix. `phrase` (the first
 * alternative of each group) is what "exact name" and "name starts with" compare against.
 */
export interface WordsQuery {
  phrase: string;
  groups: string[][];
}

export function wordsQuery(groups: string[][]): WordsQuery {
  return { phrase: groups.map((g) => g[0]).join(' '), groups };
}

/** `(a:* | b:*) & c:*` for the full-text index. */
export function toTsquery(query: WordsQuery): string {
  return query.groups.map((g) => (g.length === 1 ? `${g[0]}:*` : `(${g.map((w) => `${w}:*`).join(' | ')})`)).join(' & ');
}

/** `% a%` patterns matched against `' ' || search_name`: "some word of the name starts with a". */
export function likePatterns(group: readonly string[]): string[] {
  return group.map((w) => `% ${w}%`);
}

/** No matching name can be shorter than its words laid end to end. */
export function minNameLength(query: WordsQuery): number {
  return query.groups.reduce((sum, g) => sum + Math.min(...g.map((w) => w.length)), 0) + query.groups.length - 1;
}

/**
 * How a words query is run on the full-text index: the groups that narrow it down go into the
 * tsquery, and the broad one-word groups (a prefix such as `d:*` or `de:*` that hundreds of
 * thousands of names hold) are checked on the rows the index found, by LIKE, instead: a GIN prefix
 * scan reads every posting list of every word starting with it (`d almeida freres` spent 80 ms of
 * its 150 there, on 1 M companies). Same matches: a word of the name starts with w exactly when
 * `' ' || name` is LIKE `% w%`. The most selective group always stays in the tsquery.
 */
export interface IndexedWordsQuery {
  tsquery: string;
  /** LIKE patterns every name must also match (`LIKE ALL`). */
  checked: string[];
}

export function indexedWordsQuery(query: WordsQuery, estimates: readonly number[], checkFrom: number): IndexedWordsQuery {
  const estimateOf = (i: number): number => estimates[i] ?? Number.POSITIVE_INFINITY;
  let narrowest = 0;
  for (let i = 1; i < query.groups.length; i += 1) if (estimateOf(i) < estimateOf(narrowest)) narrowest = i;
  const indexed: string[][] = [];
  const checked: string[] = [];
  query.groups.forEach((group, i) => {
    if (i !== narrowest && group.length === 1 && estimateOf(i) >= checkFrom) checked.push(...likePatterns(group));
    else indexed.push(group);
  });
  return { tsquery: toTsquery({ phrase: query.phrase, groups: indexed }), checked };
}

/**
 * How many names would hold every group if words were spread independently over `companies`
 * names: a multi-word query whose words are each common may still be narrow together (`fonderie
 * nice`: 90 matches), and walking a window of names for it finds too few and is wasted.
 */
export function expectedMatches(estimates: readonly number[], companies: number): number {
  return estimates.reduce((expected, estimate) => expected * Math.min(1, estimate / companies), companies);
}
