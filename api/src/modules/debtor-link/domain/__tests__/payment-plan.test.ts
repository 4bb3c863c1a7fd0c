import { describe, expect, it } from 'vitest';
import { refusalOf } from '../debtor-actions.js';
import { needsApproval } from '../../../reminders/domain/scenario.js';
import { planRun } from '../../../reminders/domain/plan-run.js';
import { checkPaymentPlan, instalmentSteps } from '../payment-plan.js';

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

describe('instalmentSteps', () => {
  const now = new Date('2035-03-10T10:00:00Z');
  const invoice = { dueDate: '2035-03-03', contactEmail: 'compta@example.fr', contactPhone: null };

  it('makes one GOOD e-mail step per instalment, fixed on its date, never awaiting approval, with the instalment written in', () => {
    const sut = instalmentSteps([{ dueDate: '2035-03-31', amountCents: 40_000 }, { dueDate: '2035-04-30', amountCents: 123_456 }], { email: 'compta@example.fr', phone: null });
    expect(sut.map((step) => [step.onDate, step.channel, step.tone, needsApproval(step)])).toEqual([
      ['2035-03-31', 'EMAIL', 'GOOD', false],
      ['2035-04-30', 'EMAIL', 'GOOD', false],
    ]);
    expect(sut[1]!.body).toContain('échéance 2/2 de 1 234,56 € (30/04/2035)');
    expect(sut[0]!.subject).toBe('Facture {{invoiceNumber}} : échéance 1/2 de 400,00 € (31/03/2035)');
  });

  it('planned as a run’s steps, each leaves on its own date at the send hour, whatever the invoice’s due date', () => {
    const steps = instalmentSteps([{ dueDate: '2035-03-31', amountCents: 40_000 }, { dueDate: '2035-04-30', amountCents: 60_000 }], { email: 'compta@example.fr', phone: null });
    for (const dueDate of ['2035-03-03', '2035-06-15']) {
      const plan = planRun(steps, { ...invoice, dueDate }, now, 10);
      expect(plan.ok && plan.messages.map((m) => [m.stepIndex, m.scheduledAt.toISOString(), m.status, m.pinned])).toEqual([
        [0, '2035-03-31T08:00:00.000Z', 'SCHEDULED', true],
        [1, '2035-04-30T08:00:00.000Z', 'SCHEDULED', true],
      ]);
    }
  });

  it('writes the invoice’s currency, falls back to SMS without an e-mail address, and has no step without any address', () => {
    expect(instalmentSteps([{ dueDate: '2035-03-31', amountCents: 1_000 }], { email: 'a@example.fr', phone: null }, 'CHF')[0]!.body).toContain('10,00 CHF');
    expect(instalmentSteps([{ dueDate: '2035-03-31', amountCents: 1 }], { email: null, phone: '+33612345678' })[0]!.channel).toBe('SMS');
    expect(instalmentSteps([{ dueDate: '2035-03-31', amountCents: 1 }], { email: null, phone: null })).toEqual([]);
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
