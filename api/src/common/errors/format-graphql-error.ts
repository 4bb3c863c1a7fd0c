import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainException } from './domain.exception.js';

const logger = new Logger('GraphQL');

/** Apollo's own codes for requests it refuses before they reach a resolver. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The reason of errors meaning "PostgreSQL cannot be reached": such responses go out as HTTP 503. */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** Errors from pg or the pool meaning "the database is not reachable right now". */
function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === '57P01' || // admin_shutdown
    code === '57P03' || // cannot_connect_now
    /Connection terminated|timeout exceeded when trying to connect/i.test(error.message)
  );
}

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22…): a value it cannot store or read as asked —
 * a NUL character in a text (22021), a number or date out of range (22003, 22008), text that is
 * not a valid uuid or number (22P02). Features validate their inputs; this is the safety net for
 * what slips through: the caller sent it, so it is their error, not a crash.
 */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

/**
 * Maps every error leaving GraphQL to a stable `extensions.code` and a human message.
 * Unexpected errors are logged and hidden behind a generic message: no stack reaches a client.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Duck-typed rather than `instanceof GraphQLError`: graphql may be loaded twice (ESM and CJS).
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;

  if (original instanceof DomainException) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.publicCode, reason: original.reason, ...(original.details ?? {}) },
    };
  }

  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && APOLLO_CLIENT_CODES.has(apolloCode)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: apolloCode,
        ...(typeof formatted.extensions?.reason === 'string' ? { reason: formatted.extensions.reason } : {}),
      },
    };
  }

  if (isDatabaseUnavailable(original)) {
    return {
      message: 'Le service est momentanément indisponible, réessayez dans un instant.',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: DATABASE_UNAVAILABLE },
    };
  }

  if (isDataException(original)) {
    logger.warn(`Input refused by PostgreSQL: ${original instanceof Error ? original.message : String(original)}`);
    return {
      message: "Une des valeurs envoyées n'est pas acceptée (caractère interdit, nombre ou date hors limites).",
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' },
    };
  }

  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Une erreur inattendue est survenue. Elle a été enregistrée.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
