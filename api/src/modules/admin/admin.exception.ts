import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';

export enum AdminExceptionCode {
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  COMPANY_NOT_FOUND = 'COMPANY_NOT_FOUND',
  NOT_A_CREDITOR = 'NOT_A_CREDITOR',
  INVALID_REASON = 'INVALID_REASON',
  INVALID_SEARCH = 'INVALID_SEARCH',
  ALREADY_SUSPENDED = 'ALREADY_SUSPENDED',
  NOT_SUSPENDED = 'NOT_SUSPENDED',
}

function toPublicCode(code: AdminExceptionCode): PublicErrorCode {
  switch (code) {
    case AdminExceptionCode.USER_NOT_FOUND:
    case AdminExceptionCode.COMPANY_NOT_FOUND:
      return 'NOT_FOUND';
    case AdminExceptionCode.NOT_A_CREDITOR:
    case AdminExceptionCode.INVALID_REASON:
    case AdminExceptionCode.INVALID_SEARCH:
      return 'BAD_USER_INPUT';
    case AdminExceptionCode.ALREADY_SUSPENDED:
    case AdminExceptionCode.NOT_SUSPENDED:
      return 'CONFLICT';
    default:
      return assertUnreachable(code);
  }
}

export class AdminException extends DomainException {
  constructor(code: AdminExceptionCode, message: string, details?: Record<string, unknown>) {
    super(toPublicCode(code), code, message, details);
  }
}
