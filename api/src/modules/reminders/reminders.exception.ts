import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';
import { ScenarioError } from './domain/validate-scenario.js';

export enum RemindersExceptionCode {
  SCENARIO_NOT_FOUND = 'SCENARIO_NOT_FOUND',
  SCENARIO_INVALID = 'SCENARIO_INVALID',
  BUILT_IN_SCENARIO_READ_ONLY = 'BUILT_IN_SCENARIO_READ_ONLY',
  INVOICE_NOT_FOUND = 'INVOICE_NOT_FOUND',
  INVOICE_NOT_OPEN = 'INVOICE_NOT_OPEN',
  CONTACT_EMAIL_MISSING = 'CONTACT_EMAIL_MISSING',
  CONTACT_PHONE_MISSING = 'CONTACT_PHONE_MISSING',
  RUN_ALREADY_ACTIVE = 'RUN_ALREADY_ACTIVE',
  RUN_NOT_FOUND = 'RUN_NOT_FOUND',
  RUN_NOT_ACTIVE = 'RUN_NOT_ACTIVE',
  SIREN_INVALID = 'SIREN_INVALID',
  COMPANY_NOT_FOUND = 'COMPANY_NOT_FOUND',
  MESSAGE_NOT_FOUND = 'MESSAGE_NOT_FOUND',
  MESSAGE_NOT_AWAITING_APPROVAL = 'MESSAGE_NOT_AWAITING_APPROVAL',
  TASK_NOT_FOUND = 'TASK_NOT_FOUND',
  TASK_NOT_OPEN = 'TASK_NOT_OPEN',
  TASK_NOTE_TOO_LONG = 'TASK_NOTE_TOO_LONG',
  SETTINGS_INVALID = 'SETTINGS_INVALID',
  RUN_NOT_PAUSED = 'RUN_NOT_PAUSED',
  RUN_STILL_HELD = 'RUN_STILL_HELD',
}

function toPublicCode(code: RemindersExceptionCode): PublicErrorCode {
  switch (code) {
    case RemindersExceptionCode.SCENARIO_NOT_FOUND:
    case RemindersExceptionCode.INVOICE_NOT_FOUND:
    case RemindersExceptionCode.RUN_NOT_FOUND:
    case RemindersExceptionCode.COMPANY_NOT_FOUND:
    case RemindersExceptionCode.MESSAGE_NOT_FOUND:
    case RemindersExceptionCode.TASK_NOT_FOUND:
      return 'NOT_FOUND';
    case RemindersExceptionCode.SCENARIO_INVALID:
    case RemindersExceptionCode.CONTACT_EMAIL_MISSING:
    case RemindersExceptionCode.CONTACT_PHONE_MISSING:
    case RemindersExceptionCode.SIREN_INVALID:
    case RemindersExceptionCode.TASK_NOTE_TOO_LONG:
    case RemindersExceptionCode.SETTINGS_INVALID:
      return 'BAD_USER_INPUT';
    case RemindersExceptionCode.BUILT_IN_SCENARIO_READ_ONLY:
      return 'FORBIDDEN';
    case RemindersExceptionCode.INVOICE_NOT_OPEN:
    case RemindersExceptionCode.RUN_ALREADY_ACTIVE:
    case RemindersExceptionCode.RUN_NOT_ACTIVE:
    case RemindersExceptionCode.MESSAGE_NOT_AWAITING_APPROVAL:
    case RemindersExceptionCode.TASK_NOT_OPEN:
    case RemindersExceptionCode.RUN_NOT_PAUSED:
    case RemindersExceptionCode.RUN_STILL_HELD:
      return 'CONFLICT';
    default:
      return assertUnreachable(code);
  }
}

export class RemindersException extends DomainException {
  constructor(
    readonly code: RemindersExceptionCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(toPublicCode(code), code, message, details);
  }

  /** The first problem as the message, every problem in `extensions.errors`. */
  static invalidScenario(errors: readonly ScenarioError[]): RemindersException {
    return new RemindersException(RemindersExceptionCode.SCENARIO_INVALID, errors[0]!.message, {
      field: errors[0]!.field,
      errors: errors.map(({ field, code, message }) => ({ field, code, message })),
    });
  }

  static scenarioNotFound(): RemindersException {
    return new RemindersException(RemindersExceptionCode.SCENARIO_NOT_FOUND, 'Scénario introuvable.');
  }

  static invoiceNotFound(): RemindersException {
    return new RemindersException(RemindersExceptionCode.INVOICE_NOT_FOUND, 'Facture introuvable.');
  }

  static runNotFound(): RemindersException {
    return new RemindersException(RemindersExceptionCode.RUN_NOT_FOUND, 'Relance introuvable.');
  }
}
