import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../dashboard-period.js';

const today = '2026-06-15';

describe('resolvePeriod', () => {
  it('reads a closed period at its last day', () => {
    expect(resolvePeriod({ from: '2026-01-01', to: '2026-03-31', granularity: 'MONTH' }, today)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      asOf: '2026-03-31',
      days: 90,
      granularity: 'MONTH',
    });
  });

  it('reads a period that runs past today at today', () => {
    expect(resolvePeriod({ from: '2026-06-01', to: '2026-06-30', granularity: 'WEEK' }, today)).toMatchObject({ asOf: today, days: 15 });
  });

  it('accepts a one-day period', () => {
    expect(resolvePeriod({ from: today, to: today, granularity: 'WEEK' }, today)).toMatchObject({ asOf: today, days: 1 });
  });

  it('names the field of a date that does not exist', () => {
    expect(resolvePeriod({ from: '2026-02-30', to: '2026-03-01', granularity: 'MONTH' }, today)).toEqual({ code: 'PERIOD_DATE_INVALID', field: 'from' });
    expect(resolvePeriod({ from: '2026-02-01', to: '01/03/2026', granularity: 'MONTH' }, today)).toEqual({ code: 'PERIOD_DATE_INVALID', field: 'to' });
  });

  it('refuses a reversed, too long or future period', () => {
    expect(resolvePeriod({ from: '2026-03-01', to: '2026-02-01', granularity: 'MONTH' }, today)).toEqual({ code: 'PERIOD_REVERSED' });
    expect(resolvePeriod({ from: '2024-06-13', to: '2026-06-14', granularity: 'MONTH' }, today)).toEqual({ code: 'PERIOD_TOO_LONG' });
    expect(resolvePeriod({ from: '2024-06-15', to: '2026-06-14', granularity: 'MONTH' }, today)).toMatchObject({ days: 730 });
    expect(resolvePeriod({ from: '2026-06-16', to: '2026-07-01', granularity: 'MONTH' }, today)).toEqual({ code: 'PERIOD_IN_FUTURE' });
  });
});
