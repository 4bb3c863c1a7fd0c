import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributeTenths } from './rounding.js';

describe('distributeTenths', () => {
  it('hands the missing tenth to the largest remainder', () => {
    expect(distributeTenths([0.34, 0.33, 0.33], 10)).toEqual([4, 3, 3]);
  });

  it('sums exactly to the rounded total and keeps each share within a tenth of its raw value', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { maxLength: 40 }), (raw) => {
        const target = Math.round(raw.reduce((s, x) => s + x, 0) * 10);
        const sut = distributeTenths(raw, target);
        expect(sut.reduce((s, x) => s + x, 0) === target).toBe(true);
        sut.forEach((t, i) => expect(Math.abs(t - (raw[i] as number) * 10)).toBeLessThan(1 + 1e-6));
      }),
    );
  });
});
