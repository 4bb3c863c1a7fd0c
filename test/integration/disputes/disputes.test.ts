import { describe, expect, it } from 'vitest';
import { DisputesService } from '../../../api/src/modules/disputes/disputes.service.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { verifyCompany } from '../../support/factories/company-claims.js';
import { INVOICE } from '../../support/factories/invoices.js';
import { signUpPlatformUser } from '../../support/factories/platform-users.js';
import { advanceInvoiceTo, messageStatuses, pipelineInWindow, runOf } from '../debtor-link/support.js';
import { APPLY_SCENARIO, creditorWithInvoice } from '../reminders/support.js';

const DISPUTE = `mutation Dispute($input: DisputeInvoiceInput!) { disputeInvoice(input: $input) { id invoiceId reason status openedVia closedAt } }`;
const WITHDRAW = `mutation Withdraw($input: WithdrawDisputeInput!) { withdrawDispute(input: $input) { id status closedAt } }`;
const RESUME = `mutation Resume($input: ResumeRemindersInput!) { resumeReminders(input: $input) { id status pausedReason messages { stepIndex status scheduledAt } } }`;
const EVENTS = `query Timeline($invoiceId: ID!) { invoiceTimeline(invoiceId: $invoiceId) { runs { id status pausedReason } events { kind actor details } } }`;
const REASON = 'La prestation facturée n’a jamais été livrée.';

/**
 * Disputes over GraphQL with the worker running: the debtor's member disputes, the pending
 * reminders are withdrawn in the same transaction, nothing leaves while it is open; a moderator's
 * ruling (DisputesService, the moderation feature's entry point) closes it.
 */
