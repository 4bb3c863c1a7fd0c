import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';
import { DISPUTE_REASON_MAX, DISPUTE_REASON_MIN, DisputeRefusal } from './domain/dispute-rules.js';

export enum DisputesExceptionCode {
  INVOICE_NOT_FOUND = 'INVOICE_NOT_FOUND',
  DISPUTE_NOT_FOUND = 'DISPUTE_NOT_FOUND',
  NOT_DEBTOR_REPRESENTATIVE = 'NOT_DEBTOR_REPRESENTATIVE',
  DISPUTE_REASON_INVALID = 'DISPUTE_REASON_INVALID',
  RULING_REASON_INVALID = 'RULING_REASON_INVALID',
  INVOICE_NOT_DISPUTABLE = 'INVOICE_NOT_DISPUTABLE',
  DISPUTE_ALREADY_OPEN = 'DISPUTE_ALREADY_OPEN',
  DISPUTE_NOT_OPEN = 'DISPUTE_NOT_OPEN',
}

function toPublicCode(code: DisputesExceptionCode): PublicErrorCode {
  switch (code) {
    case DisputesExceptionCode.INVOICE_NOT_FOUND:
    case DisputesExceptionCode.DISPUTE_NOT_FOUND:
      return 'NOT_FOUND';
    case DisputesExceptionCode.NOT_DEBTOR_REPRESENTATIVE:
      return 'FORBIDDEN';
    case DisputesExceptionCode.DISPUTE_REASON_INVALID:
    case DisputesExceptionCode.RULING_REASON_INVALID:
      return 'BAD_USER_INPUT';
    case DisputesExceptionCode.INVOICE_NOT_DISPUTABLE:
    case DisputesExceptionCode.DISPUTE_ALREADY_OPEN:
    case DisputesExceptionCode.DISPUTE_NOT_OPEN:
      return 'CONFLICT';
    default:
      return assertUnreachable(code);
  }
}

const MESSAGES: Record<DisputeRefusal, string> = {
  DISPUTE_REASON_INVALID: `Expliquez la contestation en ${DISPUTE_REASON_MIN} à ${DISPUTE_REASON_MAX} caractères.`,
  RULING_REASON_INVALID: 'La décision doit être motivée (4 000 caractères au plus).',
  INVOICE_NOT_DISPUTABLE: 'Seule une facture ouverte (ni payée, ni annulée, ni déjà contestée) peut être contestée.',
  DISPUTE_ALREADY_OPEN: 'Cette facture fait déjà l’objet d’une contestation en cours.',
  DISPUTE_NOT_OPEN: 'Cette contestation est déjà close.',
};

export class DisputesException extends DomainException {
  constructor(
    readonly code: DisputesExceptionCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(toPublicCode(code), code, message, details);
  }

  static refused(refusal: DisputeRefusal): DisputesException {
    return new DisputesException(DisputesExceptionCode[refusal], MESSAGES[refusal]);
  }

  static invoiceNotFound(): DisputesException {
    return new DisputesException(DisputesExceptionCode.INVOICE_NOT_FOUND, 'Facture introuvable.');
  }

  static disputeNotFound(): DisputesException {
    return new DisputesException(DisputesExceptionCode.DISPUTE_NOT_FOUND, 'Contestation introuvable.');
  }
}
