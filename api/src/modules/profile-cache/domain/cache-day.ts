import { parisDate } from '../../invoices/domain/calendar-date.js';

let memo: { minute: number; day: string } | null = null;

/**
 * The Paris calendar day that cached answers belong to (statistics count overdue invoices as of
 * it). Formatting a date in a time zone is costly per request; Paris is a whole number of hours
 * from UTC, so the day is constant within a UTC minute and is computed once per minute.
 */
export function cacheDay(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (memo?.minute !== minute) memo = { minute, day: parisDate(now) };
  return memo.day;
}
