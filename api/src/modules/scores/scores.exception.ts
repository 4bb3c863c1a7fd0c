import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';

export enum ScoresExceptionCode {
  SIREN_INVALID = 'SIREN_INVALID',
  HISTORY_DAYS_INVALID = 'HISTORY_DAYS_INVALID',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
}

function toPublicCode(code: ScoresExceptionCode): PublicErrorCode {
  switch (code) {
    case ScoresExceptionCode.SIREN_INVALID:
    case ScoresExceptionCode.HISTORY_DAYS_INVALID:
      return 'BAD_USER_INPUT';
    case ScoresExceptionCode.NOT_A_MEMBER:
      return 'FORBIDDEN';
    default:
      return assertUnreachable(code);
  }
}

export class ScoresException extends DomainException {
  constructor(code: ScoresExceptionCode, message: string, details?: Record<string, unknown>) {
    super(toPublicCode(code), code, message, details);
  }
}
