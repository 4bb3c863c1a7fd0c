import { type IsoDate, fromEpochDay, toEpochDay } from './dates.js';
import type { InvoiceOpenEvent, InvoicePaidEvent, ScoreEvent } from './events.js';
import { computeScoreValue } from './compute-score.js';
import { readLedger } from './ledger.js';
import type { ScoreParams } from './params.js';

export interface ImprovementStep {
  readonly invoiceId: string;
  readonly creditorId: string;
  readonly amountCents: number;
  /** asOf − dueDate (negative: not yet due). */
  readonly daysLate: number;
  readonly scoreIfPaidToday: number;
  /** scoreIfPaidToday − current score, one decimal. */
  readonly gain: number;
}

export interface PaymentEffect {
  readonly invoiceId: string;
  readonly payDate: IsoDate;
  /** The day both scores are read: max(asOf, payDate). */
  readonly evaluatedOn: IsoDate;
  readonly scoreIfPaid: number;
  readonly scoreIfUnpaid: number;
  /** scoreIfPaid − scoreIfUnpaid, one decimal. */
  readonly gain: number;
}

function openInvoices(events: readonly ScoreEvent[], asOfDay: number): InvoiceOpenEvent[] {
  const open: InvoiceOpenEvent[] = [];
  for (const inv of readLedger(events, asOfDay).invoices) {
    if (inv.paid === undefined && inv.open !== undefined) open.push(inv.open);
  }
  return open;
}

function paymentOf(open: InvoiceOpenEvent, payDay: number, goodReminderBefore: boolean): InvoicePaidEvent {
  const base = {
    id: `what-if:paid:${open.invoiceId}`,
    kind: 'INVOICE_PAID' as const,
    date: fromEpochDay(payDay),
    invoiceId: open.invoiceId,
    creditorId: open.creditorId,
    amountCents: open.amountCents,
    dueDate: open.dueDate,
    goodReminderBefore,
  };
  return open.creditorReliability === undefined
    ? base
    : { ...base, creditorReliability: open.creditorReliability };
}

/** Open invoices that, paid on `asOf`, would raise the score most; sorted by gain desc. */
export function improvementPlan(
  events: readonly ScoreEvent[],
  asOf: IsoDate | Date,
  params?: Partial<ScoreParams>,
): ImprovementStep[] {
  const asOfDay = toEpochDay(asOf);
  const current = computeScoreValue(events, asOf, params);
  const steps = openInvoices(events, asOfDay).map((open) => {
    const ifPaid = computeScoreValue([...events, paymentOf(open, asOfDay, false)], asOf, params);
    return {
      invoiceId: open.invoiceId,
      creditorId: open.creditorId,
      amountCents: open.amountCents,
      daysLate: asOfDay - toEpochDay(open.dueDate),
      scoreIfPaidToday: ifPaid,
      gain: Math.round((ifPaid - current) * 10) / 10,
    };
  });
  return steps.sort(
    (a, b) => b.gain - a.gain || b.daysLate - a.daysLate || (a.invoiceId < b.invoiceId ? -1 : 1),
  );
}

/**
 * "Pay now and earn X points": the score on max(asOf, payDate) if the open invoice is paid on
 * `payDate`, against leaving it unpaid. Undefined when the invoice is not open at asOf.
 */
export function scoreEffectOfPayingOn(
  events: readonly ScoreEvent[],
  asOf: IsoDate | Date,
  invoiceId: string,
  payDate: IsoDate | Date,
  options: { readonly goodReminderBefore?: boolean; readonly params?: Partial<ScoreParams> } = {},
): PaymentEffect | undefined {
  const asOfDay = toEpochDay(asOf);
  const open = openInvoices(events, asOfDay).find((o) => o.invoiceId === invoiceId);
  if (open === undefined) return undefined;
  const payDay = toEpochDay(payDate);
  const evaluatedOn = fromEpochDay(Math.max(asOfDay, payDay));
  const payment = paymentOf(open, payDay, options.goodReminderBefore ?? false);
  const scoreIfPaid = computeScoreValue([...events, payment], evaluatedOn, options.params);
  const scoreIfUnpaid = computeScoreValue(events, evaluatedOn, options.params);
  return {
    invoiceId,
    payDate: payment.date,
    evaluatedOn,
    scoreIfPaid,
    scoreIfUnpaid,
    gain: Math.round((scoreIfPaid - scoreIfUnpaid) * 10) / 10,
  };
}
