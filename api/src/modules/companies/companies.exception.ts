import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';

export enum CompaniesExceptionCode {
  SIREN_MALFORMED = 'SIREN_MALFORMED',
  SIREN_CHECKSUM_INVALID = 'SIREN_CHECKSUM_INVALID',
  SEARCH_QUERY_INVALID = 'SEARCH_QUERY_INVALID',
  SIRENE_FILE_INVALID = 'SIRENE_FILE_INVALID',
}

function toPublicCode(code: CompaniesExceptionCode): PublicErrorCode {
  switch (code) {
    case CompaniesExceptionCode.SIREN_MALFORMED:
    case CompaniesExceptionCode.SIREN_CHECKSUM_INVALID:
    case CompaniesExceptionCode.SEARCH_QUERY_INVALID:
    case CompaniesExceptionCode.SIRENE_FILE_INVALID:
      return 'BAD_USER_INPUT';
    default:
      return assertUnreachable(code);
  }
}

export class CompaniesException extends DomainException {
  constructor(
    readonly code: CompaniesExceptionCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(toPublicCode(code), code, message, details);
  }
}
