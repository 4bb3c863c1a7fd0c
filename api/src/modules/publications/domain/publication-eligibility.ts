import { addDays, CalendarDate } from '../../invoices/domain/calendar-date.js';

/** Default delay of an ultimatum when its step says none (issue 6: 8 days). */
export const DEFAULT_ULTIMATUM_DEADLINE_DAYS = 8;

export type InvoiceState = 'OPEN' | 'PAID' | 'DISPUTED' | 'CANCELLED';

/** An ULTIMATUM message of the invoice's reminder runs. */
export interface UltimatumFact {
  /** The outbox status: only SENT and DELIVERED prove it left. */
  status: string;
  /** Paris day it was sent (null when it never left). */
  sentOn: CalendarDate | null;
  deadlineDays: number | null;
  /** The text as sent told the debtor the invoice may be published (the built-in ultimatums do). */
  warnedOfPublication: boolean;
}

export interface PublicationRequestFacts {
  creditorVerified: boolean;
  invoiceStatus: InvoiceState;
  dueDate: CalendarDate;
  today: CalendarDate;
  /** A dispute of the invoice is open (or was upheld). */
  disputed: boolean;
  ultimatums: readonly UltimatumFact[];
  /** A REQUESTED or APPROVED publication of the invoice exists. */
  alreadyPublishedOrRequested: boolean;
}

export type PublicationRefusal =
  | 'CREDITOR_NOT_VERIFIED'
  | 'INVOICE_NOT_OPEN'
  | 'INVOICE_DISPUTED'
  | 'INVOICE_NOT_PAST_DUE'
  | 'ULTIMATUM_NOT_SENT'
  | 'ULTIMATUM_WITHOUT_PUBLICATION_NOTICE'
  | 'ULTIMATUM_DEADLINE_NOT_PASSED'
  | 'ALREADY_REQUESTED';

const SENT = new Set(['SENT', 'DELIVERED']);

/** Does a text as sent warn of publication? (Built-in ultimatums: « pourra être publiée … après examen ».) */
export function warnsOfPublication(text: string | null): boolean {
  return text !== null && /publi(é|e|ca)/i.test(text);
}

/**
 * The day after which the creditor may ask for publication: the deadline of an ultimatum that
 * left and warned of publication (a debtor is never published without having been told it could be).
 */
export function ultimatumDeadline(ultimatum: UltimatumFact): CalendarDate | null {
  if (!SENT.has(ultimatum.status) || ultimatum.sentOn === null || !ultimatum.warnedOfPublication) return null;
  return addDays(ultimatum.sentOn, ultimatum.deadlineDays ?? DEFAULT_ULTIMATUM_DEADLINE_DAYS);
}

/**
 * Only a debt that is certain (an open invoice past due), undisputed and of a known amount, after
 * a formal notice that actually left and whose deadline passed, may be proposed for publication
 * (the CNIL's doctrine for bad-payer files). Returns the first reason to refuse, or null.
 */
export function publicationRefusal(facts: PublicationRequestFacts): PublicationRefusal | null {
  if (!facts.creditorVerified) return 'CREDITOR_NOT_VERIFIED';
  if (facts.invoiceStatus === 'DISPUTED' || facts.disputed) return 'INVOICE_DISPUTED';
  if (facts.invoiceStatus !== 'OPEN') return 'INVOICE_NOT_OPEN';
  if (facts.today <= facts.dueDate) return 'INVOICE_NOT_PAST_DUE';
  const sent = facts.ultimatums.filter((u) => SENT.has(u.status) && u.sentOn !== null);
  if (sent.length === 0) return 'ULTIMATUM_NOT_SENT';
  const deadlines = sent.map(ultimatumDeadline).filter((day): day is CalendarDate => day !== null);
  if (deadlines.length === 0) return 'ULTIMATUM_WITHOUT_PUBLICATION_NOTICE';
  // The earliest sent notice counts: a later one does not postpone a deadline already given.
  const earliest = deadlines.reduce((a, b) => (a < b ? a : b));
  if (facts.today <= earliest) return 'ULTIMATUM_DEADLINE_NOT_PASSED';
  if (facts.alreadyPublishedOrRequested) return 'ALREADY_REQUESTED';
  return null;
}
