import { describe, expect, it } from 'vitest';
import { debtorLinkUrl, signLinkToken, verifyLinkToken } from '../link-token.js';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const INVOICE = '3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b';
const EXPIRES = new Date('2035-05-01T10:00:00Z');
const BEFORE = new Date('2035-04-30T10:00:00Z');

describe('debtor link tokens', () => {
  it('round-trips the invoice id and the expiry, in 43 URL-safe characters', () => {
    const sut = signLinkToken(INVOICE, EXPIRES, SECRET);
    expect(sut).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyLinkToken(sut, SECRET, BEFORE)).toEqual({ ok: true, invoiceId: INVOICE, expiresAt: EXPIRES });
  });

  it('refuses a token once its expiry is reached', () => {
    expect(verifyLinkToken(signLinkToken(INVOICE, EXPIRES, SECRET), SECRET, EXPIRES)).toEqual({ ok: false, refusal: 'LINK_EXPIRED' });
  });

  it('refuses a token signed with another secret, or with any character changed', () => {
    const token = signLinkToken(INVOICE, EXPIRES, SECRET);
    expect(verifyLinkToken(signLinkToken(INVOICE, EXPIRES, 'another-secret-of-at-least-32-characters'), SECRET, BEFORE)).toEqual({ ok: false, refusal: 'LINK_FORGED' });
    for (const index of [0, 20, 30, 42]) {
      const swapped = token.slice(0, index) + (token[index] === 'A' ? 'B' : 'A') + token.slice(index + 1);
      expect(verifyLinkToken(swapped, SECRET, BEFORE)).toMatchObject({ ok: false });
      expect(verifyLinkToken(swapped, SECRET, BEFORE)).not.toEqual({ ok: false, refusal: 'LINK_EXPIRED' });
    }
  });

  it('refuses another spelling of the same bytes (the unused bits of the last character)', () => {
    const token = signLinkToken(INVOICE, EXPIRES, SECRET);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(token[42]!);
    const respelled = token.slice(0, 42) + alphabet[last ^ 1];
    expect(verifyLinkToken(respelled, SECRET, BEFORE)).toEqual({ ok: false, refusal: 'LINK_MALFORMED' });
  });

  it('refuses a token that is not one, without throwing', () => {
    for (const token of ['', 'abc', `${'A'.repeat(42)}=`, 'é'.repeat(43), `${signLinkToken(INVOICE, EXPIRES, SECRET)}x`]) {
      expect(verifyLinkToken(token, SECRET, BEFORE)).toEqual({ ok: false, refusal: 'LINK_MALFORMED' });
    }
  });

  it('builds the page address under the public web URL', () => {
    expect(debtorLinkUrl('https://app.bonpayeur.fr/', 'tok')).toBe('https://app.bonpayeur.fr/r/tok');
  });
});
