import { describe, expect, it } from 'vitest';
import { refusalOf } from '../debtor-actions.js';
import { checkPaymentPlan, instalmentMessages } from '../payment-plan.js';

const invoice = { amountCents: 100_000, today: '2035-03-10' };

describe('checkPaymentPlan', () => {
  it('accepts increasing future dates whose amounts sum to the amount due', () => {
    const drafts = [{ dueDate: '2035-03-31', amountCents: 40_000 }, { dueDate: '2035-04-30', amountCents: 60_000 }];
    expect(checkPaymentPlan(drafts, invoice)).toEqual({ ok: true, instalments: drafts });
  });

  it('refuses a sum that differs from the amount, saying both', () => {
    const result = checkPaymentPlan([{ dueDate: '2035-03-31', amountCents: 40_000 }, { dueDate: '2035-04-30', amountCents: 50_000 }], invoice);
    expect(result).toMatchObject({ ok: false, field: 'instalments' });
    expect(!result.ok && result.message).toMatch(/900,00 €.*1 000,00 €/);
  });

  it('refuses too few instalments, a past or unordered date, a date beyond a year, a non-positive amount', () => {
    expect(checkPaymentPlan([{ dueDate: '2035-03-31', amountCents: 100_000 }], invoice)).toMatchObject({ ok: false, field: 'instalments' });
    expect(checkPaymentPlan([{ dueDate: '2035-03-09', amountCents: 50_000 }, { dueDate: '2035-04-30', amountCents: 50_000 }], invoice)).toMatchObject({ ok: false, field: 'instalments.0.dueDate' });
    expect(checkPaymentPlan([{ dueDate: '2035-04-30', amountCents: 50_000 }, { dueDate: '2035-04-30', amountCents: 50_000 }], invoice)).toMatchObject({ ok: false, field: 'instalments.1.dueDate' });
    expect(checkPaymentPlan([{ dueDate: '2035-04-30', amountCents: 50_000 }, { dueDate: '2036-04-30', amountCents: 50_000 }], invoice)).toMatchObject({ ok: false, field: 'instalments.1.dueDate' });
    expect(checkPaymentPlan([{ dueDate: '2035-04-30', amountCents: 100_001 }, { dueDate: '2035-05-30', amountCents: -1 }], invoice)).toMatchObject({ ok: false, field: 'instalments.1.amountCents' });
    expect(checkPaymentPlan([{ dueDate: '30/04/2035', amountCents: 50_000 }, { dueDate: '2035-05-30', amountCents: 50_000 }], invoice)).toMatchObject({ ok: false, field: 'instalments.0.dueDate' });
  });
});

describe('instalmentMessages', () => {
  it('plans one GOOD e-mail per instalment on its date at the send hour, with the instalment written in', () => {
    const sut = instalmentMessages([{ dueDate: '2035-03-31', amountCents: 40_000 }, { dueDate: '2035-04-30', amountCents: 60_000 }], { email: 'compta@example.fr', phone: null }, new Date('2035-03-10T10:00:00Z'));
    expect(sut.map((m) => [m.stepIndex, m.channel, m.tone, m.scheduledAt.toISOString(), m.status])).toEqual([
      [0, 'EMAIL', 'GOOD', '2035-03-31T07:00:00.000Z', 'SCHEDULED'],
      [1, 'EMAIL', 'GOOD', '2035-04-30T07:00:00.000Z', 'SCHEDULED'],
    ]);
    expect(sut[1]!.templateBody).toContain('échéance 2/2 de 600,00 € (30/04/2035)');
  });

  it('falls back to SMS without an e-mail address, and plans nothing without any address', () => {
    expect(instalmentMessages([{ dueDate: '2035-03-31', amountCents: 1 }], { email: null, phone: '+33612345678' }, new Date('2035-03-10T10:00:00Z'))[0]!.channel).toBe('SMS');
    expect(instalmentMessages([{ dueDate: '2035-03-31', amountCents: 1 }], { email: null, phone: null }, new Date('2035-03-10T10:00:00Z'))).toEqual([]);
  });
});

describe('refusalOf', () => {
  const open = { invoiceStatus: 'OPEN', pendingDeclaration: false, proposedPlan: false };
  it('lets an open invoice with nothing pending take any action', () => {
    for (const action of ['DECLARE_PAYMENT', 'PROPOSE_PLAN', 'DISPUTE'] as const) expect(refusalOf(open, action)).toBeNull();
  });
  it('asks one question at a time, but never takes away the right to dispute', () => {
    expect(refusalOf({ ...open, pendingDeclaration: true }, 'PROPOSE_PLAN')).toBe('REQUEST_PENDING');
    expect(refusalOf({ ...open, proposedPlan: true }, 'DECLARE_PAYMENT')).toBe('REQUEST_PENDING');
    expect(refusalOf({ ...open, proposedPlan: true }, 'DISPUTE')).toBeNull();
    expect(refusalOf({ ...open, invoiceStatus: 'PAID' }, 'DISPUTE')).toBe('INVOICE_NOT_OPEN');
  });
});
