import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';

export enum RecommendationsExceptionCode {
  SELF_RECOMMENDATION = 'SELF_RECOMMENDATION',
  CREDITOR_NOT_VERIFIED = 'CREDITOR_NOT_VERIFIED',
  NO_INVOICE_WITH_DEBTOR = 'NO_INVOICE_WITH_DEBTOR',
  MESSAGE_INVALID = 'MESSAGE_INVALID',
  RECOMMENDATION_NOT_FOUND = 'RECOMMENDATION_NOT_FOUND',
  COMPANY_NOT_FOUND = 'COMPANY_NOT_FOUND',
}

function toPublicCode(code: RecommendationsExceptionCode): PublicErrorCode {
  switch (code) {
    case RecommendationsExceptionCode.SELF_RECOMMENDATION:
    case RecommendationsExceptionCode.MESSAGE_INVALID:
      return 'BAD_USER_INPUT';
    case RecommendationsExceptionCode.CREDITOR_NOT_VERIFIED:
      return 'FORBIDDEN';
    case RecommendationsExceptionCode.NO_INVOICE_WITH_DEBTOR:
      return 'CONFLICT';
    case RecommendationsExceptionCode.RECOMMENDATION_NOT_FOUND:
    case RecommendationsExceptionCode.COMPANY_NOT_FOUND:
      return 'NOT_FOUND';
    default:
      return assertUnreachable(code);
  }
}

export class RecommendationsException extends DomainException {
  constructor(code: RecommendationsExceptionCode, message: string, details?: Record<string, unknown>) {
    super(toPublicCode(code), code, message, details);
  }
}
