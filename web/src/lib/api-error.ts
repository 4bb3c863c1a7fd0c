import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { fr } from '../i18n/fr';

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
  'SERVICE_UNAVAILABLE',
]);

/** One failed API call, reduced to what a page needs: a stable code and a message fit to show. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** The feature's own reason (`extensions.reason`, e.g. ALREADY_CLAIMED), when the API gives one. */
    readonly reason?: string,
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
      case 'NOT_FOUND':
        return fr.errors.notFound;
      case 'INSUFFICIENT_TOKENS':
        return fr.errors.insufficientTokens;
      case 'BAD_USER_INPUT':
        return fr.errors.badInput;
      case 'CONFLICT':
        return fr.errors.conflict;
      default:
        return fr.errors.internal;
    }
  }
}

interface FormattedError {
  message?: string;
  extensions?: Record<string, unknown> | undefined;
}

function fromGraphQLError(first: FormattedError | undefined): ApiError {
  const raw = typeof first?.extensions?.code === 'string' ? first.extensions.code : '';
  const reason = typeof first?.extensions?.reason === 'string' ? first.extensions.reason : undefined;
  if (!KNOWN_CODES.has(raw)) return new ApiError('INTERNAL_SERVER_ERROR', '');
  return new ApiError(raw as ApiErrorCode, first?.message ?? '', reason);
}

/** A non-2xx answer may still carry GraphQL errors (e.g. 429 RATE_LIMITED): prefer their code. */
function fromServerError(error: ServerError): ApiError {
  try {
    const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
    if (body.errors?.[0]) return fromGraphQLError(body.errors[0]);
  } catch {
    // Not JSON (a proxy's HTML page): fall back on the status code.
  }
  const status = error.statusCode;
  if (status === 429) return new ApiError('RATE_LIMITED', '');
  if (status === 502 || status === 503 || status === 504) return new ApiError('SERVICE_UNAVAILABLE', '');
  return new ApiError('INTERNAL_SERVER_ERROR', '');
}

/**
 * Any error Apollo hands back (GraphQL errors, an HTTP error, a failed fetch) or anything thrown,
 * as an ApiError. The first GraphQL error decides: operations here have one root field.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLError(error.errors[0]);
  if (ServerError.is(error)) return fromServerError(error);
  if (ServerParseError.is(error)) {
    const status = error.statusCode;
    if (status === 502 || status === 503 || status === 504) return new ApiError('SERVICE_UNAVAILABLE', '');
    return new ApiError('INTERNAL_SERVER_ERROR', '');
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return new ApiError('NETWORK_ERROR', '');
  return new ApiError('INTERNAL_SERVER_ERROR', '');
}

/** Any thrown value as a message a user can read. */
export function toUserMessage(error: unknown): string {
  return toApiError(error).userMessage;
}
