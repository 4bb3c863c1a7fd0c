import { fr } from '../i18n/fr';

/**
 * A GraphQL document as a plain string that also carries its result and variables types, so a
 * call site cannot pass the wrong variables nor misread the result.
 */
export type TypedDocument<TData, TVariables> = string & {
  readonly __result?: TData;
  readonly __variables?: TVariables;
};

export function gql<TData, TVariables = Record<string, never>>(source: string): TypedDocument<TData, TVariables> {
  return source as TypedDocument<TData, TVariables>;
}

/** Codes the API puts in `errors[].extensions.code`, plus the two the client itself raises. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INSUFFICIENT_TOKENS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INSUFFICIENT_TOKENS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK_ERROR',
]);

/** Codes whose server message is written for the user (French, human); the others are not. */
const USER_FACING_CODES: ReadonlySet<ApiErrorCode> = new Set<ApiErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INSUFFICIENT_TOKENS',
]);

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly path?: readonly (string | number)[],
  ) {
    super(message);
  }

  /** A message fit to show: the API's own French text for expected outcomes, ours otherwise. */
  get userMessage(): string {
    if (USER_FACING_CODES.has(this.code) && this.message) return this.message;
    switch (this.code) {
      case 'NETWORK_ERROR':
        return fr.errors.network;
      case 'SERVICE_UNAVAILABLE':
        return fr.errors.unavailable;
      case 'RATE_LIMITED':
        return fr.errors.rateLimited;
      case 'UNAUTHENTICATED':
        return fr.errors.unauthenticated;
      case 'FORBIDDEN':
        return fr.errors.forbidden;
      default:
        return fr.errors.internal;
    }
  }
}

/** Any thrown value as a message a user can read. */
export function toUserMessage(error: unknown): string {
  return error instanceof ApiError ? error.userMessage : fr.errors.internal;
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message?: string; path?: (string | number)[]; extensions?: { code?: unknown } }[];
}

export interface RequestOptions {
  signal?: AbortSignal;
  endpoint?: string;
}

/** The operation name, sent alongside the document so server logs and stubs can tell calls apart. */
function operationNameOf(document: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document)?.[1];
}

/**
 * POSTs one operation to /graphql with the session cookie. Resolves with `data`, or throws an
 * `ApiError` (aborts are re-thrown untouched so callers can ignore them).
 */
export async function graphqlRequest<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(options.endpoint ?? '/graphql', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document, variables, operationName: operationNameOf(document) }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('NETWORK_ERROR', fr.errors.network);
  }

  let body: GraphQLResponse<TData> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch (error) {
    if (isAbort(error)) throw error;
    body = undefined;
  }

  const first = body?.errors?.[0];
  if (first) {
    const raw = typeof first.extensions?.code === 'string' ? first.extensions.code : '';
    const code: ApiErrorCode = KNOWN_CODES.has(raw) ? (raw as ApiErrorCode) : 'INTERNAL_SERVER_ERROR';
    throw new ApiError(code, first.message ?? '', first.path);
  }
  if (!response.ok || body?.data == null) {
    const code: ApiErrorCode =
      response.status === 429
        ? 'RATE_LIMITED'
        : response.status === 502 || response.status === 503 || response.status === 504
          ? 'SERVICE_UNAVAILABLE'
          : 'INTERNAL_SERVER_ERROR';
    throw new ApiError(code, '');
  }
  return body.data;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
