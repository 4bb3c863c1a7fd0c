import { addDays, daysBetween } from '../../invoices/domain/calendar-date.js';

/** History is rewritten at most this far back in one refresh (a bit more than the 12-month chart). */
export const MAX_HISTORY_DAYS = 400;

/**
 * The days whose history a refresh rewrites, oldest first, ending today:
 * - from the stale day (a back-dated payment rewrites from its real date),
 * - and from the day after the last stored point, so the history has no holes (evidence decays and
 *   open invoices age every day, even when nothing new is recorded),
 * - but never more than MAX_HISTORY_DAYS.
 */
export function refreshDays(input: { staleFrom: string; lastHistoryDay: string | null; today: string; maxDays?: number }): string[] {
  const { staleFrom, lastHistoryDay, today } = input;
  const maxDays = input.maxDays ?? MAX_HISTORY_DAYS;
  let from = staleFrom < today ? staleFrom : today;
  if (lastHistoryDay !== null && lastHistoryDay < today) {
    const next = addDays(lastHistoryDay, 1);
    if (next < from) from = next;
  }
  const earliest = addDays(today, -(maxDays - 1));
  if (from < earliest) from = earliest;
  const count = daysBetween(from, today) + 1;
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}
