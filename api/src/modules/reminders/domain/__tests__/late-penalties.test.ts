import { describe, expect, it } from 'vitest';
import { FIXED_INDEMNITY_CENTS, lateInterestCents, latePenaltiesCents, legalRatePercent } from '../late-penalties.js';

describe('late penalties (L441-10, D441-5)', () => {
  it('uses the ECB rate of the half-year plus 10 points', () => {
    expect(legalRatePercent('2025-03-15')).toBeCloseTo(13.15);
    expect(legalRatePercent('2025-07-01')).toBeCloseTo(12.15);
  });

  it('owes nothing on or before the due date', () => {
    expect(latePenaltiesCents(100_000, '2026-03-03', '2026-03-03')).toBe(0);
  });

  it('adds 40 € to the interest from the first day late', () => {
    // 1 000 € × 12.15 % × 30 / 365 = 9.99 €
    expect(lateInterestCents(100_000, '2026-03-03', '2026-04-02')).toBe(999);
    expect(latePenaltiesCents(100_000, '2026-03-03', '2026-04-02')).toBe(999 + FIXED_INDEMNITY_CENTS);
  });

  it('splits a lateness across half-years at each one rate', () => {
    // 30 June 2025 at 13.15 %, then 1–10 July at 12.15 %.
    const expected = Math.round((1_000_000 * 13.15 * 1) / 36_500 + (1_000_000 * 12.15 * 10) / 36_500);
    expect(lateInterestCents(1_000_000, '2025-06-29', '2025-07-10')).toBe(expected);
  });
});
