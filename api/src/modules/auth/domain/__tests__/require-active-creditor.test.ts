import { describe, expect, it } from 'vitest';
import { Actor } from '../actor.js';
import { requireActiveCreditor } from '../require-creditor.js';
import { MemberRole } from '../roles.js';

const actor = (suspended: boolean, role = MemberRole.OWNER): Actor => ({
  userId: 'u',
  sessionId: 's',
  email: 'x@y.fr',
  platformRoles: [],
  activeCompany: { siren: '552100554', role, suspended },
});

describe('requireActiveCreditor', () => {
  it('passes a creditor in good standing with the permission', () => {
    expect(requireActiveCreditor(actor(false), 'CREATE_INVOICES')).toEqual({ siren: '552100554' });
  });

  it('refuses a suspended creditor with CREDITOR_SUSPENDED', () => {
    expect(() => requireActiveCreditor(actor(true), 'CREATE_INVOICES')).toThrow(expect.objectContaining({ reason: 'CREDITOR_SUSPENDED', publicCode: 'FORBIDDEN' }));
  });

  it('checks the role first: a SUPPORT member of a suspended company gets ROLE_NOT_ALLOWED', () => {
    expect(() => requireActiveCreditor(actor(true, MemberRole.SUPPORT), 'CREATE_INVOICES')).toThrow(expect.objectContaining({ reason: 'ROLE_NOT_ALLOWED' }));
  });
});
