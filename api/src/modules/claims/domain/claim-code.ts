import { createHash, randomInt } from 'node:crypto';

export const CLAIM_CODE_TTL_MINUTES = 30;
export const CLAIM_CODE_MAX_ATTEMPTS = 5;

/** Six digits from the CSPRNG; only its hash is stored. */
export function newClaimCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function hashClaimCode(claimId: string, code: string): string {
  // Salted with the claim id so equal codes of two claims never share a hash.
  return createHash('sha256').update(`${claimId}:${code}`).digest('hex');
}

export type CodeCheck = 'OK' | 'WRONG' | 'EXPIRED' | 'TOO_MANY_ATTEMPTS';

/** Pure decision on one code entry; the caller counts the attempt whatever the outcome. */
export function checkClaimCode(claim: { codeHash: string; expiresAt: Date; attempts: number }, claimId: string, code: string, now: Date): CodeCheck {
  if (claim.attempts >= CLAIM_CODE_MAX_ATTEMPTS) return 'TOO_MANY_ATTEMPTS';
  if (now.getTime() >= claim.expiresAt.getTime()) return 'EXPIRED';
  const normalized = code.replace(/\s/g, '');
  return /^\d{6}$/.test(normalized) && hashClaimCode(claimId, normalized) === claim.codeHash ? 'OK' : 'WRONG';
}
