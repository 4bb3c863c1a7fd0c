import { describe, expect, it } from 'vitest';
import { MissedInstalmentsService } from '../../../api/src/modules/debtor-link/jobs/missed-instalments.service.js';
import { NotificationSenderService } from '../../../api/src/modules/notifications/notification-sender.service.js';
import { inviteMember, signUpCreditor } from '../../support/factories/accounts.js';
import { INVOICE } from '../../support/factories/invoices.js';
import { ACCEPT, EVENTS, PROPOSE } from './operations.js';
import { advanceInvoiceTo, linkFromSentMail, messageStatuses, pipelineInWindow, runOf } from './support.js';

const CONFIRM_INSTALMENT = `mutation ConfirmInstalment($input: ConfirmInstalmentPaidInput!) { confirmInstalmentPaid(input: $input) {
  planId invoiceId invoiceNumber number count dueDate amountCents paidOn missedAt planStatus } }`;
const END_PLAN = `mutation EndPlan($input: DecidePaymentPlanInput!) { endPaymentPlan(input: $input) { id status } }`;
const MISSED = `query { debtorRequests { missedInstalments { planId invoiceId invoiceNumber number count dueDate amountCents paidOn missedAt planStatus } } }`;
const REQUESTS_PAGE = 'http://localhost:5173/espace/demandes';

interface TimelineEvent {
  kind: string;
  actor: string;
  details: string;
}

/**
 * Following an accepted payment plan (issue 5): an instalment not confirmed 3 days after its date is
 * flagged on the invoice's timeline and the creditor told once, by e-mail through the outbox and
 * SendGrid's SDK to the stub; the creditor confirms it received, or ends the plan and the scenario
 * it replaced resumes. The clock is the tests'; the worker's check (MissedInstalmentsService) is
 * called by hand as the hourly job would. On a database of this file's own: the check and the
 * outbox drain read every row.
 */
