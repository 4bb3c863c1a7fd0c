import { describe, expect, it } from 'vitest';
import { addOneYear, daysBetween, parisDate, parseFlexibleDate, parseIsoDate } from '../calendar-date.js';

describe('calendar dates', () => {
  it('reads ISO and French dates into YYYY-MM-DD', () => {
    expect(parseFlexibleDate('2026-03-15')).toBe('2026-03-15');
    expect(parseFlexibleDate('15/03/2026')).toBe('2026-03-15');
    expect(parseFlexibleDate(' 5/3/2026 ')).toBe('2026-03-05');
  });

  it('refuses dates that are not on the calendar', () => {
    expect(parseFlexibleDate('2026-02-30')).toBeNull();
    expect(parseFlexibleDate('30/02/2026')).toBeNull();
    expect(parseFlexibleDate('2026-13-01')).toBeNull();
    expect(parseFlexibleDate('2025-02-29')).toBeNull();
    expect(parseFlexibleDate('2024-02-29')).toBe('2024-02-29');
    expect(parseFlexibleDate('03/15/2026')).toBeNull();
    expect(parseFlexibleDate('2026-3-5')).toBeNull();
    expect(parseFlexibleDate('')).toBeNull();
  });

  it('accepts only the ISO form where the API asks for it', () => {
    expect(parseIsoDate('15/03/2026')).toBeNull();
    expect(parseIsoDate('2026-03-15')).toBe('2026-03-15');
  });

  it('takes today in Paris, not in UTC', () => {
    expect(parisDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(parisDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(parisDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('counts whole days across a daylight-saving change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });

  it('moves 29 February one year later to 28 February', () => {
    expect(addOneYear('2024-02-29')).toBe('2025-02-28');
    expect(addOneYear('2026-05-10')).toBe('2027-05-10');
  });
});
