import { CommonException, CommonExceptionCode } from './errors/common.exception.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Validates a requested page size: 1..MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new CommonException(
      CommonExceptionCode.PAGE_TOO_LARGE,
      `Le nombre d'éléments demandés doit être compris entre 1 et ${MAX_PAGE_SIZE}.`,
    );
  }
  return first;
}

/** Opaque cursors: base64url of a small JSON array. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === arity &&
      parsed.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return parsed as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new CommonException(CommonExceptionCode.INVALID_CURSOR, 'Le curseur de pagination est invalide.');
}

/** Cuts the `limit + 1` rows a page query fetched into the page and its PageInfo. */
export function toPage<R, N>(
  rows: readonly R[],
  limit: number,
  toNode: (row: R) => N,
  cursorOf: (row: R) => readonly (string | number)[],
): { nodes: N[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { nodes: page.map(toNode), pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(cursorOf(last)) : null } };
}
