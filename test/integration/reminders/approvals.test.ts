import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import type { GraphQLClient } from '../../support/graphql-client.js';
import { MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { inviteMember } from '../tokens/support.js';
import { APPLY_SCENARIO, APPROVE_MESSAGE, creditorWithInvoice, PENDING_APPROVALS, REJECT_MESSAGE } from './support.js';

/** Approval over GraphQL, no worker: what the dispatcher would see is read from the outbox rows. Due in 2027. */
const DUE = '2027-03-03';
const SAVE = `mutation Save($input: SaveScenarioInput!) { saveScenario(input: $input) { id steps { tone requiresApproval } } }`;

interface AppliedMessage {
  id: string;
  status: string;
  tone: string;
  scheduledAt: string;
}

describe('human approval of reminder messages', () => {
  const clock = new FixedClock(new Date('2027-02-20T10:00:00Z'));
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi({ clock, env: { SESSION_TTL_DAYS: '365' } });
  });
  afterAll(() => api.close());

  const apply = async (client: GraphQLClient, invoiceId: string, scenarioId: string) =>
    (await client.ok<{ applyScenario: { id: string; messages: AppliedMessage[] } }>(APPLY_SCENARIO, { input: { invoiceId, scenarioId } })).applyScenario;
  const statusOf = async (messageId: string) =>
    ((await api.app.get(DataSource).query(`SELECT status FROM reminder_messages WHERE id = $1`, [messageId])) as { status: string }[])[0]!.status;

  it('holds the classic ultimatum in AWAITING_APPROVAL and lists it, rendered, among the pending approvals', async () => {
    const { creditor, invoice } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    const run = await apply(creditor.client, invoice.id, 'builtin-classic');
    expect(run.messages.map((m) => `${m.tone}:${m.status}`)).toEqual(['GOOD:SCHEDULED', 'GOOD:SCHEDULED', 'GOOD:SCHEDULED', 'BAD:SCHEDULED', 'BAD:SCHEDULED', 'ULTIMATUM:AWAITING_APPROVAL']);

    const { pendingApprovals } = await creditor.client.ok<{ pendingApprovals: { invoiceId: string; renderedSubject: string; renderedBody: string; message: { id: string } }[] }>(PENDING_APPROVALS);
    expect(pendingApprovals).toHaveLength(1);
    expect(pendingApprovals[0]).toMatchObject({ invoiceId: invoice.id, renderedSubject: `Mise en demeure – facture ${invoice.number}`, message: { id: run.messages[5]!.id } });
    expect(pendingApprovals[0]!.renderedBody).not.toContain('{{');
  });

  it('lets a member who may settle invoices approve it: it becomes SCHEDULED at its planned time', async () => {
    const { creditor, invoice } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    const ultimatum = (await apply(creditor.client, invoice.id, 'builtin-classic')).messages[5]!;
    const sales = await inviteMember(api, creditor.client, 'SALES');
    expect(await sales.error(APPROVE_MESSAGE, { input: { messageId: ultimatum.id } })).toMatchObject({ code: 'FORBIDDEN' });

    const accounting = await inviteMember(api, creditor.client, 'ACCOUNTING');
    const { approveMessage } = await accounting.ok<{ approveMessage: { status: string; scheduledAt: string } }>(APPROVE_MESSAGE, { input: { messageId: ultimatum.id } });
    expect(approveMessage).toEqual({ id: ultimatum.id, status: 'SCHEDULED', scheduledAt: ultimatum.scheduledAt });
    expect(await creditor.client.error(APPROVE_MESSAGE, { input: { messageId: ultimatum.id } })).toMatchObject({ code: 'CONFLICT', reason: 'MESSAGE_NOT_AWAITING_APPROVAL' });
    expect((await creditor.client.ok<{ pendingApprovals: unknown[] }>(PENDING_APPROVALS)).pendingApprovals).toHaveLength(0);
  });

  it('cancels a rejected message for good, and hides it from another creditor', async () => {
    const { creditor, invoice } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    const ultimatum = (await apply(creditor.client, invoice.id, 'builtin-classic')).messages[5]!;
    const other = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    expect(await other.creditor.client.error(REJECT_MESSAGE, { input: { messageId: ultimatum.id } })).toMatchObject({ code: 'NOT_FOUND', reason: 'MESSAGE_NOT_FOUND' });
    expect((await other.creditor.client.ok<{ pendingApprovals: unknown[] }>(PENDING_APPROVALS)).pendingApprovals).toHaveLength(0);

    const { rejectMessage } = await creditor.client.ok<{ rejectMessage: unknown }>(REJECT_MESSAGE, { input: { messageId: ultimatum.id } });
    expect(rejectMessage).toEqual({ id: ultimatum.id, status: 'CANCELLED', lastError: 'REJECTED' });
  });

  it('withdraws a waiting message when the invoice is paid, even after the rest of the run completed', async () => {
    const { creditor, invoice } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    const run = await apply(creditor.client, invoice.id, 'builtin-classic');
    // As the sender leaves it once every other message has gone out.
    await api.app.get(DataSource).query(`UPDATE reminder_runs SET status = 'COMPLETED', end_reason = 'ALL_SENT' WHERE id = $1`, [run.id]);
    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2027-02-20' } });
    expect(await statusOf(run.messages[5]!.id)).toBe('CANCELLED');
    expect(await creditor.client.error(APPROVE_MESSAGE, { input: { messageId: run.messages[5]!.id } })).toMatchObject({ code: 'CONFLICT' });
  });

  it('reopens a run the sender completed while its ultimatum waited, when the ultimatum is approved', async () => {
    const { creditor, invoice } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    const run = await apply(creditor.client, invoice.id, 'builtin-classic');
    await api.app.get(DataSource).query(`UPDATE reminder_runs SET status = 'COMPLETED', end_reason = 'ALL_SENT' WHERE id = $1`, [run.id]);
    await creditor.client.ok(APPROVE_MESSAGE, { input: { messageId: run.messages[5]!.id } });
    const [row] = (await api.app.get(DataSource).query(`SELECT status, end_reason FROM reminder_runs WHERE id = $1`, [run.id])) as unknown[];
    expect(row).toEqual({ status: 'ACTIVE', end_reason: null });
  });

  it('follows the per-step flag: a BAD email may require approval, an ultimatum may opt out', async () => {
    const { creditor, invoice } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    const { saveScenario } = await creditor.client.ok<{ saveScenario: { id: string; steps: { tone: string; requiresApproval: boolean }[] } }>(SAVE, {
      input: {
        name: 'Validation au cas par cas',
        steps: [
          { offsetDays: 5, channel: 'EMAIL', tone: 'BAD', subject: 'Facture {{invoiceNumber}}', body: 'Bonjour.', requiresApproval: true },
          { offsetDays: 20, channel: 'EMAIL', tone: 'ULTIMATUM', subject: 'Mise en demeure', body: 'Avant le {{deadlineDate}}.', deadlineDays: 8, requiresApproval: false },
        ],
      },
    });
    expect(saveScenario.steps.map((s) => s.requiresApproval)).toEqual([true, false]);
    const run = await apply(creditor.client, invoice.id, saveScenario.id);
    expect(run.messages.map((m) => m.status)).toEqual(['AWAITING_APPROVAL', 'SCHEDULED']);
  });
});