describe('following an accepted payment plan', () => {
  const stack = pipelineInWindow();
  const { clock } = stack;
  const flagMissed = () => stack.pipeline.worker.get(MissedInstalmentsService).flagMissed();
  const drain = () => stack.pipeline.worker.get(NotificationSenderService).sendPending();

  /** Invoice due 2035-03-03 under the classic scenario; on 5 March the debtor proposes two instalments and the creditor accepts. */
  async function acceptedPlan(instalments: { dueDate: string; amountCents: number }[] = [
    { dueDate: '2035-03-31', amountCents: 61_728 },
    { dueDate: '2035-04-30', amountCents: 61_728 },
  ]) {
    const link = await linkFromSentMail(stack.pipeline);
    const accountant = await inviteMember(stack.pipeline.api, link.creditor, 'ACCOUNTING');
    clock.set(new Date('2035-03-05T10:00:00Z'));
    const { proposePaymentPlan: plan } = await link.debtor.ok<{ proposePaymentPlan: { id: string } }>(PROPOSE, { input: { token: link.token, instalments } });
    await link.creditor.client.ok(ACCEPT, { input: { planId: plan.id } });
    return { ...link, planId: plan.id, settlers: [link.creditor.email, accountant.email] };
  }
  /** What the check found missed on this plan (instalment numbers); the file's other plans share the database. */
  async function missedOf(planId: string): Promise<number[]> {
    const rows = (await stack.pipeline.db.query(`SELECT instalment_index FROM payment_plan_instalments WHERE plan_id = $1 AND missed_at IS NOT NULL ORDER BY 1`, [planId])) as { instalment_index: number }[];
    return rows.map((row) => row.instalment_index + 1);
  }
  async function events(client: Awaited<ReturnType<typeof acceptedPlan>>['creditor']['client'], invoiceId: string): Promise<TimelineEvent[]> {
    return (await client.ok<{ invoiceTimeline: { events: TimelineEvent[] } }>(EVENTS, { invoiceId })).invoiceTimeline.events;
  }

  it('flags an instalment unconfirmed 3 days after its date on the timeline and e-mails the creditor once, with the next step; the next instalment’s reminder still leaves', async () => {
    const { creditor, invoice, email, planId, settlers } = await acceptedPlan();
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-31T07:00:00Z');
    expect(stack.pipeline.sendgrid.to(email).at(-1)!.subject).toContain('échéance 1/2');

    // 3 April, 23:59 in Paris: still within the grace days.
    clock.set(new Date('2035-04-03T21:59:00Z'));
    await flagMissed();
    expect(await missedOf(planId)).toEqual([]);
    // 4 April: missed. Two workers checking at once flag it once (one event, one notice per member below).
    clock.set(new Date('2035-04-04T06:00:00Z'));
    await Promise.all([flagMissed(), flagMissed()]);
    expect(await missedOf(planId)).toEqual([1]);

    const missedEvents = (await events(creditor.client, invoice.id)).filter((event) => event.kind === 'INSTALMENT_MISSED');
    expect(missedEvents.map((event) => [event.actor, JSON.parse(event.details)])).toEqual([
      ['SYSTEM', { planId, number: 1, count: 2, dueDate: '2035-03-31', amountCents: 61_728, graceDays: 3 }],
    ]);
    const { debtorRequests } = await creditor.client.ok<{ debtorRequests: { missedInstalments: Record<string, unknown>[] } }>(MISSED);
    expect(debtorRequests.missedInstalments).toEqual([
      { planId, invoiceId: invoice.id, invoiceNumber: invoice.number, number: 1, count: 2, dueDate: '2035-03-31', amountCents: 61_728, paidOn: null, missedAt: '2035-04-04T06:00:00.000Z', planStatus: 'ACCEPTED' },
    ]);

    await drain();
    for (const to of settlers) {
      const mails = stack.pipeline.sendgrid.to(to).filter((mail) => mail.subject.startsWith('Échéance manquée'));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe(`Échéance manquée – facture ${invoice.number} (${invoice.debtor.name})`);
      expect(mails[0]!.text).toContain(`Vous n'avez pas confirmé avoir reçu l'échéance 1/2 de 617,28 € prévue le 31/03/2035 par ${invoice.debtor.name}`);
      expect(mails[0]!.text).toContain(`Prochaine étape, dans vos demandes :\n${REQUESTS_PAGE}\n- si vous avez reçu ce paiement, confirmez l'échéance`);
      expect(mails[0]!.text).toContain('mettez fin à l\'échéancier');
    }

    // Days later: not flagged nor told again.
    clock.set(new Date('2035-04-12T06:00:00Z'));
    await flagMissed();
    expect((await events(creditor.client, invoice.id)).filter((event) => event.kind === 'INSTALMENT_MISSED')).toHaveLength(1);
    await drain();
    expect(stack.pipeline.sendgrid.to(settlers[0]!).filter((mail) => mail.subject.startsWith('Échéance manquée'))).toHaveLength(1);

    // The plan goes on: the second instalment's reminder leaves on its date.
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'ACTIVE' });
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-04-30T07:00:00Z');
    expect(stack.pipeline.sendgrid.to(email).at(-1)!.subject).toContain('échéance 2/2');
  });

  it('records a missed instalment as received, withdraws the reminder of one paid early, and with the last the plan is completed and the invoice paid at the latest payment date', async () => {
    const { creditor, invoice, email, planId } = await acceptedPlan([
      { dueDate: '2035-03-31', amountCents: 41_152 },
      { dueDate: '2035-04-30', amountCents: 41_152 },
      { dueDate: '2035-05-31', amountCents: 41_152 },
    ]);
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-31T07:00:00Z');
    clock.set(new Date('2035-04-04T06:00:00Z'));
    await flagMissed();
    expect(await missedOf(planId)).toEqual([1]);

    const other = await signUpCreditor(stack.pipeline.api);
    expect(await other.client.error(CONFIRM_INSTALMENT, { input: { planId, number: 1, paidOn: '2035-04-02' } })).toMatchObject({ code: 'NOT_FOUND', reason: 'PAYMENT_PLAN_NOT_FOUND' });
    expect(await creditor.client.error(CONFIRM_INSTALMENT, { input: { planId, number: 4, paidOn: '2035-04-02' } })).toMatchObject({ code: 'NOT_FOUND', reason: 'INSTALMENT_NOT_FOUND' });
    expect(await creditor.client.error(CONFIRM_INSTALMENT, { input: { planId, number: 1, paidOn: '2035-04-05' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAYMENT_DATE_INVALID' });

    const { confirmInstalmentPaid: first } = await creditor.client.ok<{ confirmInstalmentPaid: Record<string, unknown> }>(CONFIRM_INSTALMENT, { input: { planId, number: 1, paidOn: '2035-04-02' } });
    expect(first).toMatchObject({ number: 1, count: 3, paidOn: '2035-04-02', missedAt: '2035-04-04T06:00:00.000Z', planStatus: 'ACCEPTED' });
    expect(await creditor.client.error(CONFIRM_INSTALMENT, { input: { planId, number: 1, paidOn: '2035-04-02' } })).toMatchObject({ code: 'CONFLICT', reason: 'INSTALMENT_ALREADY_PAID' });
    expect((await creditor.client.ok<{ debtorRequests: { missedInstalments: unknown[] } }>(MISSED)).debtorRequests.missedInstalments).toEqual([]);

    // The second arrives early: its reminder will not leave.
    clock.set(new Date('2035-04-20T10:00:00Z'));
    await creditor.client.ok(CONFIRM_INSTALMENT, { input: { planId, number: 2, paidOn: '2035-04-20' } });
    // The third too: the invoice is paid at that date; its reminder is withdrawn as for any payment, and THANKS leaves.
    clock.set(new Date('2035-05-05T10:00:00Z'));
    const { confirmInstalmentPaid: last } = await creditor.client.ok<{ confirmInstalmentPaid: Record<string, unknown> }>(CONFIRM_INSTALMENT, { input: { planId, number: 3, paidOn: '2035-05-05' } });
    expect(last).toMatchObject({ number: 3, paidOn: '2035-05-05', missedAt: null, planStatus: 'COMPLETED' });
    expect((await creditor.client.ok<{ invoice: { status: string; paidAt: string } }>(INVOICE, { id: invoice.id })).invoice).toMatchObject({ status: 'PAID', paidAt: '2035-05-05' });
    // The plan's reminders and THANKS (the replaced scenario's messages are all earlier, or its ultimatum).
    const reminders = (await messageStatuses(stack.pipeline, invoice.id)).filter((m) => m.tone !== 'ULTIMATUM' && m.scheduledAt.toISOString() >= '2035-03-31');
    expect(reminders.map((m) => [m.tone, m.scheduledAt.toISOString().slice(0, 10), m.status, m.lastError])).toEqual([
      ['GOOD', '2035-03-31', 'SENT', null],
      ['GOOD', '2035-04-30', 'CANCELLED', 'INSTALMENT_PAID'],
      ['GOOD', '2035-05-31', 'CANCELLED', 'INVOICE_PAID'],
      ['THANKS', '2035-05-05', 'SCHEDULED', null],
    ]);
    expect((await events(creditor.client, invoice.id)).filter((e) => e.kind === 'INSTALMENT_PAID').map((e) => JSON.parse(e.details) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ number: 1, count: 3, paidOn: '2035-04-02', requestId: planId }),
      expect.objectContaining({ number: 2, count: 3, paidOn: '2035-04-20', requestId: planId }),
      expect.objectContaining({ number: 3, count: 3, paidOn: '2035-05-05', requestId: planId }),
    ]);

    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-05-05T10:00:00Z');
    expect(stack.pipeline.sendgrid.to(email).at(-1)!.subject).toMatch(/merci/i);
    // A completed plan is not followed any more.
    clock.set(new Date('2035-06-10T10:00:00Z'));
    await flagMissed();
    expect(await missedOf(planId)).toEqual([1]);
  });

  it('ends a broken plan: its reminders stop and the scenario it replaced resumes with its steps still ahead', async () => {
    const { creditor, invoice, phone, planId } = await acceptedPlan([
      { dueDate: '2035-03-08', amountCents: 61_728 },
      { dueDate: '2035-04-30', amountCents: 61_728 },
    ]);
    clock.set(new Date('2035-03-12T07:00:00Z'));
    await flagMissed();
    expect(await missedOf(planId)).toEqual([1]);

    const { endPaymentPlan } = await creditor.client.ok<{ endPaymentPlan: { status: string } }>(END_PLAN, { input: { planId, reason: 'Première échéance jamais reçue.' } });
    expect(endPaymentPlan.status).toBe('ENDED');
    expect(await creditor.client.error(END_PLAN, { input: { planId } })).toMatchObject({ code: 'CONFLICT', reason: 'PAYMENT_PLAN_NOT_ACCEPTED' });
    expect(await creditor.client.error(CONFIRM_INSTALMENT, { input: { planId, number: 1, paidOn: '2035-03-10' } })).toMatchObject({ code: 'CONFLICT', reason: 'PAYMENT_PLAN_NOT_ACCEPTED' });

    const runs = (await stack.pipeline.db.query(`SELECT scenario_id, status, end_reason FROM reminder_runs WHERE invoice_id = $1 ORDER BY created_at`, [invoice.id])) as { scenario_id: string; status: string; end_reason: string | null }[];
    expect(runs).toEqual([
      { scenario_id: 'builtin-classic', status: 'ACTIVE', end_reason: null },
      { scenario_id: 'payment-plan', status: 'STOPPED', end_reason: 'PAYMENT_PLAN_ENDED' },
    ]);
    // The classic scenario's steps still ahead on 12 March: J+15 by SMS (18 March is a Sunday: Monday 08:00), and the ultimatum, which awaits approval.
    const live = (await messageStatuses(stack.pipeline, invoice.id)).filter((m) => m.status === 'SCHEDULED' || m.status === 'AWAITING_APPROVAL');
    expect(live.map((m) => [m.tone, m.status, m.scheduledAt.toISOString()])).toEqual([
      ['BAD', 'SCHEDULED', '2035-03-19T07:00:00.000Z'],
      ['ULTIMATUM', 'AWAITING_APPROVAL', '2035-04-02T07:00:00.000Z'],
    ]);
    const ended = (await events(creditor.client, invoice.id)).find((event) => event.kind === 'PAYMENT_PLAN_ENDED')!;
    expect(ended.actor).toBe('CREDITOR');
    expect(JSON.parse(ended.details)).toMatchObject({ reason: 'Première échéance jamais reçue.', messagesPlanned: 2, requestId: planId });
    expect((await creditor.client.ok<{ debtorRequests: { missedInstalments: unknown[] } }>(MISSED)).debtorRequests.missedInstalments).toEqual([]);

    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-19T07:00:00Z');
    expect(stack.pipeline.twilio.to(phone!)).toHaveLength(1);
    // An ended plan is not followed any more: its second instalment is never flagged.
    clock.set(new Date('2035-05-10T10:00:00Z'));
    await flagMissed();
    expect(await missedOf(planId)).toEqual([1]);
  });

  it('follows only the latest of two accepted plans, and ending it resumes the scenario, not the earlier plan', async () => {
    const { creditor, debtor, token, invoice, planId: firstPlanId } = await acceptedPlan([
      { dueDate: '2035-03-08', amountCents: 61_728 },
      { dueDate: '2035-04-30', amountCents: 61_728 },
    ]);
    // The debtor proposes anew before the first instalment; the creditor accepts.
    clock.set(new Date('2035-03-06T10:00:00Z'));
    const { proposePaymentPlan: second } = await debtor.ok<{ proposePaymentPlan: { id: string } }>(PROPOSE, {
      input: { token, instalments: [{ dueDate: '2035-03-20', amountCents: 61_728 }, { dueDate: '2035-05-20', amountCents: 61_728 }] },
    });
    await creditor.client.ok(ACCEPT, { input: { planId: second.id } });
    const plans = (await stack.pipeline.db.query(`SELECT id, status FROM payment_plans WHERE invoice_id = $1 ORDER BY proposed_at`, [invoice.id])) as { id: string; status: string }[];
    expect(plans).toEqual([
      { id: firstPlanId, status: 'ENDED' },
      { id: second.id, status: 'ACCEPTED' },
    ]);

    clock.set(new Date('2035-03-24T07:00:00Z'));
    await flagMissed();
    expect([await missedOf(firstPlanId), await missedOf(second.id)]).toEqual([[], [1]]);

    await creditor.client.ok(END_PLAN, { input: { planId: second.id } });
    const runs = (await stack.pipeline.db.query(`SELECT scenario_id, status, end_reason FROM reminder_runs WHERE invoice_id = $1 ORDER BY created_at`, [invoice.id])) as { scenario_id: string; status: string; end_reason: string | null }[];
    expect(runs).toEqual([
      { scenario_id: 'builtin-classic', status: 'ACTIVE', end_reason: null },
      { scenario_id: 'payment-plan', status: 'COMPLETED', end_reason: 'REPLACED_BY_PAYMENT_PLAN' },
      { scenario_id: 'payment-plan', status: 'STOPPED', end_reason: 'PAYMENT_PLAN_ENDED' },
    ]);
  });
});
