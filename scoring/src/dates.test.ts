import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, toEpochDay } from './dates.js';

describe('dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
  ])('reads %s as epoch day %i', (iso, day) => {
    expect(toEpochDay(iso)).toBe(day);
    expect(toEpochDay(iso)).toBe(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8)) / 86_400_000);
  });

  it('counts days across a leap day and a DST change as whole UTC days', () => {
    expect(daysBetween('2024-02-28', '2024-03-31')).toBe(32);
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
  });

  it.each(['2025-6-30', '2025/06/30', '2025-13-01', ''])('rejects %j', (bad) => {
    expect(() => toEpochDay(bad)).toThrow(RangeError);
  });
});
