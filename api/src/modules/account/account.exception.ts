import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';

export enum AccountExceptionCode {
  WRONG_PASSWORD = 'WRONG_PASSWORD',
}

function toPublicCode(code: AccountExceptionCode): PublicErrorCode {
  switch (code) {
    case AccountExceptionCode.WRONG_PASSWORD:
      return 'FORBIDDEN';
    default:
      return assertUnreachable(code);
  }
}

export class AccountException extends DomainException {
  constructor(code: AccountExceptionCode, message: string) {
    super(toPublicCode(code), code, message);
  }
}
