import { describe, expect, it } from 'vitest';
import { refreshDays } from '../refresh-days.js';

describe('the days a refresh rewrites', () => {
  it('is only today for an event of today on a company refreshed yesterday', () => {
    expect(refreshDays({ staleFrom: '2026-03-10', lastHistoryDay: '2026-03-09', today: '2026-03-10' })).toEqual(['2026-03-10']);
  });

  it('starts at the real date of a back-dated payment', () => {
    expect(refreshDays({ staleFrom: '2026-03-07', lastHistoryDay: '2026-03-10', today: '2026-03-10' })).toEqual([
      '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10',
    ]);
  });

  it('fills the days since the last stored point, so the chart has no holes', () => {
    expect(refreshDays({ staleFrom: '2026-03-10', lastHistoryDay: '2026-03-07', today: '2026-03-10' })).toEqual([
      '2026-03-08', '2026-03-09', '2026-03-10',
    ]);
  });

  it('treats an event dated after today as today', () => {
    expect(refreshDays({ staleFrom: '2026-04-01', lastHistoryDay: null, today: '2026-03-10' })).toEqual(['2026-03-10']);
  });

  it('never goes back more than the cap', () => {
    const days = refreshDays({ staleFrom: '2020-01-01', lastHistoryDay: null, today: '2026-03-10', maxDays: 400 });
    expect(days).toHaveLength(400);
    expect(days.at(-1)).toBe('2026-03-10');
    expect(days[0]).toBe('2025-02-04');
  });
});
