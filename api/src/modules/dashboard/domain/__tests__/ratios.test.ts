import { describe, expect, it } from 'vitest';
import { daysSalesOutstanding, ratio } from '../ratios.js';

describe('dashboard ratios', () => {
  it('has no rate for an empty cohort', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
  });

  it('computes DSO as outstanding over invoiced times the days, one decimal', () => {
    expect(daysSalesOutstanding(50_000, 150_000, 90)).toBe(30);
    expect(daysSalesOutstanding(1, 3, 10)).toBe(3.3);
    expect(daysSalesOutstanding(10_000, 0, 30)).toBeNull();
  });
});
