/**
 * Calendar dates as 'YYYY-MM-DD' strings: invoices carry dates without a time of day, and "today"
 * is the date in Europe/Paris, whatever the server's time zone.
 */
export type CalendarDate = string;

export const PARIS_TIME_ZONE = 'Europe/Paris';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MS_PER_DAY = 86_400_000;

const parisDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Paris at instant `now`. */
export function parisDate(now: Date): CalendarDate {
  return parisDateFormat.format(now);
}

function build(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March: a real date survives the round trip.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' only (the GraphQL format); null unless it is a real calendar date. */
export function parseIsoDate(input: string): CalendarDate | null {
  const match = ISO_DATE.exec(input.trim());
  if (!match) return null;
  return build(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** 'YYYY-MM-DD' or the French 'DD/MM/YYYY' (as spreadsheets export it); null unless a real date. */
export function parseFlexibleDate(input: string): CalendarDate | null {
  const trimmed = input.trim();
  const french = FRENCH_DATE.exec(trimmed);
  if (french) return build(Number(french[3]), Number(french[2]), Number(french[1]));
  return parseIsoDate(trimmed);
}

/** By position, not split('-'): rendering a message calls this a dozen times (late penalties). */
function toEpochDay(date: CalendarDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date((toEpochDay(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Same day and month one year later; 29 February becomes 28 February. */
export function addOneYear(date: CalendarDate): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return build(year + 1, month, day) ?? build(year + 1, month, day - 1)!;
}
