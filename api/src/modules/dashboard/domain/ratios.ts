/** part / whole, or null when there is no whole (an empty cohort has no rate, not a 0 % one). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Days sales outstanding, one decimal: outstanding / invoiced × days; null when nothing was invoiced. */
export function daysSalesOutstanding(outstandingCents: number, invoicedCents: number, days: number): number | null {
  if (invoicedCents === 0) return null;
  return Math.round((outstandingCents / invoicedCents) * days * 10) / 10;
}
