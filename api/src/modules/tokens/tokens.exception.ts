import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';

export enum TokensExceptionCode {
  INSUFFICIENT_TOKENS = 'INSUFFICIENT_TOKENS',
  PACK_NOT_FOUND = 'PACK_NOT_FOUND',
  INVALID_PACK = 'INVALID_PACK',
  INVALID_ADJUSTMENT = 'INVALID_ADJUSTMENT',
  ADJUSTMENT_BELOW_ZERO = 'ADJUSTMENT_BELOW_ZERO',
  WALLET_NOT_FOUND = 'WALLET_NOT_FOUND',
  REFERENCE_OF_ANOTHER_WALLET = 'REFERENCE_OF_ANOTHER_WALLET',
  INVALID_DATE_RANGE = 'INVALID_DATE_RANGE',
  PAYMENTS_UNAVAILABLE = 'PAYMENTS_UNAVAILABLE',
  PLATFORM_ADMIN_ONLY = 'PLATFORM_ADMIN_ONLY',
}

function toPublicCode(code: TokensExceptionCode): PublicErrorCode {
  switch (code) {
    case TokensExceptionCode.INSUFFICIENT_TOKENS:
      return 'INSUFFICIENT_TOKENS';
    case TokensExceptionCode.PACK_NOT_FOUND:
    case TokensExceptionCode.WALLET_NOT_FOUND:
      return 'NOT_FOUND';
    case TokensExceptionCode.INVALID_PACK:
    case TokensExceptionCode.INVALID_ADJUSTMENT:
    case TokensExceptionCode.ADJUSTMENT_BELOW_ZERO:
    case TokensExceptionCode.INVALID_DATE_RANGE:
      return 'BAD_USER_INPUT';
    case TokensExceptionCode.REFERENCE_OF_ANOTHER_WALLET:
      return 'CONFLICT';
    case TokensExceptionCode.PAYMENTS_UNAVAILABLE:
      return 'SERVICE_UNAVAILABLE';
    case TokensExceptionCode.PLATFORM_ADMIN_ONLY:
      return 'FORBIDDEN';
    default:
      return assertUnreachable(code);
  }
}

/** Every expected failure of the tokens feature; messages are French and meant for people. */
export class TokensException extends DomainException {
  constructor(code: TokensExceptionCode, message: string, details?: Record<string, unknown>) {
    super(toPublicCode(code), code, message, details);
  }
}
