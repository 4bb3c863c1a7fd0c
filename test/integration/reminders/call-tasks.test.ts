import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import type { GraphQLClient } from '../../support/graphql-client.js';
import { APPLY_SCENARIO, creditorWithInvoice, STOP_RUN } from './support.js';

/** Call tasks over GraphQL, no worker. Due in 2027. */
const DUE = '2027-03-03';
const SAVE = `mutation Save($input: SaveScenarioInput!) { saveScenario(input: $input) { id } }`;
const MY_TASKS = `query { myTasks { id invoiceId invoiceNumber debtorName contactPhone tone note dueAt status } }`;
const COMPLETE = `mutation Complete($input: CompleteTaskInput!) { completeTask(input: $input) { id status outcomeNote closedAt } }`;

interface Task {
  id: string;
  invoiceId: string;
  note: string;
  dueAt: string;
  status: string;
  contactPhone: string | null;
}

describe('call tasks', () => {
  const clock = new FixedClock(new Date('2027-02-20T10:00:00Z'));
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi({ clock, env: { SESSION_TTL_DAYS: '365' } });
  });
  afterAll(() => api.close());

  const scenarioWithCall = async (client: GraphQLClient) =>
    (
      await client.ok<{ saveScenario: { id: string } }>(SAVE, {
        input: {
          name: 'Avec appel',
          steps: [
            { offsetDays: 3, channel: 'EMAIL', tone: 'BAD', subject: 'Facture {{invoiceNumber}}', body: 'Bonjour {{clientName}}.' },
            { offsetDays: 10, channel: 'CALL', tone: 'BAD', body: 'Appeler la comptabilité et demander une date de paiement.' },
          ],
        },
      })
    ).saveScenario.id;
  const tasksOf = async (client: GraphQLClient) => (await client.ok<{ myTasks: Task[] }>(MY_TASKS)).myTasks;
  const balance = async (siren: string) => ((await api.app.get(DataSource).query(`SELECT balance FROM token_wallets WHERE company_siren = $1`, [siren])) as { balance: number }[])[0]!.balance;

  it('turns a CALL step into a task in the applier’s to-do list at the step time, with no message and still one token', async () => {
    const { creditor, invoice, phone } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    const before = await balance(creditor.siren);
    const { applyScenario } = await creditor.client.ok<{ applyScenario: { messages: { channel: string }[] } }>(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: await scenarioWithCall(creditor.client) } });
    expect(applyScenario.messages.map((m) => m.channel)).toEqual(['EMAIL']);
    expect(await balance(creditor.siren)).toBe(before - 1);

    const tasks = await tasksOf(creditor.client);
    expect(tasks).toEqual([expect.objectContaining({ invoiceId: invoice.id, status: 'OPEN', dueAt: '2027-03-13T08:00:00.000Z', contactPhone: phone, note: expect.stringContaining('Appeler') })]);
    const colleague = await signUpCreditor(api);
    expect(await tasksOf(colleague.client)).toEqual([]);
  });

  it('closes a task as DONE with a note, once', async () => {
    const { creditor, invoice } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: await scenarioWithCall(creditor.client) } });
    const [task] = await tasksOf(creditor.client);
    const { completeTask } = await creditor.client.ok<{ completeTask: { status: string; outcomeNote: string } }>(COMPLETE, { input: { taskId: task!.id, outcome: 'DONE', note: 'Paiement promis pour le 15.' } });
    expect(completeTask).toMatchObject({ status: 'DONE', outcomeNote: 'Paiement promis pour le 15.' });
    expect(await tasksOf(creditor.client)).toEqual([]);
    expect(await creditor.client.error(COMPLETE, { input: { taskId: task!.id, outcome: 'SKIPPED' } })).toMatchObject({ code: 'CONFLICT', reason: 'TASK_NOT_OPEN' });
    const other = await signUpCreditor(api);
    expect(await other.client.error(COMPLETE, { input: { taskId: task!.id, outcome: 'SKIPPED' } })).toMatchObject({ code: 'NOT_FOUND', reason: 'TASK_NOT_FOUND' });
  });

  it('cancels open tasks when the run is stopped or the invoice paid', async () => {
    const stopped = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    const { applyScenario } = await stopped.creditor.client.ok<{ applyScenario: { id: string } }>(APPLY_SCENARIO, { input: { invoiceId: stopped.invoice.id, scenarioId: await scenarioWithCall(stopped.creditor.client) } });
    await stopped.creditor.client.ok(STOP_RUN, { input: { runId: applyScenario.id } });
    expect(await tasksOf(stopped.creditor.client)).toEqual([]);

    const paid = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    await paid.creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: paid.invoice.id, scenarioId: await scenarioWithCall(paid.creditor.client) } });
    await paid.creditor.client.ok(MARK_INVOICE_PAID, { input: { id: paid.invoice.id, paidAt: '2027-02-20' } });
    const rows = (await api.app.get(DataSource).query(`SELECT status, cancel_reason FROM reminder_tasks WHERE invoice_id = $1`, [paid.invoice.id])) as unknown[];
    expect(rows).toEqual([{ status: 'CANCELLED', cancel_reason: 'INVOICE_PAID' }]);
  });
});
