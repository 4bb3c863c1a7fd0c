import { toEpochDay } from './dates.js';
import type {
  InvoiceOpenEvent,
  InvoicePaidEvent,
  PublicationApprovedEvent,
  RecommendationEvent,
} from './events.js';
import type { Ledger } from './ledger.js';
import type { ScoreParams } from './params.js';

/** One invoice seen as evidence of payment behaviour (README §Observations). */
export interface InvoiceObservation {
  readonly source: InvoicePaidEvent | InvoiceOpenEvent;
  readonly paid: boolean;
  /** paidDate − dueDate, or asOf − dueDate while unpaid (> 0 only when overdue). */
  readonly daysLate: number;
  /** w = amountWeight × decay × reliability. */
  readonly weight: number;
  /** w when paid on or before the due date, else 0. */
  readonly good: number;
  /** w × early credit. */
  readonly early: number;
  /** w × GOOD-reminder credit when honoured on time. */
  readonly reminder: number;
  /** w × severity when late, else 0. */
  readonly late: number;
  readonly severity: number;
}

export interface PublicationObservation {
  readonly source: PublicationApprovedEvent;
  readonly settled: boolean;
  /** decay × (settled ? settledFactor : 1) */
  readonly strength: number;
}

export interface RecommendationObservation {
  readonly source: RecommendationEvent;
  /** (recommenderScore or neutral) / 100 × decay × reliability */
  readonly strength: number;
}

export interface Observations {
  readonly invoices: readonly InvoiceObservation[];
  readonly publications: readonly PublicationObservation[];
  readonly recommendations: readonly RecommendationObservation[];
}

export function amountWeight(amountCents: number, params: ScoreParams): number {
  return 1 + Math.log10(1 + Math.max(0, amountCents) / params.amountUnitCents);
}

/** 2^(−age / halfLife), 1 for ages ≤ 0. */
export function decay(ageDays: number, halfLifeDays: number): number {
  return ageDays <= 0 ? 1 : Math.pow(2, -ageDays / halfLifeDays);
}

/** s(d) = 1 − 2^(−d / h) for d > 0 days late: the severity of an unpaid lateness. */
export function severity(daysLate: number, params: ScoreParams): number {
  return daysLate <= 0 ? 0 : 1 - Math.pow(2, -daysLate / params.severityHalfDays);
}

function reliability(r: number | undefined): number {
  if (r === undefined || Number.isNaN(r)) return 1;
  return r < 0 ? 0 : r > 1 ? 1 : r;
}

function paidObservation(e: InvoicePaidEvent, asOfDay: number, p: ScoreParams): InvoiceObservation {
  const dueDay = toEpochDay(e.dueDate);
  const paidDay = toEpochDay(e.date);
  const daysLate = paidDay - dueDay;
  // Age counts from when the behaviour was known: the due date for an on-time payment (so paying
  // earlier never ages the evidence), the payment date for a late one.
  const age = asOfDay - Math.max(dueDay, paidDay);
  const w =
    amountWeight(e.amountCents, p) *
    decay(age, p.paymentHalfLifeDays) *
    reliability(e.creditorReliability);
  if (daysLate <= 0) {
    const earlyCredit = Math.min(-daysLate, p.earlyDaysForFullCredit) / p.earlyDaysForFullCredit;
    return {
      source: e,
      paid: true,
      daysLate,
      weight: w,
      good: w,
      early: w * earlyCredit,
      reminder: e.goodReminderBefore ? w * p.goodReminderCredit : 0,
      late: 0,
      severity: 0,
    };
  }
  const s = severity(daysLate, p) * p.settledSeverityFactor;
  return { source: e, paid: true, daysLate, weight: w, good: 0, early: 0, reminder: 0, late: w * s, severity: s };
}

function openObservation(
  e: InvoiceOpenEvent,
  asOfDay: number,
  p: ScoreParams,
): InvoiceObservation | undefined {
  const daysLate = asOfDay - toEpochDay(e.dueDate);
  if (daysLate <= 0) return undefined; // not yet due: no evidence either way
  const w = amountWeight(e.amountCents, p) * reliability(e.creditorReliability);
  const s = severity(daysLate, p);
  return { source: e, paid: false, daysLate, weight: w, good: 0, early: 0, reminder: 0, late: w * s, severity: s };
}

export function observe(ledger: Ledger, p: ScoreParams): Observations {
  const { asOfDay } = ledger;
  const invoices: InvoiceObservation[] = [];
  for (const inv of ledger.invoices) {
    if (inv.paid !== undefined) invoices.push(paidObservation(inv.paid, asOfDay, p));
    else if (inv.open !== undefined) {
      const o = openObservation(inv.open, asOfDay, p);
      if (o !== undefined) invoices.push(o);
    }
  }

  const publications: PublicationObservation[] = [];
  for (const { approved, settled } of ledger.publications) {
    const age = asOfDay - toEpochDay(approved.date);
    const strength =
      decay(age, p.publicationHalfLifeDays) * (settled ? p.publicationSettledFactor : 1) * reliability(approved.creditorReliability);
    publications.push({ source: approved, settled, strength });
  }

  const recommendations: RecommendationObservation[] = [];
  for (const r of ledger.recommendations) {
    if (!ledger.paidCreditors.has(r.creditorId)) continue; // only creditors that were paid
    const score = r.recommenderScore ?? p.neutral;
    const clamped = score < 0 ? 0 : score > 100 ? 100 : score;
    const age = asOfDay - toEpochDay(r.date);
    const strength =
      (clamped / 100) * decay(age, p.recommendationHalfLifeDays) * reliability(r.creditorReliability);
    recommendations.push({ source: r, strength });
  }

  return { invoices, publications, recommendations };
}
