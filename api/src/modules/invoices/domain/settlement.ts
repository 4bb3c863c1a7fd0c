import { InvoiceFieldError, InvoicesExceptionCode } from '../invoices.exception.js';
import { CalendarDate, daysBetween, parseIsoDate } from './calendar-date.js';
import { InvoiceStatus } from './invoice-status.js';

/** The facts of an invoice the settlement rules read. */
export interface SettleableInvoice {
  status: InvoiceStatus;
  issueDate: CalendarDate;
}

/**
 * Checks a payment record: only an OPEN or DISPUTED invoice is paid; the payment date may be
 * retroactive but never after today (Paris) nor before the issue date. Returns the date or the failure.
 */
export function checkPayment(
  invoice: SettleableInvoice,
  rawPaidAt: string,
  today: CalendarDate,
): { ok: true; paidAt: CalendarDate } | { ok: false; error: InvoiceFieldError } {
  if (invoice.status === InvoiceStatus.PAID) {
    return { ok: false, error: { field: null, code: InvoicesExceptionCode.INVOICE_ALREADY_PAID, message: 'Cette facture est déjà marquée comme payée.' } };
  }
  if (invoice.status !== InvoiceStatus.OPEN && invoice.status !== InvoiceStatus.DISPUTED) {
    return { ok: false, error: { field: null, code: InvoicesExceptionCode.INVOICE_NOT_PAYABLE, message: 'Une facture annulée ne peut pas être marquée comme payée.' } };
  }
  const paidAt = parseIsoDate(rawPaidAt);
  if (!paidAt) {
    return { ok: false, error: { field: 'paidAt', code: InvoicesExceptionCode.DATE_INVALID, message: `La date de paiement n'est pas une date valide (AAAA-MM-JJ) : « ${rawPaidAt} ».` } };
  }
  if (paidAt > today) {
    return { ok: false, error: { field: 'paidAt', code: InvoicesExceptionCode.PAID_AT_IN_FUTURE, message: 'La date de paiement ne peut pas être dans le futur.' } };
  }
  if (paidAt < invoice.issueDate) {
    return { ok: false, error: { field: 'paidAt', code: InvoicesExceptionCode.PAID_AT_BEFORE_ISSUE_DATE, message: "La date de paiement ne peut pas précéder la date d'émission de la facture." } };
  }
  return { ok: true, paidAt };
}

/** Only an OPEN invoice is cancelled. */
export function checkCancellation(invoice: { status: InvoiceStatus }): InvoiceFieldError | null {
  if (invoice.status === InvoiceStatus.OPEN) return null;
  return { field: null, code: InvoicesExceptionCode.INVOICE_NOT_CANCELLABLE, message: 'Seule une facture ouverte peut être annulée.' };
}

/** Days past the due date for an OPEN invoice, 0 otherwise (and on the due date itself). */
export function daysOverdue(invoice: { status: InvoiceStatus; dueDate: CalendarDate }, today: CalendarDate): number {
  if (invoice.status !== InvoiceStatus.OPEN) return 0;
  return Math.max(0, daysBetween(invoice.dueDate, today));
}

/**
 * A new due date (e.g. agreed with the client): only for an OPEN invoice, a real date, not before the
 * issue date, and different from the current one. Returns the date or the failure.
 */
export function checkDueDateChange(
  invoice: { status: InvoiceStatus; issueDate: CalendarDate; dueDate: CalendarDate },
  rawDueDate: string,
): { ok: true; dueDate: CalendarDate } | { ok: false; error: InvoiceFieldError } {
  if (invoice.status !== InvoiceStatus.OPEN) {
    return { ok: false, error: { field: null, code: InvoicesExceptionCode.INVOICE_NOT_OPEN, message: "Seule une facture ouverte peut changer d'échéance." } };
  }
  const dueDate = parseIsoDate(rawDueDate);
  if (!dueDate) {
    return { ok: false, error: { field: 'dueDate', code: InvoicesExceptionCode.DATE_INVALID, message: `L'échéance n'est pas une date valide (AAAA-MM-JJ) : « ${rawDueDate} ».` } };
  }
  if (dueDate < invoice.issueDate) {
    return { ok: false, error: { field: 'dueDate', code: InvoicesExceptionCode.DUE_DATE_BEFORE_ISSUE_DATE, message: "L'échéance ne peut pas précéder la date d'émission de la facture." } };
  }
  if (dueDate === invoice.dueDate) {
    return { ok: false, error: { field: 'dueDate', code: InvoicesExceptionCode.DUE_DATE_UNCHANGED, message: "C'est déjà l'échéance de cette facture." } };
  }
  return { ok: true, dueDate };
}
