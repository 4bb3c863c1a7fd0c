/** Largest accepted amount: one billion euros, in cents (fits a JS number and a bigint column). */
export const MAX_AMOUNT_CENTS = 100_000_000_000;

export type AmountParse = { ok: true; cents: number } | { ok: false; reason: 'FORMAT' | 'NOT_POSITIVE' | 'TOO_LARGE' };

const SPACES = /[\s\u00a0\u202f]/g;
const PLAIN = /^(\d+)(?:[.,](\d{1,2}))?$/;
/** Thousands grouped by one separator, decimals after the other one: "1.234.567,89", "1,234.5". */
const GROUPED = /^(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*)(?:([.,])(\d{1,2}))?$/;

/**
 * Parses an amount in euros as people type it ("1234.56", "1 234,56", "1234,5", "1.234,56 €")
 * into integer cents, with string arithmetic so no float rounding can creep in. More than two
 * decimals is refused rather than rounded; "1.234" is read as 1.234 € and therefore refused.
 */
export function parseEuroAmount(input: string): AmountParse {
  let text = input.replace(SPACES, '').replace(/(€|EUR)$/i, '');
  if (text.startsWith('-')) {
    return /\d/.test(text) ? { ok: false, reason: 'NOT_POSITIVE' } : { ok: false, reason: 'FORMAT' };
  }
  if (text.startsWith('+')) text = text.slice(1);

  let integerDigits: string;
  let decimals: string;
  const plain = PLAIN.exec(text);
  const grouped = plain ? null : GROUPED.exec(text);
  if (plain) {
    integerDigits = plain[1]!;
    decimals = plain[2] ?? '';
  } else if (grouped && grouped[2] !== grouped[3] && (grouped[3] || grouped[1]!.split(grouped[2]!).length > 2)) {
    // "1.234" alone could be 1.234 € or 1 234 €: only a decimal part or a second group settles it.
    integerDigits = grouped[1]!.replace(/[.,]/g, '');
    decimals = grouped[4] ?? '';
  } else {
    return { ok: false, reason: 'FORMAT' };
  }

  integerDigits = integerDigits.replace(/^0+(?=\d)/, '');
  // 10^11 cents = 10^9 euros: ten integer digits at most before the exact check below.
  if (integerDigits.length > 10) return { ok: false, reason: 'TOO_LARGE' };
  const cents = Number(integerDigits) * 100 + Number(decimals.padEnd(2, '0'));
  if (cents <= 0) return { ok: false, reason: 'NOT_POSITIVE' };
  if (cents > MAX_AMOUNT_CENTS) return { ok: false, reason: 'TOO_LARGE' };
  return { ok: true, cents };
}
