import { addDays, CalendarDate } from '../../invoices/domain/calendar-date.js';

/**
 * Days after an instalment's due date (Paris) during which an unconfirmed instalment is not yet
 * missed: a transfer made on the day, even before a weekend, has time to arrive and be checked.
 */
export const INSTALMENT_GRACE_DAYS = 3;

/**
 * On `today`, an instalment of an accepted plan is missed when it is not confirmed paid and its due
 * date is on or before the date answered here (due on 31 March → missed from 4 April).
 */
export function missedIfDueOnOrBefore(today: CalendarDate): CalendarDate {
  return addDays(today, -(INSTALMENT_GRACE_DAYS + 1));
}

export interface PlanInstalmentState {
  dueDate: CalendarDate;
  amountCents: number;
  paidOn: CalendarDate | null;
}

export type InstalmentConfirmationRefusal = 'INSTALMENT_NOT_FOUND' | 'INSTALMENT_ALREADY_PAID';

/** Which instalment a creditor confirms (1-based, as every page and e-mail numbers them), or why it cannot. */
export function instalmentToConfirm(instalments: readonly PlanInstalmentState[], number: number): { ok: true; index: number } | { ok: false; refusal: InstalmentConfirmationRefusal } {
  const index = number - 1;
  const instalment = Number.isInteger(number) ? instalments[index] : undefined;
  if (!instalment) return { ok: false, refusal: 'INSTALMENT_NOT_FOUND' };
  if (instalment.paidOn !== null) return { ok: false, refusal: 'INSTALMENT_ALREADY_PAID' };
  return { ok: true, index };
}

/**
 * Once every instalment is confirmed, the plan is over and the invoice paid, at the date the last
 * money arrived (the latest payment date, which is what lateness is measured against); null while
 * one is still unpaid.
 */
export function planSettledOn(instalments: readonly PlanInstalmentState[]): CalendarDate | null {
  if (instalments.length === 0 || instalments.some((instalment) => instalment.paidOn === null)) return null;
  return instalments.map((instalment) => instalment.paidOn!).reduce((latest, paidOn) => (paidOn > latest ? paidOn : latest));
}
