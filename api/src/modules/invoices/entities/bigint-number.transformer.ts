import { ValueTransformer } from 'typeorm';

/**
 * pg hands bigint columns over as strings (they may exceed 2^53). Amounts are capped at 10^11
 * cents, well inside Number.MAX_SAFE_INTEGER, so reading them as numbers is exact; anything
 * outside the safe range is refused rather than silently rounded.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null): number | null => {
    if (value === null) return null;
    const number = typeof value === 'number' ? value : Number(value);
    if (!Number.isSafeInteger(number)) throw new Error(`bigint ${String(value)} is outside the safe integer range`);
    return number;
  },
};
