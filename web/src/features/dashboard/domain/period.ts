/** The dashboard's period: a few presets, or any range the creditor types. Dates are YYYY-MM-DD. */

export type Granularity = 'WEEK' | 'MONTH';
export type PresetId = '30d' | '3m' | '12m' | 'ytd';
export const PRESETS: readonly PresetId[] = ['30d', '3m', '12m', 'ytd'];

export interface Period {
  from: string;
  to: string;
  granularity: Granularity;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utc(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Today in Paris, where every date of the product is counted. */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The period a preset means on `today`. */
export function presetPeriod(preset: PresetId, today: string): Period {
  const t = utc(today);
  switch (preset) {
    case '30d':
      return { from: iso(new Date(t.getTime() - 29 * 86_400_000)), to: today, granularity: 'WEEK' };
    case '3m':
      return { from: iso(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - 2, 1))), to: today, granularity: 'WEEK' };
    case '12m':
      return { from: iso(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - 11, 1))), to: today, granularity: 'MONTH' };
    case 'ytd':
      return { from: `${t.getUTCFullYear()}-01-01`, to: today, granularity: 'MONTH' };
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period in the address bar: `?periode=3m`, or `?du=…&au=…&par=semaine|mois` for a custom one.
 * Anything unreadable falls back to the last 3 months (the API checks the range itself).
 */
export function periodFromParams(params: URLSearchParams, today: string): { period: Period; preset: PresetId | null } {
  const from = params.get('du');
  const to = params.get('au');
  if (from && to && ISO.test(from) && ISO.test(to)) {
    return { period: { from, to, granularity: params.get('par') === 'semaine' ? 'WEEK' : 'MONTH' }, preset: null };
  }
  const preset = PRESETS.find((p) => p === params.get('periode')) ?? '3m';
  return { period: presetPeriod(preset, today), preset };
}

export function paramsForPeriod(period: Period): Record<string, string> {
  return { du: period.from, au: period.to, par: period.granularity === 'WEEK' ? 'semaine' : 'mois' };
}
