import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { createInvoice } from '../../support/factories/invoices.js';
import { uniqueEmail, uniqueSiren } from '../../support/unique.js';
import { APPLY_SCENARIO } from './support.js';

/** Send hour and minimum contact delay over GraphQL, no worker. Due in 2027 (Paris is UTC+1 in early March). */
const SAVE = `mutation Save($input: SaveScenarioInput!) { saveScenario(input: $input) { id } }`;
const SETTINGS = `query { reminderSettings { sendHour minContactDelayDays } }`;
const UPDATE = `mutation Update($input: UpdateReminderSettingsInput!) { updateReminderSettings(input: $input) { sendHour minContactDelayDays } }`;
const PREVIEW = `query Preview($invoiceId: ID!, $scenarioId: ID!) { previewScenario(invoiceId: $invoiceId, scenarioId: $scenarioId) { messages { scheduledAt } } }`;

describe('send hour and minimum contact delay', () => {
  const clock = new FixedClock(new Date('2027-02-20T10:00:00Z'));
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi({ clock, env: { SESSION_TTL_DAYS: '365' } });
  });
  afterAll(() => api.close());

  /** One email on the due date. */
  const oneEmailScenario = async (creditor: SignedUpCreditor) =>
    (
      await creditor.client.ok<{ saveScenario: { id: string } }>(SAVE, {
        input: { name: 'Un e-mail', steps: [{ offsetDays: 0, channel: 'EMAIL', tone: 'GOOD', subject: 'Facture {{invoiceNumber}}', body: 'Bonjour.' }] },
      })
    ).saveScenario.id;
  const invoiceTo = (creditor: SignedUpCreditor, debtorSiren: string, dueDate: string, email = uniqueEmail('debtor')) =>
    createInvoice(creditor.client, { debtorSiren, issueDate: '2027-02-01', dueDate, contact: { email } });
  const applyAt = async (creditor: SignedUpCreditor, invoiceId: string, scenarioId: string) =>
    (await creditor.client.ok<{ applyScenario: { messages: { scheduledAt: string }[] } }>(APPLY_SCENARIO, { input: { invoiceId, scenarioId } })).applyScenario.messages.map((m) => m.scheduledAt);

  it('starts at 09:00 and 3 days, and schedules at the send hour the creditor sets', async () => {
    const creditor = await signUpCreditor(api);
    expect((await creditor.client.ok<{ reminderSettings: unknown }>(SETTINGS)).reminderSettings).toEqual({ sendHour: 9, minContactDelayDays: 3 });
    await creditor.client.ok(UPDATE, { input: { sendHour: 11 } });
    expect((await creditor.client.ok<{ reminderSettings: unknown }>(SETTINGS)).reminderSettings).toEqual({ sendHour: 11, minContactDelayDays: 3 });

    const invoice = await invoiceTo(creditor, uniqueSiren(), '2027-03-03');
    const scenarioId = await oneEmailScenario(creditor);
    const { previewScenario } = await creditor.client.ok<{ previewScenario: { messages: { scheduledAt: string }[] } }>(PREVIEW, { invoiceId: invoice.id, scenarioId });
    expect(previewScenario.messages[0]!.scheduledAt).toBe('2027-03-03T10:00:00.000Z');
    expect(await applyAt(creditor, invoice.id, scenarioId)).toEqual(['2027-03-03T10:00:00.000Z']);
    expect(await creditor.client.error(UPDATE, { input: { sendHour: 22 } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SETTINGS_INVALID' });
  });

  it('pushes a second invoice’s message back so one debtor is never contacted twice within 3 days by the same creditor', async () => {
    const creditor = await signUpCreditor(api);
    const debtor = uniqueSiren();
    const scenarioId = await oneEmailScenario(creditor);
    expect(await applyAt(creditor, (await invoiceTo(creditor, debtor, '2027-03-03')).id, scenarioId)).toEqual(['2027-03-03T08:00:00.000Z']);
    expect(await applyAt(creditor, (await invoiceTo(creditor, debtor, '2027-03-04')).id, scenarioId)).toEqual(['2027-03-06T08:00:00.000Z']);
    // Another debtor of the same creditor, and another creditor of the same debtor, are not held back.
    expect(await applyAt(creditor, (await invoiceTo(creditor, uniqueSiren(), '2027-03-04')).id, scenarioId)).toEqual(['2027-03-04T08:00:00.000Z']);
    const other = await signUpCreditor(api);
    expect(await applyAt(other, (await invoiceTo(other, debtor, '2027-03-04')).id, await oneEmailScenario(other))).toEqual(['2027-03-04T08:00:00.000Z']);
  });

  it('keeps a second invoice’s message on the day of the first when it goes to the same address on the same channel: they leave as one message', async () => {
    const creditor = await signUpCreditor(api);
    const debtor = uniqueSiren();
    const email = uniqueEmail('debtor');
    const scenarioId = await oneEmailScenario(creditor);
    expect(await applyAt(creditor, (await invoiceTo(creditor, debtor, '2027-03-03', email)).id, scenarioId)).toEqual(['2027-03-03T08:00:00.000Z']);
    expect(await applyAt(creditor, (await invoiceTo(creditor, debtor, '2027-03-03', email)).id, scenarioId)).toEqual(['2027-03-03T08:00:00.000Z']);
    // The next day to the same address is a second contact: pushed to 3 days after the first.
    expect(await applyAt(creditor, (await invoiceTo(creditor, debtor, '2027-03-04', email)).id, scenarioId)).toEqual(['2027-03-06T08:00:00.000Z']);
  });

  it('spaces nothing when the creditor sets the delay to 0', async () => {
    const creditor = await signUpCreditor(api);
    await creditor.client.ok(UPDATE, { input: { minContactDelayDays: 0 } });
    const debtor = uniqueSiren();
    const scenarioId = await oneEmailScenario(creditor);
    await applyAt(creditor, (await invoiceTo(creditor, debtor, '2027-03-03')).id, scenarioId);
    expect(await applyAt(creditor, (await invoiceTo(creditor, debtor, '2027-03-04')).id, scenarioId)).toEqual(['2027-03-04T08:00:00.000Z']);
  });
});
