import { addDays, daysBetween } from '../../invoices/domain/calendar-date.js';

/**
 * Late-payment penalties between businesses (Code de commerce L441-10 and D441-5): interest at the
 * ECB's main refinancing rate applying on 1 January (first half-year) or 1 July (second), plus 10
 * points, over the days late; and a fixed 40 € recovery indemnity per invoice.
 *
 * The table lists the ECB rate in force on each half-year's first day (percent). Update it each
 * January and July; a date past the last row uses the last known rate.
 */
export interface SemesterRate {
  /** First day of the half-year, 'YYYY-01-01' or 'YYYY-07-01'. */
  from: string;
  ecbRatePercent: number;
}

export const ECB_REFINANCING_RATES: readonly SemesterRate[] = [
  { from: '2023-01-01', ecbRatePercent: 2.5 },
  { from: '2023-07-01', ecbRatePercent: 4.0 },
  { from: '2024-01-01', ecbRatePercent: 4.5 },
  { from: '2024-07-01', ecbRatePercent: 4.25 },
  { from: '2025-01-01', ecbRatePercent: 3.15 },
  { from: '2025-07-01', ecbRatePercent: 2.15 },
  { from: '2026-01-01', ecbRatePercent: 2.15 },
];

export const LEGAL_RATE_MARGIN_POINTS = 10;
export const FIXED_INDEMNITY_CENTS = 4_000;

/** The legal rate (percent a year) on `date`. */
export function legalRatePercent(date: string, table: readonly SemesterRate[] = ECB_REFINANCING_RATES): number {
  let rate = table[0]?.ecbRatePercent ?? 0;
  for (const row of table) if (row.from <= date) rate = row.ecbRatePercent;
  return rate + LEGAL_RATE_MARGIN_POINTS;
}

function nextSemesterStart(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.slice(5) < '07-01' ? `${year}-07-01` : `${year + 1}-01-01`;
}

/**
 * Interest in cents owed on `amountCents` for the days after `dueDate` up to `asOf` included, each
 * day at the legal rate of its half-year (simple interest, 365-day year), rounded to the cent.
 */
export function lateInterestCents(
  amountCents: number,
  dueDate: string,
  asOf: string,
  table: readonly SemesterRate[] = ECB_REFINANCING_RATES,
): number {
  let interest = 0;
  let cursor = addDays(dueDate, 1);
  while (cursor <= asOf) {
    const end = nextSemesterStart(cursor) <= asOf ? nextSemesterStart(cursor) : addDays(asOf, 1);
    const days = daysBetween(cursor, end);
    interest += (amountCents * legalRatePercent(cursor, table) * days) / (100 * 365);
    cursor = end;
  }
  return Math.round(interest);
}

/** Interest plus the fixed indemnity; nothing before the due date has passed. */
export function latePenaltiesCents(amountCents: number, dueDate: string, asOf: string, table?: readonly SemesterRate[]): number {
  if (asOf <= dueDate) return 0;
  return lateInterestCents(amountCents, dueDate, asOf, table) + FIXED_INDEMNITY_CENTS;
}
