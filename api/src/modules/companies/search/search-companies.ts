import { decodeCursor, encodeCursor, pageSize } from '../../../common/pagination.js';
import { CommonException, CommonExceptionCode } from '../../../common/errors/common.exception.js';
import { companyFromRow, type CompanyRecord, type CompanyRow } from '../domain/company-record.js';
import {
  MAX_SEARCH_DEPTH,
  pageParams,
  pageSql,
  planSearch,
  SIREN_PREFIX_COUNT_SQL,
  WORDS_COUNT_SQL,
  type SearchMode,
} from '../domain/search-query.js';
import { queryRows, type SqlRunner } from '../sql-runner.js';

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

/**
 * The whole search, without Nest: the service runs it on TypeORM's DataSource, the bench on a pg Pool.
 * Words first; when a first page of words finds nothing, trigram similarity takes over (typos).
 */
export async function searchCompanies(runner: SqlRunner, request: SearchCompaniesRequest): Promise<SearchCompaniesPage> {
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

  const fetchPage = (m: SearchMode): Promise<CompanyRow[]> => queryRows<CompanyRow>(runner, pageSql(m, plan), pageParams(m, plan, limit + 1, offset));
  let rows = await fetchPage(mode);
  if (rows.length === 0 && mode === 'words' && offset === 0) {
    mode = 'fuzzy';
    rows = await fetchPage(mode);
  }

  const hasNextPage = rows.length > limit && offset + limit < MAX_SEARCH_DEPTH;
  const pageRows = rows.slice(0, limit);
  const edges = pageRows.map((row, i) => ({ cursor: encodeCursor([mode, offset + i + 1]), node: companyFromRow(row) }));

  let totalCount: number | null = null;
  if (!hasNextPage && rows.length <= limit) {
    totalCount = offset + pageRows.length;
  } else if (mode !== 'fuzzy') {
    // Only counted when there is more than this page, and never past the browsable depth.
    const [countRow] = await queryRows<{ total: number }>(
      runner,
      mode === 'siren' ? SIREN_PREFIX_COUNT_SQL : WORDS_COUNT_SQL,
      [plan.mode === 'siren' ? `${plan.prefix}%` : plan.tsquery],
    );
    const total = countRow?.total ?? 0;
    totalCount = total > MAX_SEARCH_DEPTH ? null : total;
  }

  return { edges, hasNextPage, endCursor: edges.at(-1)?.cursor ?? null, totalCount, mode };
}
