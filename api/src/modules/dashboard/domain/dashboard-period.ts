import { CalendarDate, daysBetween, parseIsoDate } from '../../invoices/domain/calendar-date.js';
import { MAX_PERIOD_DAYS } from './metrics.js';

export type DashboardGranularityName = 'WEEK' | 'MONTH';

export interface ResolvedPeriod {
  from: CalendarDate;
  to: CalendarDate;
  /** min(to, today): the day every figure is read at. */
  asOf: CalendarDate;
  /** Days in [from, asOf], both included. */
  days: number;
  granularity: DashboardGranularityName;
}

export type PeriodError =
  | { code: 'PERIOD_DATE_INVALID'; field: 'from' | 'to' }
  | { code: 'PERIOD_REVERSED' }
  | { code: 'PERIOD_TOO_LONG' }
  | { code: 'PERIOD_IN_FUTURE' };

/** Checks a requested period against today (Europe/Paris) and resolves the day figures are read at. */
export function resolvePeriod(
  input: { from: string; to: string; granularity: DashboardGranularityName },
  today: CalendarDate,
): ResolvedPeriod | PeriodError {
  const from = parseIsoDate(input.from);
  if (!from) return { code: 'PERIOD_DATE_INVALID', field: 'from' };
  const to = parseIsoDate(input.to);
  if (!to) return { code: 'PERIOD_DATE_INVALID', field: 'to' };
  if (daysBetween(from, to) < 0) return { code: 'PERIOD_REVERSED' };
  if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) return { code: 'PERIOD_TOO_LONG' };
  if (daysBetween(from, today) < 0) return { code: 'PERIOD_IN_FUTURE' };
  const asOf = daysBetween(to, today) < 0 ? today : to;
  return { from, to, asOf, days: daysBetween(from, asOf) + 1, granularity: input.granularity };
}
