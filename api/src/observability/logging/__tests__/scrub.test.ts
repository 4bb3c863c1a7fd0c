import { describe, expect, it } from 'vitest';
import { REDACTED, scrubText, scrubValue } from '../scrub.js';

describe('log scrubbing', () => {
  it('keeps the domain of an e-mail address and hides its local part', () => {
    expect(scrubText('sign-up of jean.dupont+x@acme-btp.fr done')).toBe('sign-up of ***@acme-btp.fr done');
  });

  it('keeps only the country code and the last two digits of a phone number', () => {
    expect(scrubText('SMS to +33612345678')).toBe('SMS to +33*******78');
    expect(scrubText('appel 06 12 34 56 78')).toBe('appel 06******78');
  });

  it('leaves SIRENs, amounts, ids and dates alone', () => {
    const line = 'invoice F-2026-001 of 552100554 for 1234.56 EUR due 2026-11-24, job 42';
    expect(scrubText(line)).toBe(line);
  });

  it('drops secret keys at any depth and scrubs nested strings', () => {
    const scrubbed = scrubValue({
      err: { message: 'duplicate key', parameters: ['a@b.fr', '$argon2id$…'], query: 'INSERT …' },
      req: { headers: { cookie: 'bp_session=abc', Authorization: 'Bearer x' } },
      input: { password: 'hunter2hunter2', email: 'marie@exemple.fr' },
    });
    expect(scrubbed).toEqual({
      err: { message: 'duplicate key', parameters: REDACTED, query: 'INSERT …' },
      req: { headers: { cookie: REDACTED, Authorization: REDACTED } },
      input: { password: REDACTED, email: '***@exemple.fr' },
    });
  });

  it('survives cycles', () => {
    const node: Record<string, unknown> = { name: 'a' };
    node.self = node;
    expect(scrubValue(node)).toEqual({ name: 'a', self: '[…]' });
  });
});
