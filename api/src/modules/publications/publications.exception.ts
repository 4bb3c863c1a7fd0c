import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';

export enum PublicationsExceptionCode {
  INVOICE_NOT_FOUND = 'INVOICE_NOT_FOUND',
  PUBLICATION_NOT_FOUND = 'PUBLICATION_NOT_FOUND',
  EVIDENCE_NOT_FOUND = 'EVIDENCE_NOT_FOUND',
  EVIDENCE_MISSING = 'EVIDENCE_MISSING',
  EVIDENCE_EMPTY = 'EVIDENCE_EMPTY',
  EVIDENCE_TOO_LARGE = 'EVIDENCE_TOO_LARGE',
  EVIDENCE_NOT_PDF = 'EVIDENCE_NOT_PDF',
  EVIDENCE_TRUNCATED = 'EVIDENCE_TRUNCATED',
  EVIDENCE_ALREADY_USED = 'EVIDENCE_ALREADY_USED',
  EVIDENCE_LIMIT_REACHED = 'EVIDENCE_LIMIT_REACHED',
  STATEMENT_INVALID = 'STATEMENT_INVALID',
  REASON_REQUIRED = 'REASON_REQUIRED',
  CREDITOR_NOT_VERIFIED = 'CREDITOR_NOT_VERIFIED',
  INVOICE_NOT_OPEN = 'INVOICE_NOT_OPEN',
  INVOICE_DISPUTED = 'INVOICE_DISPUTED',
  INVOICE_NOT_PAST_DUE = 'INVOICE_NOT_PAST_DUE',
  ULTIMATUM_NOT_SENT = 'ULTIMATUM_NOT_SENT',
  ULTIMATUM_WITHOUT_PUBLICATION_NOTICE = 'ULTIMATUM_WITHOUT_PUBLICATION_NOTICE',
  ULTIMATUM_DEADLINE_NOT_PASSED = 'ULTIMATUM_DEADLINE_NOT_PASSED',
  ALREADY_REQUESTED = 'ALREADY_REQUESTED',
  NOT_PENDING = 'NOT_PENDING',
  NOT_ACTIVE = 'NOT_ACTIVE',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  DISPUTE_OPEN = 'DISPUTE_OPEN',
  ANSWER_PERIOD_OPEN = 'ANSWER_PERIOD_OPEN',
  SECOND_MODERATOR_REQUIRED = 'SECOND_MODERATOR_REQUIRED',
  REPLY_EMPTY = 'REPLY_EMPTY',
  REPLY_TOO_LONG = 'REPLY_TOO_LONG',
  REPLY_PERSONAL_DATA = 'REPLY_PERSONAL_DATA',
  REPLY_INSULTING = 'REPLY_INSULTING',
  REPLY_CLOSED = 'REPLY_CLOSED',
  REPLY_NOT_FOUND = 'REPLY_NOT_FOUND',
}

function toPublicCode(code: PublicationsExceptionCode): PublicErrorCode {
  switch (code) {
    case PublicationsExceptionCode.INVOICE_NOT_FOUND:
    case PublicationsExceptionCode.PUBLICATION_NOT_FOUND:
    case PublicationsExceptionCode.EVIDENCE_NOT_FOUND:
    case PublicationsExceptionCode.REPLY_NOT_FOUND:
      return 'NOT_FOUND';
    case PublicationsExceptionCode.EVIDENCE_MISSING:
    case PublicationsExceptionCode.EVIDENCE_EMPTY:
    case PublicationsExceptionCode.EVIDENCE_TOO_LARGE:
    case PublicationsExceptionCode.EVIDENCE_NOT_PDF:
    case PublicationsExceptionCode.EVIDENCE_TRUNCATED:
    case PublicationsExceptionCode.STATEMENT_INVALID:
    case PublicationsExceptionCode.REASON_REQUIRED:
    case PublicationsExceptionCode.REPLY_EMPTY:
    case PublicationsExceptionCode.REPLY_TOO_LONG:
    case PublicationsExceptionCode.REPLY_PERSONAL_DATA:
    case PublicationsExceptionCode.REPLY_INSULTING:
      return 'BAD_USER_INPUT';
    case PublicationsExceptionCode.CREDITOR_NOT_VERIFIED:
    case PublicationsExceptionCode.CONFLICT_OF_INTEREST:
      return 'FORBIDDEN';
    case PublicationsExceptionCode.EVIDENCE_ALREADY_USED:
    case PublicationsExceptionCode.EVIDENCE_LIMIT_REACHED:
    case PublicationsExceptionCode.INVOICE_NOT_OPEN:
    case PublicationsExceptionCode.INVOICE_DISPUTED:
    case PublicationsExceptionCode.INVOICE_NOT_PAST_DUE:
    case PublicationsExceptionCode.ULTIMATUM_NOT_SENT:
    case PublicationsExceptionCode.ULTIMATUM_WITHOUT_PUBLICATION_NOTICE:
    case PublicationsExceptionCode.ULTIMATUM_DEADLINE_NOT_PASSED:
    case PublicationsExceptionCode.ALREADY_REQUESTED:
    case PublicationsExceptionCode.NOT_PENDING:
    case PublicationsExceptionCode.NOT_ACTIVE:
    case PublicationsExceptionCode.DISPUTE_OPEN:
    case PublicationsExceptionCode.ANSWER_PERIOD_OPEN:
    case PublicationsExceptionCode.SECOND_MODERATOR_REQUIRED:
    case PublicationsExceptionCode.REPLY_CLOSED:
      return 'CONFLICT';
    default:
      return assertUnreachable(code);
  }
}

