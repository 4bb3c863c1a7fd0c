/**
 * "1 250,50", "1250.5", "1 250 €" → 125050 cents; null when it is not an amount. Two decimals at
 * most: a third one is a typo, not a fraction of a cent.
 */
export function parseEuros(input: string): number | null {
  const cleaned = input.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [units, decimals = ''] = cleaned.split('.') as [string, string?];
  return Number(units) * 100 + Number(decimals.padEnd(2, '0'));
}
