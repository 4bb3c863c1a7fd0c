/**
 * Splits `targetTenths` (an integer number of tenths) across `raw` effects (in points) so that
 * each share is within 0.1 of its raw value and the shares sum exactly to the target: floor every
 * effect to tenths, then hand the missing tenths to the largest remainders (ties: lower index).
 * Returns integer tenths.
 */
export function distributeTenths(raw: readonly number[], targetTenths: number): number[] {
  const n = raw.length;
  const tenths = new Array<number>(n);
  const remainders = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const scaled = (raw[i] as number) * 10;
    const floor = Math.floor(scaled);
    tenths[i] = floor + 0; // + 0 turns −0 into 0
    remainders[i] = scaled - floor;
    sum += floor;
  }
  let missing = targetTenths - sum;
  if (missing === 0 || n === 0) return tenths;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const step = missing > 0 ? 1 : -1;
  // Give to the largest remainders, take from the smallest.
  order.sort((a, b) => {
    const d = (remainders[b] as number) - (remainders[a] as number);
    return d !== 0 ? d * step : a - b;
  });
  for (let k = 0; missing !== 0; k = (k + 1) % n) {
    const i = order[k] as number;
    tenths[i] = (tenths[i] as number) + step;
    missing -= step;
  }
  return tenths;
}

export function roundToTenth(x: number): number {
  return Math.round(x * 10) / 10;
}