export class PublicationsException extends DomainException {
  constructor(code: PublicationsExceptionCode, message: string, details?: Record<string, unknown>) {
    super(toPublicCode(code), code, message, details);
  }

  static notFound(): PublicationsException {
    return new PublicationsException(PublicationsExceptionCode.PUBLICATION_NOT_FOUND, 'Publication introuvable.');
  }
}

/** French messages of the refusal reasons, shared by the request and the decision. */
export const REFUSAL_MESSAGES: Partial<Record<PublicationsExceptionCode, string>> = {
  CREDITOR_NOT_VERIFIED: "Votre entreprise doit d'abord être vérifiée (claimCompany) : une publication est faite en son nom.",
  INVOICE_NOT_OPEN: "Seule une facture ouverte (ni payée ni annulée) peut être publiée.",
  INVOICE_DISPUTED: "Cette facture est contestée par le débiteur : elle ne peut pas être publiée tant que la modération n'a pas tranché.",
  INVOICE_NOT_PAST_DUE: "Cette facture n'est pas encore échue.",
  ULTIMATUM_NOT_SENT: "Aucune mise en demeure n'a été envoyée pour cette facture (programmée ne suffit pas) : appliquez un scénario avec une étape ULTIMATUM.",
  ULTIMATUM_WITHOUT_PUBLICATION_NOTICE: "La mise en demeure envoyée n'avertissait pas que la facture pourrait être publiée : le débiteur doit l'avoir été. Utilisez une mise en demeure qui le mentionne (comme celles des scénarios Bonpayeur).",
  ULTIMATUM_DEADLINE_NOT_PASSED: "Le délai laissé par la mise en demeure n'est pas encore écoulé.",
  ALREADY_REQUESTED: 'Une demande de publication existe déjà pour cette facture.',
  NOT_PENDING: "Cette demande n'attend plus de décision.",
  CONFLICT_OF_INTEREST: "Vous êtes membre de l'une des entreprises concernées : un autre modérateur doit décider.",
  DISPUTE_OPEN: 'Une contestation est en cours : la demande est gelée jusqu’à la décision sur la contestation.',
  ANSWER_PERIOD_OPEN: 'Le débiteur a encore le temps de répondre : la demande ne peut pas être approuvée avant la fin de ce délai.',
  SECOND_MODERATOR_REQUIRED: 'Ce créancier dépasse le seuil de fiabilité : un second modérateur, différent du premier, doit approuver.',
  REPLY_EMPTY: 'La réponse est vide.',
  REPLY_TOO_LONG: 'La réponse est limitée à 2 000 caractères.',
  REPLY_PERSONAL_DATA: 'La réponse est publique : elle ne doit contenir ni adresse e-mail, ni numéro de téléphone, ni coordonnées bancaires.',
  REPLY_INSULTING: 'La réponse est publique : reformulez-la sans termes injurieux.',
};

export function refusal(code: PublicationsExceptionCode, details?: Record<string, unknown>): PublicationsException {
  return new PublicationsException(code, REFUSAL_MESSAGES[code] ?? 'Action impossible.', details);
}
