/** The calendar year of an instant in Europe/Paris (a payment at 23:30 UTC on 31 Dec is next year's). */
export function parisYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric' }).format(at));
}

/** "BP-2026-000123": the year of payment and the year's continuous number. */
export function formatReceiptNumber(year: number, number: number): string {
  return `BP-${year}-${String(number).padStart(6, '0')}`;
}
