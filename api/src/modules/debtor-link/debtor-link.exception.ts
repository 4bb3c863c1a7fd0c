import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';

export enum DebtorLinkExceptionCode {
  LINK_INVALID = 'LINK_INVALID',
  LINK_EXPIRED = 'LINK_EXPIRED',
  INVOICE_NOT_OPEN = 'INVOICE_NOT_OPEN',
  REQUEST_PENDING = 'REQUEST_PENDING',
  PAYMENT_DATE_INVALID = 'PAYMENT_DATE_INVALID',
  NOTE_TOO_LONG = 'NOTE_TOO_LONG',
  PAYMENT_PLAN_INVALID = 'PAYMENT_PLAN_INVALID',
  DECLARATION_NOT_FOUND = 'DECLARATION_NOT_FOUND',
  DECLARATION_NOT_PENDING = 'DECLARATION_NOT_PENDING',
  PAYMENT_PLAN_NOT_FOUND = 'PAYMENT_PLAN_NOT_FOUND',
  PAYMENT_PLAN_NOT_PROPOSED = 'PAYMENT_PLAN_NOT_PROPOSED',
  PAYMENT_SETTINGS_INVALID = 'PAYMENT_SETTINGS_INVALID',
  PAYMENT_PLAN_NOT_ACCEPTED = 'PAYMENT_PLAN_NOT_ACCEPTED',
  INSTALMENT_NOT_FOUND = 'INSTALMENT_NOT_FOUND',
  INSTALMENT_ALREADY_PAID = 'INSTALMENT_ALREADY_PAID',
}

function toPublicCode(code: DebtorLinkExceptionCode): PublicErrorCode {
  switch (code) {
    case DebtorLinkExceptionCode.LINK_INVALID:
    case DebtorLinkExceptionCode.LINK_EXPIRED:
      return 'FORBIDDEN';
    case DebtorLinkExceptionCode.INVOICE_NOT_OPEN:
    case DebtorLinkExceptionCode.REQUEST_PENDING:
    case DebtorLinkExceptionCode.DECLARATION_NOT_PENDING:
    case DebtorLinkExceptionCode.PAYMENT_PLAN_NOT_PROPOSED:
    case DebtorLinkExceptionCode.PAYMENT_PLAN_NOT_ACCEPTED:
    case DebtorLinkExceptionCode.INSTALMENT_ALREADY_PAID:
      return 'CONFLICT';
    case DebtorLinkExceptionCode.PAYMENT_DATE_INVALID:
    case DebtorLinkExceptionCode.NOTE_TOO_LONG:
    case DebtorLinkExceptionCode.PAYMENT_PLAN_INVALID:
    case DebtorLinkExceptionCode.PAYMENT_SETTINGS_INVALID:
      return 'BAD_USER_INPUT';
    case DebtorLinkExceptionCode.DECLARATION_NOT_FOUND:
    case DebtorLinkExceptionCode.PAYMENT_PLAN_NOT_FOUND:
    case DebtorLinkExceptionCode.INSTALMENT_NOT_FOUND:
      return 'NOT_FOUND';
    default:
      return assertUnreachable(code);
  }
}

export class DebtorLinkException extends DomainException {
  constructor(
    readonly code: DebtorLinkExceptionCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(toPublicCode(code), code, message, details);
  }

  static invalidLink(): DebtorLinkException {
    return new DebtorLinkException(DebtorLinkExceptionCode.LINK_INVALID, 'Ce lien n’est pas valide : utilisez le lien complet reçu dans le message de relance.');
  }

  static expiredLink(): DebtorLinkException {
    return new DebtorLinkException(DebtorLinkExceptionCode.LINK_EXPIRED, 'Ce lien a expiré : utilisez celui du dernier message reçu, ou contactez votre fournisseur.');
  }

  static notOpen(): DebtorLinkException {
    return new DebtorLinkException(DebtorLinkExceptionCode.INVOICE_NOT_OPEN, 'Cette facture n’est plus ouverte (payée, contestée ou annulée) : rien à faire ici.');
  }

  static planNotFound(): DebtorLinkException {
    return new DebtorLinkException(DebtorLinkExceptionCode.PAYMENT_PLAN_NOT_FOUND, 'Échéancier introuvable.');
  }

  static requestPending(): DebtorLinkException {
    return new DebtorLinkException(DebtorLinkExceptionCode.REQUEST_PENDING, 'Une demande (paiement déclaré ou échéancier) attend déjà la réponse du créancier.');
  }
}
