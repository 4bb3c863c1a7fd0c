import { describe, expect, it } from 'vitest';
import { niceScale } from './SeriesChart';

describe('niceScale', () => {
  it('covers the largest value with at most five round steps', () => {
    expect(niceScale(223_050)).toEqual({ step: 50_000, ticks: 5 });
    expect(niceScale(1_000)).toEqual({ step: 200, ticks: 5 });
    expect(niceScale(7)).toEqual({ step: 2, ticks: 4 });
  });

  it('keeps whole steps for counts, and one line for an empty chart', () => {
    expect(niceScale(3, true)).toEqual({ step: 1, ticks: 3 });
    expect(niceScale(0, true)).toEqual({ step: 1, ticks: 1 });
  });
});
