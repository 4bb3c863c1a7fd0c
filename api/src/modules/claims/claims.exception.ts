import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';

export enum ClaimsExceptionCode {
  CLAIM_NOT_FOUND = 'CLAIM_NOT_FOUND',
  CLAIM_ALREADY_OPEN = 'CLAIM_ALREADY_OPEN',
  ALREADY_VERIFIED = 'ALREADY_VERIFIED',
  CLAIM_NOT_PENDING = 'CLAIM_NOT_PENDING',
  EMAIL_REQUIRED = 'EMAIL_REQUIRED',
  EMAIL_DOMAIN_UNKNOWN = 'EMAIL_DOMAIN_UNKNOWN',
  EMAIL_NOT_ON_COMPANY_DOMAIN = 'EMAIL_NOT_ON_COMPANY_DOMAIN',
  DOMAIN_INVALID = 'DOMAIN_INVALID',
  CODE_INVALID = 'CODE_INVALID',
  CODE_EXPIRED = 'CODE_EXPIRED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  NOTE_TOO_LONG = 'NOTE_TOO_LONG',
  REASON_REQUIRED = 'REASON_REQUIRED',
  OWN_CLAIM = 'OWN_CLAIM',
  NOT_A_VERIFIED_MEMBER = 'NOT_A_VERIFIED_MEMBER',
}

function toPublicCode(code: ClaimsExceptionCode): PublicErrorCode {
  switch (code) {
    case ClaimsExceptionCode.CLAIM_NOT_FOUND:
      return 'NOT_FOUND';
    case ClaimsExceptionCode.EMAIL_REQUIRED:
    case ClaimsExceptionCode.EMAIL_NOT_ON_COMPANY_DOMAIN:
    case ClaimsExceptionCode.DOMAIN_INVALID:
    case ClaimsExceptionCode.CODE_INVALID:
    case ClaimsExceptionCode.CODE_EXPIRED:
    case ClaimsExceptionCode.NOTE_TOO_LONG:
    case ClaimsExceptionCode.REASON_REQUIRED:
      return 'BAD_USER_INPUT';
    case ClaimsExceptionCode.CLAIM_ALREADY_OPEN:
    case ClaimsExceptionCode.ALREADY_VERIFIED:
    case ClaimsExceptionCode.CLAIM_NOT_PENDING:
    case ClaimsExceptionCode.EMAIL_DOMAIN_UNKNOWN:
      return 'CONFLICT';
    case ClaimsExceptionCode.TOO_MANY_ATTEMPTS:
      return 'RATE_LIMITED';
    case ClaimsExceptionCode.OWN_CLAIM:
    case ClaimsExceptionCode.NOT_A_VERIFIED_MEMBER:
      return 'FORBIDDEN';
    default:
      return assertUnreachable(code);
  }
}

export class ClaimsException extends DomainException {
  constructor(code: ClaimsExceptionCode, message: string, details?: Record<string, unknown>) {
    super(toPublicCode(code), code, message, details);
  }

  static notFound(): ClaimsException {
    return new ClaimsException(ClaimsExceptionCode.CLAIM_NOT_FOUND, 'Demande de rattachement introuvable.');
  }
}
