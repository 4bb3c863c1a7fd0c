/** A calendar day as 'YYYY-MM-DD'. All day arithmetic is done in UTC on whole days. */
export type IsoDate = string;

const DIGIT_0 = 48;

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - DIGIT_0;
    if (c < 0 || c > 9) throw new RangeError(`Invalid ISO date '${s}', expected YYYY-MM-DD`);
    n = n * 10 + c;
  }
  return n;
}

/** Days since 1970-01-01 for a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Epoch day (UTC) of an ISO date string or of a Date's UTC calendar day. */
export function toEpochDay(date: IsoDate | Date): number {
  if (typeof date !== 'string') {
    const t = date.getTime();
    if (Number.isNaN(t)) throw new RangeError('Invalid Date');
    return Math.floor(t / 86_400_000);
  }
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    throw new RangeError(`Invalid ISO date '${date}', expected YYYY-MM-DD`);
  }
  const month = digits(date, 5, 2);
  const day = digits(date, 8, 2);
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    throw new RangeError(`Invalid ISO date '${date}', expected YYYY-MM-DD`);
  }
  return daysFromCivil(digits(date, 0, 4), month, day);
}

/** The ISO date of an epoch day. */
export function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

/** `date` shifted by `days` (may be negative). */
export function addDays(date: IsoDate | Date, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate | Date, to: IsoDate | Date): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Normalises an ISO date or Date to an ISO date string. */
export function toIsoDate(date: IsoDate | Date): IsoDate {
  return fromEpochDay(toEpochDay(date));
}
