import { DomainException } from './domain.exception.js';
import { assertUnreachable, PublicErrorCode } from './public-error-code.js';

/** Cross-cutting failures that belong to no single feature. */
export enum CommonExceptionCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  INVALID_CURSOR = 'INVALID_CURSOR',
  PAGE_TOO_LARGE = 'PAGE_TOO_LARGE',
  INVALID_INPUT = 'INVALID_INPUT',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

function toPublicCode(code: CommonExceptionCode): PublicErrorCode {
  switch (code) {
    case CommonExceptionCode.UNAUTHENTICATED:
      return 'UNAUTHENTICATED';
    case CommonExceptionCode.FORBIDDEN:
      return 'FORBIDDEN';
    case CommonExceptionCode.RATE_LIMITED:
      return 'RATE_LIMITED';
    case CommonExceptionCode.INVALID_CURSOR:
    case CommonExceptionCode.PAGE_TOO_LARGE:
    case CommonExceptionCode.INVALID_INPUT:
      return 'BAD_USER_INPUT';
    case CommonExceptionCode.SERVICE_UNAVAILABLE:
      return 'SERVICE_UNAVAILABLE';
    default:
      return assertUnreachable(code);
  }
}

export class CommonException extends DomainException {
  constructor(code: CommonExceptionCode, message: string, details?: Record<string, unknown>) {
    super(toPublicCode(code), code, message, details);
  }

  static unauthenticated(): CommonException {
    return new CommonException(CommonExceptionCode.UNAUTHENTICATED, 'Connectez-vous pour continuer.');
  }

  static forbidden(message = "Vous n'avez pas accès à cette ressource."): CommonException {
    return new CommonException(CommonExceptionCode.FORBIDDEN, message);
  }
}
