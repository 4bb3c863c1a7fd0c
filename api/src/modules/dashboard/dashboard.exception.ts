import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';
import { PeriodError } from './domain/dashboard-period.js';
import { MAX_PERIOD_DAYS } from './domain/metrics.js';

export enum DashboardExceptionCode {
  PERIOD_DATE_INVALID = 'PERIOD_DATE_INVALID',
  PERIOD_REVERSED = 'PERIOD_REVERSED',
  PERIOD_TOO_LONG = 'PERIOD_TOO_LONG',
  PERIOD_IN_FUTURE = 'PERIOD_IN_FUTURE',
}

function toPublicCode(code: DashboardExceptionCode): PublicErrorCode {
  switch (code) {
    case DashboardExceptionCode.PERIOD_DATE_INVALID:
    case DashboardExceptionCode.PERIOD_REVERSED:
    case DashboardExceptionCode.PERIOD_TOO_LONG:
    case DashboardExceptionCode.PERIOD_IN_FUTURE:
      return 'BAD_USER_INPUT';
    default:
      return assertUnreachable(code);
  }
}

export class DashboardException extends DomainException {
  constructor(
    readonly code: DashboardExceptionCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(toPublicCode(code), code, message, details);
  }

  static fromPeriodError(error: PeriodError): DashboardException {
    switch (error.code) {
      case 'PERIOD_DATE_INVALID':
        return new DashboardException(DashboardExceptionCode.PERIOD_DATE_INVALID, 'Date de période invalide : attendu AAAA-MM-JJ, une date qui existe.', {
          field: error.field,
        });
      case 'PERIOD_REVERSED':
        return new DashboardException(DashboardExceptionCode.PERIOD_REVERSED, 'La date de début de la période doit précéder sa date de fin.');
      case 'PERIOD_TOO_LONG':
        return new DashboardException(DashboardExceptionCode.PERIOD_TOO_LONG, `Choisissez une période de ${MAX_PERIOD_DAYS} jours au plus.`);
      case 'PERIOD_IN_FUTURE':
        return new DashboardException(DashboardExceptionCode.PERIOD_IN_FUTURE, "La période commence après aujourd'hui : il n'y a encore rien à mesurer.");
      default:
        return assertUnreachable(error);
    }
  }
}
