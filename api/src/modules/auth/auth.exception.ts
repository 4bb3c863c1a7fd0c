import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';

export enum AuthExceptionCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_EMAIL = 'INVALID_EMAIL',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_NAME = 'INVALID_NAME',
  COMPANY_ALREADY_HAS_OWNER = 'COMPANY_ALREADY_HAS_OWNER',
  INVALID_INVITATION = 'INVALID_INVITATION',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  NO_ACTIVE_COMPANY = 'NO_ACTIVE_COMPANY',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  PLATFORM_ROLE_REQUIRED = 'PLATFORM_ROLE_REQUIRED',
  CREDITOR_SUSPENDED = 'CREDITOR_SUSPENDED',
}

function toPublicCode(code: AuthExceptionCode): PublicErrorCode {
  switch (code) {
    case AuthExceptionCode.INVALID_CREDENTIALS:
      return 'UNAUTHENTICATED';
    case AuthExceptionCode.EMAIL_TAKEN:
    case AuthExceptionCode.COMPANY_ALREADY_HAS_OWNER:
      return 'CONFLICT';
    case AuthExceptionCode.INVALID_EMAIL:
    case AuthExceptionCode.WEAK_PASSWORD:
    case AuthExceptionCode.INVALID_NAME:
    case AuthExceptionCode.INVALID_INVITATION:
      return 'BAD_USER_INPUT';
    case AuthExceptionCode.TOO_MANY_ATTEMPTS:
      return 'RATE_LIMITED';
    case AuthExceptionCode.NOT_A_MEMBER:
    case AuthExceptionCode.NO_ACTIVE_COMPANY:
    case AuthExceptionCode.ROLE_NOT_ALLOWED:
    case AuthExceptionCode.PLATFORM_ROLE_REQUIRED:
    case AuthExceptionCode.CREDITOR_SUSPENDED:
      return 'FORBIDDEN';
    default:
      return assertUnreachable(code);
  }
}

export class AuthException extends DomainException {
  constructor(code: AuthExceptionCode, message: string, details?: Record<string, unknown>) {
    super(toPublicCode(code), code, message, details);
  }
}
