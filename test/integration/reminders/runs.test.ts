import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { CANCEL_INVOICE, createInvoice } from '../../support/factories/invoices.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { uniqueEmail } from '../../support/unique.js';
import { APPLY_SCENARIO, creditorWithInvoice, STOP_RUN } from './support.js';

/**
 * Scenarios and runs through GraphQL, no worker. Invoices here fall due in 2027 so the pipeline
 * tests' dispatches (clock in 2026) never reach their messages.
 */
const DUE = '2027-03-03';
const SCENARIOS = `query { scenarios { id name builtIn variables steps { offsetDays channel tone subject body deadlineDays } } }`;
const SAVE = `mutation Save($input: SaveScenarioInput!) { saveScenario(input: $input) { id name builtIn steps { offsetDays channel tone deadlineDays } } }`;
const PREVIEW = `query Preview($invoiceId: ID!, $scenarioId: ID!) { previewScenario(invoiceId: $invoiceId, scenarioId: $scenarioId) {
  tokenCost messages { stepIndex channel tone toAddress scheduledAt status skipReason subject body } } }`;

describe('scenarios and runs', () => {
  const clock = new FixedClock(new Date('2027-02-20T10:00:00Z'));
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi({ clock, env: { SESSION_TTL_DAYS: '365' } });
  });
  afterAll(() => api.close());

  // Every signed-up creditor has a wallet: a missing one must fail the test, not compare as undefined.
  const balance = async (siren: string): Promise<number> => {
    const [row] = (await api.app.get(DataSource).query(`SELECT balance FROM token_wallets WHERE company_siren = $1`, [siren])) as { balance: number }[];
    if (!row) throw new Error(`no token wallet for ${siren}`);
    return row.balance;
  };

  it('lists the three built-in scenarios in French, with the variable catalogue', async () => {
    const { client } = await signUpCreditor(api);
    const { scenarios } = await client.ok<{ scenarios: { id: string; builtIn: boolean; variables: string[]; steps: { tone: string }[] }[] }>(SCENARIOS);
    expect(scenarios.filter((s) => s.builtIn).map((s) => s.id)).toEqual(['builtin-classic', 'builtin-gentle', 'builtin-firm']);
    expect(scenarios[0]!.variables).toContain('latePenalties');
    expect(scenarios[0]!.steps.map((s) => s.tone)).toEqual(['GOOD', 'GOOD', 'GOOD', 'BAD', 'BAD', 'ULTIMATUM', 'THANKS']);
  });

  it('saves a valid scenario, private to its creditor, and refuses an unknown variable naming it', async () => {
    const { client } = await signUpCreditor(api);
    const steps = [{ offsetDays: 2, channel: 'EMAIL', tone: 'BAD', subject: 'Facture {{invoiceNumber}}', body: 'Bonjour {{clientName}}, {{amount}}.' }];
    const { saveScenario } = await client.ok<{ saveScenario: { id: string; builtIn: boolean } }>(SAVE, { input: { name: 'Mon scénario', steps } });
    expect(saveScenario.builtIn).toBe(false);
    const other = await signUpCreditor(api);
    const { scenarios } = await other.client.ok<{ scenarios: { id: string }[] }>(SCENARIOS);
    expect(scenarios.map((s) => s.id)).not.toContain(saveScenario.id);

    const error = await client.error(SAVE, { input: { name: 'Faux', steps: [{ ...steps[0], body: 'Bonjour {{prenom}}' }] } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SCENARIO_INVALID', extensions: expect.objectContaining({ field: 'steps[0].body' }) });
    expect(error.message).toContain('{{prenom}}');
    expect(await client.error(SAVE, { input: { id: 'builtin-classic', name: 'X', steps } })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('previews every message rendered with its date and the token cost, spending nothing', async () => {
    const { creditor, invoice, email } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    const before = await balance(creditor.siren);
    const { previewScenario } = await creditor.client.ok<{ previewScenario: { tokenCost: number; messages: { channel: string; scheduledAt: string; subject: string; body: string; toAddress: string }[] } }>(PREVIEW, {
      invoiceId: invoice.id,
      scenarioId: 'builtin-classic',
    });
    expect(previewScenario.tokenCost).toBe(1);
    expect(previewScenario.messages).toHaveLength(6);
    expect(previewScenario.messages[0]).toMatchObject({ channel: 'EMAIL', scheduledAt: '2027-02-24T08:00:00.000Z', toAddress: email });
    expect(previewScenario.messages[5]!.body).toContain('avant le');
    expect(previewScenario.messages[5]!.body).not.toContain('{{');
    expect(await balance(creditor.siren)).toBe(before);
  });

  it('applies a scenario for 1 token, refuses a second run with CONFLICT, and refunds on stop when nothing left', async () => {
    const { creditor, invoice } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    const before = await balance(creditor.siren);
    const { applyScenario } = await creditor.client.ok<{ applyScenario: { id: string; status: string; messages: unknown[] } }>(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
    expect(applyScenario).toMatchObject({ status: 'ACTIVE' });
    expect(applyScenario.messages).toHaveLength(6);
    expect(await balance(creditor.siren)).toBe(before - 1);
    expect(await creditor.client.error(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-gentle' } })).toMatchObject({ code: 'CONFLICT', reason: 'RUN_ALREADY_ACTIVE' });

    const { stopRun } = await creditor.client.ok<{ stopRun: { status: string; tokenRefunded: boolean; messages: { status: string }[] } }>(STOP_RUN, { input: { runId: applyScenario.id } });
    expect(stopRun).toMatchObject({ status: 'STOPPED', tokenRefunded: true });
    expect(stopRun.messages.every((m) => m.status === 'CANCELLED')).toBe(true);
    expect(await balance(creditor.siren)).toBe(before);
    expect(await creditor.client.error(STOP_RUN, { input: { runId: applyScenario.id } })).toMatchObject({ code: 'CONFLICT', reason: 'RUN_NOT_ACTIVE' });
  });

  it('refunds the token when the invoice is cancelled before any message left', async () => {
    const { creditor, invoice } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE });
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
    await creditor.client.ok(CANCEL_INVOICE, { input: { id: invoice.id } });
    const [run] = (await api.app.get(DataSource).query(`SELECT status, end_reason, token_refunded FROM reminder_runs WHERE invoice_id = $1`, [invoice.id])) as unknown[];
    expect(run).toEqual({ status: 'STOPPED', end_reason: 'INVOICE_CANCELLED', token_refunded: true });
  });

  it('names the missing contact detail, refuses another creditor’s invoice as not found', async () => {
    const { creditor, invoice } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: DUE, phone: null });
    expect(await creditor.client.error(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTACT_PHONE_MISSING' });
    // The gentle scenario sends emails only: fine without a phone.
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-gentle' } });
    const other = await signUpCreditor(api);
    expect(await other.client.error(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-gentle' } })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers INSUFFICIENT_TOKENS once the wallet is empty, writing no run', async () => {
    const { client, siren } = await signUpCreditor(api);
    const free = await balance(siren);
    const invoices = [];
    for (let i = 0; i <= free; i += 1) {
      invoices.push(await createInvoice(client, { issueDate: '2027-02-01', dueDate: DUE, contact: { email: uniqueEmail('debtor'), phone: '0611223344' } }));
    }
    for (const invoice of invoices.slice(0, free)) await client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-gentle' } });
    const last = invoices.at(-1)!;
    expect(await client.error(APPLY_SCENARIO, { input: { invoiceId: last.id, scenarioId: 'builtin-gentle' } })).toMatchObject({ code: 'INSUFFICIENT_TOKENS' });
    const runs = (await api.app.get(DataSource).query(`SELECT 1 FROM reminder_runs WHERE invoice_id = $1`, [last.id])) as unknown[];
    expect(runs).toHaveLength(0);
  });
});
