import { describe, expect, it } from 'vitest';
import { cheapestCoveringPack, packAmounts } from '../pack-pricing.js';
import { formatReceiptNumber, parisYear } from '../receipt-number.js';

const PACKS = [
  { id: 'pack-10', tokens: 10, priceCents: 3000, vatRateBps: 2000 },
  { id: 'pack-50', tokens: 50, priceCents: 12500, vatRateBps: 2000 },
  { id: 'pack-200', tokens: 200, priceCents: 40000, vatRateBps: 2000 },
];

describe('pack amounts', () => {
  it('adds 20 % VAT to the price excluding VAT', () => {
    expect(packAmounts(3000, 2000)).toEqual({ priceCents: 3000, vatCents: 600, totalCents: 3600 });
  });

  it('rounds VAT to the nearest cent', () => {
    expect(packAmounts(999, 2000)).toEqual({ priceCents: 999, vatCents: 200, totalCents: 1199 });
    expect(packAmounts(1001, 550)).toEqual({ priceCents: 1001, vatCents: 55, totalCents: 1056 });
    expect(packAmounts(1000, 0)).toEqual({ priceCents: 1000, vatCents: 0, totalCents: 1000 });
  });
});

describe('the pack suggested to a creditor short of tokens', () => {
  it('is the cheapest pack holding enough tokens', () => {
    expect(cheapestCoveringPack(PACKS, 1)?.id).toBe('pack-10');
    expect(cheapestCoveringPack(PACKS, 11)?.id).toBe('pack-50');
    expect(cheapestCoveringPack(PACKS, 200)?.id).toBe('pack-200');
  });

  it('is the largest pack when none is big enough, and nothing when nothing is on sale', () => {
    expect(cheapestCoveringPack(PACKS, 500)?.id).toBe('pack-200');
    expect(cheapestCoveringPack([], 1)).toBeNull();
  });
});

describe('receipt numbers', () => {
  it('carry the Paris year of payment and a six-digit number', () => {
    expect(formatReceiptNumber(2026, 123)).toBe('BP-2026-000123');
    // 23:30 UTC on 31 December is already 00:30 on 1 January in Paris (UTC+1 in winter).
    expect(parisYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(parisYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
    expect(parisYear(new Date('2026-06-30T12:00:00Z'))).toBe(2026);
  });
});
