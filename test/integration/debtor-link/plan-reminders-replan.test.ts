import { describe, expect, it } from 'vitest';
import { INVOICE_FIELDS } from '../../support/factories/invoices.js';
import { ACCEPT, DECLARE, PROPOSE, REJECT } from './operations.js';
import { advanceInvoiceTo, linkFromSentMail, messageStatuses, pipelineInWindow, runOf } from './support.js';

const CONFIRM_INSTALMENT = `mutation ConfirmInstalment($input: ConfirmInstalmentPaidInput!) { confirmInstalmentPaid(input: $input) { number paidOn } }`;
const CHANGE_DUE_DATE = `mutation Change($input: ChangeInvoiceDueDateInput!) { changeInvoiceDueDate(input: $input) { ${INVOICE_FIELDS} } }`;

/**
 * An accepted payment plan's instalment reminders are the steps of its run (one per instalment, on
 * its date), so whatever plans a run's remaining steps again — the resume after a pause, a new due
 * date — plans them again, at the same dates (issue 5 follow-up: they used to be lost, the plan's
 * run having no steps to plan). Through the real pipeline, 2035 window (see support.ts).
 */
describe('a payment plan’s reminders across a pause and a new due date', () => {
  const stack = pipelineInWindow();
  const { clock } = stack;

  /** Invoice due 2035-03-03 under the classic scenario; on 5 March the debtor proposes these instalments and the creditor accepts. */
  async function acceptedPlan(instalments: { dueDate: string; amountCents: number }[]) {
    const link = await linkFromSentMail(stack.pipeline);
    clock.set(new Date('2035-03-05T10:00:00Z'));
    const { proposePaymentPlan: plan } = await link.debtor.ok<{ proposePaymentPlan: { id: string } }>(PROPOSE, { input: { token: link.token, instalments } });
    await link.creditor.client.ok(ACCEPT, { input: { planId: plan.id } });
    return { ...link, planId: plan.id };
  }
  /** The plan run's messages still to leave: [instalment number, status, when]. */
  async function pendingInstalments(invoiceId: string, planRunId: string): Promise<[number, string, string][]> {
    const rows = (await stack.pipeline.db.query(
      `SELECT step_index, status, scheduled_at FROM reminder_messages WHERE invoice_id = $1 AND run_id = $2 AND status IN ('SCHEDULED', 'AWAITING_APPROVAL') ORDER BY scheduled_at`,
      [invoiceId, planRunId],
    )) as { step_index: number; status: string; scheduled_at: Date }[];
    return rows.map((row) => [row.step_index + 1, row.status, row.scheduled_at.toISOString()]);
  }

  it('keeps the remaining instalment reminders at their dates when a payment declared during the plan is rejected, without bringing back one confirmed meanwhile', async () => {
    const { creditor, debtor, token, invoice, email, planId } = await acceptedPlan([
      { dueDate: '2035-03-31', amountCents: 41_152 },
      { dueDate: '2035-04-30', amountCents: 41_152 },
      { dueDate: '2035-05-31', amountCents: 41_152 },
    ]);
    const planRun = await runOf(stack.pipeline, invoice.id);
    // 09:00 in Paris (summer time from 25 March): 07:00 UTC.
    expect(await pendingInstalments(invoice.id, planRun.id)).toEqual([
      [1, 'SCHEDULED', '2035-03-31T07:00:00.000Z'],
      [2, 'SCHEDULED', '2035-04-30T07:00:00.000Z'],
      [3, 'SCHEDULED', '2035-05-31T07:00:00.000Z'],
    ]);
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-31T07:00:00Z');
    expect(stack.pipeline.sendgrid.to(email).at(-1)!.subject).toContain('échéance 1/3');

    // The debtor says it paid everything: the plan's reminders pause.
    clock.set(new Date('2035-04-02T10:00:00Z'));
    const { declarePayment } = await debtor.ok<{ declarePayment: { id: string } }>(DECLARE, { input: { token, paidOn: '2035-04-01' } });
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ id: planRun.id, status: 'PAUSED', paused_reason: 'PAYMENT_DECLARED' });
    expect(await pendingInstalments(invoice.id, planRun.id)).toEqual([]);

    // Meanwhile the creditor records the third instalment, received early.
    clock.set(new Date('2035-04-03T10:00:00Z'));
    await creditor.client.ok(CONFIRM_INSTALMENT, { input: { planId, number: 3, paidOn: '2035-04-03' } });

    // The full payment never arrived: rejected, the plan's reminders resume, the second one at its date.
    clock.set(new Date('2035-04-05T10:00:00Z'));
    await creditor.client.ok(REJECT, { input: { declarationId: declarePayment.id, reason: 'Rien reçu au-delà de la première échéance.' } });
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ id: planRun.id, status: 'ACTIVE', paused_reason: null });
    expect(await pendingInstalments(invoice.id, planRun.id)).toEqual([[2, 'SCHEDULED', '2035-04-30T07:00:00.000Z']]);

    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-04-30T07:00:00Z');
    expect(stack.pipeline.sendgrid.to(email).at(-1)!.subject).toContain('échéance 2/3');
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-05-31T07:00:00Z');
    expect(stack.pipeline.sendgrid.to(email).filter((mail) => mail.subject.includes('échéance 3/3'))).toEqual([]);
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ id: planRun.id, status: 'COMPLETED', end_reason: 'ALL_SENT' });
  });

  it('keeps the instalment reminders at their own dates when the invoice’s due date changes', async () => {
    const { creditor, invoice, email } = await acceptedPlan([
      { dueDate: '2035-03-31', amountCents: 61_728 },
      { dueDate: '2035-04-30', amountCents: 61_728 },
    ]);
    const planRun = await runOf(stack.pipeline, invoice.id);
    clock.set(new Date('2035-03-10T10:00:00Z'));
    await creditor.client.ok(CHANGE_DUE_DATE, { input: { id: invoice.id, dueDate: '2035-03-20' } });

    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ id: planRun.id, status: 'ACTIVE' });
    expect(await pendingInstalments(invoice.id, planRun.id)).toEqual([
      [1, 'SCHEDULED', '2035-03-31T07:00:00.000Z'],
      [2, 'SCHEDULED', '2035-04-30T07:00:00.000Z'],
    ]);
    const replaced = (await messageStatuses(stack.pipeline, invoice.id)).filter((m) => m.lastError === 'RESCHEDULED');
    expect(replaced.map((m) => [m.stepIndex, m.status])).toEqual([
      [0, 'CANCELLED'],
      [1, 'CANCELLED'],
    ]);

    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-31T07:00:00Z');
    expect(stack.pipeline.sendgrid.to(email).at(-1)!.subject).toContain('échéance 1/2');
  });
});