describe('invoice disputes', () => {
  const stack = pipelineInWindow();
  const { clock } = stack;

  /** An invoice due 2035-03-03 under the classic scenario, and a member of its debtor company. */
  async function disputedSetUp() {
    const { creditor, invoice, email } = await creditorWithInvoice(stack.pipeline.api, { issueDate: '2035-02-01', dueDate: '2035-03-03' });
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
    const debtor = await signUpCreditor(stack.pipeline.api, { companySiren: invoice.debtor.siren });
    await verifyCompany(stack.pipeline.api, debtor);
    return { creditor, invoice, email: email!, debtor };
  }

  it('pauses the run and withdraws every pending reminder when a member of the debtor company disputes, so nothing leaves', async () => {
    const { creditor, invoice, email, debtor } = await disputedSetUp();
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-02-24T08:00:00Z');
    expect(stack.pipeline.sendgrid.to(email)).toHaveLength(1);

    const { disputeInvoice } = await debtor.client.ok<{ disputeInvoice: Record<string, unknown> }>(DISPUTE, { input: { invoiceId: invoice.id, reason: `  ${REASON} ` } });
    expect(disputeInvoice).toMatchObject({ invoiceId: invoice.id, reason: REASON, status: 'OPEN', openedVia: 'DEBTOR_MEMBER', closedAt: null });
    expect((await creditor.client.ok<{ invoice: { status: string } }>(INVOICE, { id: invoice.id })).invoice.status).toBe('DISPUTED');
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'PAUSED', paused_reason: 'DISPUTE' });
    const statuses = await messageStatuses(stack.pipeline, invoice.id);
    expect(statuses.map((m) => m.status)).toEqual(['SENT', 'CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED']);
    expect(statuses.slice(1).every((m) => m.lastError === 'PAUSED_DISPUTE')).toBe(true);

    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-20T08:00:00Z');
    expect(stack.pipeline.sendgrid.to(email)).toHaveLength(1);

    const { invoiceTimeline } = await creditor.client.ok<{ invoiceTimeline: { runs: { pausedReason: string }[]; events: { kind: string; actor: string; details: string }[] } }>(EVENTS, { invoiceId: invoice.id });
    expect(invoiceTimeline.runs[0]!.pausedReason).toBe('DISPUTE');
    expect(invoiceTimeline.events.map((e) => [e.kind, e.actor])).toEqual([['DISPUTE_OPENED', 'DEBTOR_MEMBER']]);
    expect(JSON.parse(invoiceTimeline.events[0]!.details)).toMatchObject({ disputeId: disputeInvoice.id, reason: REASON });

    const audit = (await stack.pipeline.db.query(`SELECT action, actor_user_id, reason, details FROM audit_log WHERE subject_type = 'INVOICE_DISPUTE' AND subject_id = $1`, [disputeInvoice.id])) as {
      action: string;
      actor_user_id: string;
      reason: string;
      details: { invoiceId: string; openedVia: string };
    }[];
    expect(audit).toEqual([{ action: 'INVOICE_DISPUTED', actor_user_id: debtor.userId, reason: REASON, details: expect.objectContaining({ invoiceId: invoice.id, openedVia: 'DEBTOR_MEMBER' }) }]);

    // The creditor's owner is told, in the dispute's transaction (the outbox sends it later).
    const notices = (await stack.pipeline.db.query(`SELECT kind, to_address, subject, body FROM notification_emails WHERE subject_id = $1`, [disputeInvoice.id])) as { kind: string; to_address: string; subject: string; body: string }[];
    expect(notices).toEqual([{ kind: 'INVOICE_DISPUTE_OPENED', to_address: creditor.email, subject: `Facture contestée – ${invoice.number} (${invoice.debtor.name})`, body: expect.stringContaining('conteste depuis son espace Bonpayeur') }]);
    expect(notices[0]!.body).toContain(`Son motif : « ${REASON} »`);
  });

  it('refuses the creditor, a stranger, a too-short reason, a second dispute and a paid invoice, each with its code', async () => {
    const { creditor, invoice, debtor } = await disputedSetUp();
    const stranger = await signUpCreditor(stack.pipeline.api);
    expect(await creditor.client.error(DISPUTE, { input: { invoiceId: invoice.id, reason: REASON } })).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_DEBTOR_REPRESENTATIVE' });
    expect(await stranger.client.error(DISPUTE, { input: { invoiceId: invoice.id, reason: REASON } })).toMatchObject({ code: 'NOT_FOUND', reason: 'INVOICE_NOT_FOUND' });
    expect(await debtor.client.error(DISPUTE, { input: { invoiceId: 'not-an-id', reason: REASON } })).toMatchObject({ code: 'NOT_FOUND' });
    const short = await debtor.client.error(DISPUTE, { input: { invoiceId: invoice.id, reason: 'non' } });
    expect(short).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DISPUTE_REASON_INVALID' });
    expect(short.message).toMatch(/contestation/);
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'ACTIVE' });

    await debtor.client.ok(DISPUTE, { input: { invoiceId: invoice.id, reason: REASON } });
    expect(await debtor.client.error(DISPUTE, { input: { invoiceId: invoice.id, reason: REASON } })).toMatchObject({ code: 'CONFLICT', reason: 'DISPUTE_ALREADY_OPEN' });
  });

  it('lets the creditor resume once a moderator rejects the dispute: the remaining steps are planned from today and sent', async () => {
    const { creditor, invoice, email, debtor } = await disputedSetUp();
    const { disputeInvoice } = await debtor.client.ok<{ disputeInvoice: { id: string } }>(DISPUTE, { input: { invoiceId: invoice.id, reason: REASON } });
    expect(await creditor.client.error(RESUME, { input: { invoiceId: invoice.id } })).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_NOT_OPEN' });

    clock.set(new Date('2035-03-05T10:00:00Z'));
    const moderator = await signUpPlatformUser(stack.pipeline.api, 'MODERATOR');
    const ruled = await stack.pipeline.api.app.get(DisputesService).rule({ disputeId: disputeInvoice.id, ruling: 'REJECTED', reason: 'Bon de livraison signé fourni.', moderator: { userId: moderator.userId, email: moderator.email } });
    expect(ruled).toMatchObject({ status: 'REJECTED', rulingReason: 'Bon de livraison signé fourni.' });
    await expect(stack.pipeline.api.app.get(DisputesService).rule({ disputeId: disputeInvoice.id, ruling: 'UPHELD', reason: 'x', moderator: { userId: moderator.userId, email: moderator.email } })).rejects.toMatchObject({
      code: 'DISPUTE_NOT_OPEN',
    });
    expect((await creditor.client.ok<{ invoice: { status: string } }>(INVOICE, { id: invoice.id })).invoice.status).toBe('OPEN');
    // Nothing leaves behind the creditor's back: the run waits for it.
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'PAUSED' });

    const { resumeReminders } = await creditor.client.ok<{ resumeReminders: { status: string; messages: { stepIndex: number; status: string; scheduledAt: string }[] } }>(RESUME, { input: { invoiceId: invoice.id } });
    expect(resumeReminders.status).toBe('ACTIVE');
    // J-7 and J0 (long past on 5 March) are not sent late; J+7, J+15 and the ultimatum are planned again.
    const live = resumeReminders.messages.filter((m) => m.status !== 'CANCELLED');
    expect(live.map((m) => [m.stepIndex, m.status, m.scheduledAt])).toEqual([
      [3, 'SCHEDULED', '2035-03-10T08:00:00.000Z'],
      // 18 March 2035 is a Sunday: the SMS waits for Monday 08:00 in Paris.
      [4, 'SCHEDULED', '2035-03-19T07:00:00.000Z'],
      [5, 'AWAITING_APPROVAL', '2035-04-02T07:00:00.000Z'],
    ]);
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-10T08:00:00Z');
    expect(stack.pipeline.sendgrid.to(email)).toHaveLength(1);
    expect(stack.pipeline.sendgrid.to(email)[0]!.text).toContain(invoice.number);

    const { invoiceTimeline } = await creditor.client.ok<{ invoiceTimeline: { events: { kind: string; actor: string }[] } }>(EVENTS, { invoiceId: invoice.id });
    expect(invoiceTimeline.events.map((e) => `${e.kind}:${e.actor}`)).toEqual(['DISPUTE_OPENED:DEBTOR_MEMBER', 'DISPUTE_REJECTED:MODERATOR', 'REMINDERS_RESUMED:CREDITOR']);
  });

  it('ends the run for good and refunds the token when a moderator upholds the dispute before anything left', async () => {
    const { creditor, invoice, debtor } = await disputedSetUp();
    const { disputeInvoice } = await debtor.client.ok<{ disputeInvoice: { id: string } }>(DISPUTE, { input: { invoiceId: invoice.id, reason: REASON } });
    const moderator = await signUpPlatformUser(stack.pipeline.api, 'MODERATOR');
    await stack.pipeline.api.app.get(DisputesService).rule({ disputeId: disputeInvoice.id, ruling: 'UPHELD', reason: 'Facture en double.', moderator: { userId: moderator.userId, email: moderator.email } });
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'STOPPED', end_reason: 'DISPUTE_UPHELD', token_refunded: true, paused_reason: null });
    expect((await creditor.client.ok<{ invoice: { status: string } }>(INVOICE, { id: invoice.id })).invoice.status).toBe('DISPUTED');
    expect(await creditor.client.error(RESUME, { input: { invoiceId: invoice.id } })).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_NOT_OPEN' });
    const audit = (await stack.pipeline.db.query(`SELECT action, actor_user_id FROM audit_log WHERE subject_id = $1 ORDER BY id`, [disputeInvoice.id])) as { action: string; actor_user_id: string }[];
    expect(audit.map((a) => a.action)).toEqual(['INVOICE_DISPUTED', 'INVOICE_DISPUTE_UPHELD']);
    expect(audit[1]!.actor_user_id).toBe(moderator.userId);
  });

  it('lets the debtor withdraw its dispute, and nobody else', async () => {
    const { creditor, invoice, debtor } = await disputedSetUp();
    const { disputeInvoice } = await debtor.client.ok<{ disputeInvoice: { id: string } }>(DISPUTE, { input: { invoiceId: invoice.id, reason: REASON } });
    expect(await creditor.client.error(WITHDRAW, { input: { disputeId: disputeInvoice.id } })).toMatchObject({ code: 'NOT_FOUND', reason: 'DISPUTE_NOT_FOUND' });
    const { withdrawDispute } = await debtor.client.ok<{ withdrawDispute: { status: string } }>(WITHDRAW, { input: { disputeId: disputeInvoice.id } });
    expect(withdrawDispute.status).toBe('WITHDRAWN');
    expect((await creditor.client.ok<{ invoice: { status: string } }>(INVOICE, { id: invoice.id })).invoice.status).toBe('OPEN');
    expect(await debtor.client.error(WITHDRAW, { input: { disputeId: disputeInvoice.id } })).toMatchObject({ code: 'CONFLICT', reason: 'DISPUTE_NOT_OPEN' });
    const { resumeReminders } = await creditor.client.ok<{ resumeReminders: { status: string } }>(RESUME, { input: { invoiceId: invoice.id } });
    expect(resumeReminders.status).toBe('ACTIVE');
  });
});
