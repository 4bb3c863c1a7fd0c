import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuros } from '../french-format.js';

/** What formatEuros wrote before its fast path: Intl, with plain spaces (GSM-7). */
const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
const throughIntl = (cents: number) => intl.format(cents / 100).replace(/[\u00a0\u202f]/g, ' ');

describe('formatEuros', () => {
  it('writes whole cents exactly as Intl does, with plain spaces', () => {
    for (const cents of [0, 5, 99, 100, 1_000, 99_999, 100_000, 123_456, 12_345_678, 9_999_999_999_999]) expect(formatEuros(cents)).toBe(throughIntl(cents));
    expect(formatEuros(123_456)).toBe('1 234,56 €');
    fc.assert(fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (cents) => formatEuros(cents) === throughIntl(cents)), { numRuns: 2_000 });
  });

  it('leaves negative, fractional, huge amounts and other currencies to Intl', () => {
    for (const cents of [-0, -5, -123_456, 12.5, 7_318_331_937_513_168]) expect(formatEuros(cents)).toBe(throughIntl(cents));
    expect(formatEuros(123_456, 'USD')).toBe('1 234,56 $US');
  });
});
