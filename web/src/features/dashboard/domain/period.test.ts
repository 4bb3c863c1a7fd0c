import { describe, expect, it } from 'vitest';
import { paramsForPeriod, parisToday, periodFromParams, presetPeriod } from './period';

describe('dashboard period', () => {
  it('turns each preset into dates counted from today', () => {
    expect(presetPeriod('30d', '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10', granularity: 'WEEK' });
    expect(presetPeriod('3m', '2026-03-10')).toEqual({ from: '2026-01-01', to: '2026-03-10', granularity: 'WEEK' });
    expect(presetPeriod('12m', '2026-03-10')).toEqual({ from: '2025-04-01', to: '2026-03-10', granularity: 'MONTH' });
    expect(presetPeriod('ytd', '2026-03-10')).toEqual({ from: '2026-01-01', to: '2026-03-10', granularity: 'MONTH' });
  });

  it('reads a custom period from the address, else a preset, else the last 3 months', () => {
    const custom = new URLSearchParams(paramsForPeriod({ from: '2026-01-01', to: '2026-01-31', granularity: 'WEEK' }));
    expect(periodFromParams(custom, '2026-03-10')).toEqual({ period: { from: '2026-01-01', to: '2026-01-31', granularity: 'WEEK' }, preset: null });
    expect(periodFromParams(new URLSearchParams('periode=12m'), '2026-03-10').preset).toBe('12m');
    expect(periodFromParams(new URLSearchParams('du=hier&au=2026-01-01'), '2026-03-10').preset).toBe('3m');
  });

  it('counts today in Paris, not in UTC', () => {
    expect(parisToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
