import { describe, expect, it } from 'vitest';
import { checkClaimCode, CLAIM_CODE_MAX_ATTEMPTS, hashClaimCode, newClaimCode } from '../claim-code.js';
import { emailIsOnDomain, isFreeMailDomain, normalizeDomain } from '../claim-email.js';
import { nextClaimStatus } from '../claim-status.js';

describe('company claim e-mail domains', () => {
  it('accepts an address on the domain or a subdomain, never a look-alike suffix', () => {
    expect(emailIsOnDomain('marie@acme.fr', 'acme.fr')).toBe(true);
    expect(emailIsOnDomain('compta@paris.acme.fr', 'acme.fr')).toBe(true);
    expect(emailIsOnDomain('x@notacme.fr', 'acme.fr')).toBe(false);
    expect(emailIsOnDomain('x@acme.fr.evil.com', 'acme.fr')).toBe(false);
  });

  it('never treats a webmail domain as a company domain', () => {
    expect(isFreeMailDomain('gmail.com')).toBe(true);
    expect(emailIsOnDomain('boss@gmail.com', 'gmail.com')).toBe(false);
  });

  it('normalises typed domains and refuses what is not one', () => {
    expect(normalizeDomain(' www.ACME.fr ')).toBe('acme.fr');
    expect(normalizeDomain('@acme.fr')).toBe('acme.fr');
    expect(normalizeDomain('acme')).toBeNull();
    expect(normalizeDomain('ac me.fr')).toBeNull();
  });
});

describe('claim codes', () => {
  const now = new Date('2026-05-01T10:00:00Z');
  const claim = (code: string, attempts = 0, expiresAt = new Date('2026-05-01T10:30:00Z')) => ({ codeHash: hashClaimCode('c1', code), expiresAt, attempts });

  it('are six digits', () => {
    for (let i = 0; i < 20; i += 1) expect(newClaimCode()).toMatch(/^\d{6}$/);
  });

  it('accept the right code, with spaces, before expiry', () => {
    expect(checkClaimCode(claim('012345'), 'c1', '012 345', now)).toBe('OK');
  });

  it('refuse a wrong code, a code of another claim, an expired code and too many attempts', () => {
    expect(checkClaimCode(claim('012345'), 'c1', '012346', now)).toBe('WRONG');
    expect(checkClaimCode(claim('012345'), 'c2', '012345', now)).toBe('WRONG');
    expect(checkClaimCode(claim('012345', 0, now), 'c1', '012345', now)).toBe('EXPIRED');
    expect(checkClaimCode(claim('012345', CLAIM_CODE_MAX_ATTEMPTS), 'c1', '012345', now)).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('claim status', () => {
  it('verifies by code only from PENDING_CODE and by review only from PENDING_REVIEW', () => {
    expect(nextClaimStatus('PENDING_CODE', 'CODE_CONFIRMED')).toBe('VERIFIED');
    expect(nextClaimStatus('PENDING_CODE', 'MODERATOR_APPROVED')).toBeNull();
    expect(nextClaimStatus('PENDING_REVIEW', 'MODERATOR_APPROVED')).toBe('VERIFIED');
    expect(nextClaimStatus('PENDING_REVIEW', 'MODERATOR_REJECTED')).toBe('REJECTED');
  });

  it('never leaves a final status', () => {
    expect(nextClaimStatus('VERIFIED', 'MODERATOR_REJECTED')).toBeNull();
    expect(nextClaimStatus('REJECTED', 'MODERATOR_APPROVED')).toBeNull();
    expect(nextClaimStatus('CANCELLED', 'CODE_CONFIRMED')).toBeNull();
  });
});
