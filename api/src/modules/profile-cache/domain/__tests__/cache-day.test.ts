import { describe, expect, it } from 'vitest';
import { parisDate } from '../../../invoices/domain/calendar-date.js';
import { cacheDay } from '../cache-day.js';

describe('cacheDay', () => {
  it('is the Paris calendar day, across midnight in Paris in winter and summer', () => {
    for (const instant of ['2026-11-24T22:59:59.999Z', '2026-11-24T23:00:00.000Z', '2026-07-14T21:59:30Z', '2026-07-14T22:00:00Z', '2026-03-29T00:59:59Z', '2026-03-29T01:00:00Z']) {
      const now = new Date(instant);
      expect(cacheDay(now)).toBe(parisDate(now));
    }
  });

  it('follows the instant given, backwards too (a test clock may go back)', () => {
    expect(cacheDay(new Date('2026-11-24T23:00:30Z'))).toBe('2026-11-25');
    expect(cacheDay(new Date('2026-11-24T22:59:30Z'))).toBe('2026-11-24');
    expect(cacheDay(new Date('2026-11-24T23:00:01Z'))).toBe('2026-11-25');
  });
});
