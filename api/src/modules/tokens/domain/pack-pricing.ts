/** A pack as sold: prices in euro cents excluding VAT, VAT rate in basis points (2000 = 20 %). */
export interface PackPrice {
  id: string;
  tokens: number;
  priceCents: number;
  vatRateBps: number;
}

export interface PackAmounts {
  priceCents: number;
  vatCents: number;
  totalCents: number;
}

/** VAT rounded to the nearest cent (half up), as on the receipt. */
export function packAmounts(priceCents: number, vatRateBps: number): PackAmounts {
  const vatCents = Math.round((priceCents * vatRateBps) / 10_000);
  return { priceCents, vatCents, totalCents: priceCents + vatCents };
}

/**
 * The pack to suggest when `missing` tokens are lacking: the cheapest (price excluding VAT)
 * among those holding at least that many, or the largest one when none does; ties go to more tokens.
 */
export function cheapestCoveringPack<T extends PackPrice>(packs: readonly T[], missing: number): T | null {
  const covering = packs.filter((pack) => pack.tokens >= missing);
  if (covering.length === 0) {
    return [...packs].sort((a, b) => b.tokens - a.tokens || a.priceCents - b.priceCents)[0] ?? null;
  }
  return [...covering].sort((a, b) => a.priceCents - b.priceCents || b.tokens - a.tokens)[0] ?? null;
}
