/** Wall-clock time in Europe/Paris, computed with Intl (no time-zone library). */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

export interface ParisWallTime {
  date: string;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function parisWallTime(instant: Date): ParisWallTime {
  const map = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${map.year}-${map.month}-${map.day}`,
    hour: Number(map.hour),
    minute: Number(map.minute),
    weekday: WEEKDAYS.indexOf(map.weekday!),
  };
}

function offsetMs(instant: Date): number {
  const wall = parisWallTime(instant);
  const [y, m, d] = wall.date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, wall.hour, wall.minute, instant.getUTCSeconds());
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant when it is `hour`:`minute` on `date` in Paris (a time skipped by DST moves one hour on). */
export function parisInstant(date: string, hour: number, minute = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  const first = wall - offsetMs(new Date(wall));
  return new Date(wall - offsetMs(new Date(first)));
}
