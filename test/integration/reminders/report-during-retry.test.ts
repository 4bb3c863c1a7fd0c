import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { createInvoice } from '../../support/factories/invoices.js';
import { uniqueEmail } from '../../support/unique.js';
import { APPLY_SCENARIO, closePipeline, Pipeline, postSendgridEvents, postTwilioStatus, PUBLIC_API_URL, startPipeline, TWILIO_SID } from './support.js';

const SAVE = `mutation Save($input: SaveScenarioInput!) { saveScenario(input: $input) { id } }`;

/**
 * A provider's delivery report reaching a message put back in the queue for a retry (the provider
 * took it, but our call timed out or got a 5xx): the report proves the provider has it, so the
 * message takes the reported status and the retry sends nothing (issue 8 follow-up: it used to be
 * ignored and the message sent twice). The sender is called as its bull job would call it, on the
 * one message the test queued: no dispatcher, nothing of another file's touched.
 */
describe('a delivery report while the message waits for a retry', () => {
  const clock = new FixedClock(new Date('2036-03-03T08:00:00Z'));
  let pipeline: Pipeline;

  beforeAll(async () => {
    pipeline = await startPipeline(clock);
  });
  afterAll(() => closePipeline(pipeline));

  /** A one-step scenario applied to a fresh invoice due today, its message QUEUED as the dispatcher leaves it. */
  async function queuedMessage(channel: 'EMAIL' | 'SMS', contact: { email?: string; phone?: string }) {
    const creditor = await signUpCreditor(pipeline.api);
    const invoice = await createInvoice(creditor.client, { issueDate: '2036-02-01', dueDate: '2036-03-03', amountCents: 50_000, contact: { name: 'Compta', ...contact } });
    const { saveScenario } = await creditor.client.ok<{ saveScenario: { id: string } }>(SAVE, {
      input: { name: 'Un seul rappel', steps: [{ offsetDays: 0, channel, tone: 'GOOD', subject: 'Facture {{invoiceNumber}}', body: 'Bonjour, la facture {{invoiceNumber}} est due.' }] },
    });
    const { applyScenario } = await creditor.client.ok<{ applyScenario: { id: string; messages: { id: string }[] } }>(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: saveScenario.id } });
    const [message] = applyScenario.messages;
    await pipeline.db.query(`UPDATE reminder_messages SET status = 'QUEUED', queued_at = $2 WHERE id = $1 AND status = 'SCHEDULED'`, [message!.id, clock.now()]);
    return { messageId: message!.id, runId: applyScenario.id };
  }
  const messageRow = async (id: string) =>
    ((await pipeline.db.query(`SELECT status, attempts, provider, delivered_at, last_error FROM reminder_messages WHERE id = $1`, [id])) as Record<string, unknown>[])[0];
  const runRow = async (id: string) => ((await pipeline.db.query(`SELECT status, end_reason FROM reminder_runs WHERE id = $1`, [id])) as Record<string, unknown>[])[0];

  it('records DELIVERED from SendGrid’s report on an e-mail queued again after a 503, and the retry sends nothing', async () => {
    const email = uniqueEmail('retry-delivered');
    const { messageId, runId } = await queuedMessage('EMAIL', { email });
    pipeline.sendgrid.failNext(503);
    await expect(pipeline.sender.send(messageId)).rejects.toThrow();
    expect(await messageRow(messageId)).toMatchObject({ status: 'QUEUED', attempts: 1, provider: 'sendgrid', last_error: expect.stringMatching(/503/) });

    clock.set(new Date('2036-03-03T08:00:05Z'));
    const event = { event: 'delivered', sg_event_id: `evt-${messageId}`, sg_message_id: 'sg-accepted.filter0001', message_id: messageId, email };
    const response = await postSendgridEvents(pipeline, [event]);
    expect(await response.json()).toEqual({ ok: true, applied: 1 });
    // Delivered: the 503 that queued it again is no longer its story.
    expect(await messageRow(messageId)).toMatchObject({ status: 'DELIVERED', attempts: 1, delivered_at: new Date('2036-03-03T08:00:05Z'), last_error: null });
    // Its last message settled by the report, the run is over: the retry will not find it so.
    expect(await runRow(runId)).toEqual({ status: 'COMPLETED', end_reason: 'ALL_SENT' });

    clock.set(new Date('2036-03-03T08:00:30Z'));
    expect(await pipeline.sender.send(messageId)).toBe('NOTHING_TO_DO');
    expect(pipeline.sendgrid.to(email)).toEqual([]);
    expect(await messageRow(messageId)).toMatchObject({ status: 'DELIVERED', attempts: 1 });
  });

  it('records FAILED from Twilio’s report on an SMS queued again after a 500, and the retry does not try that number again', async () => {
    const phone = `07${String(process.pid % 100_000).padStart(5, '0')}123`;
    const { messageId, runId } = await queuedMessage('SMS', { phone });
    pipeline.twilio.failNext(500);
    await expect(pipeline.sender.send(messageId)).rejects.toThrow();
    expect(await messageRow(messageId)).toMatchObject({ status: 'QUEUED', attempts: 1, provider: 'twilio' });

    const params = { AccountSid: TWILIO_SID, MessageSid: 'SM0123456789abcdef0123456789abcdef', MessageStatus: 'undelivered', ErrorCode: '30003' };
    const response = await postTwilioStatus(pipeline, `${PUBLIC_API_URL}/webhooks/twilio?messageId=${messageId}`, params);
    expect(await response.json()).toEqual({ ok: true, applied: 1 });
    expect(await messageRow(messageId)).toMatchObject({ status: 'FAILED', last_error: 'Twilio 30003' });
    expect(await runRow(runId)).toEqual({ status: 'COMPLETED', end_reason: 'ALL_SENT' });

    expect(await pipeline.sender.send(messageId)).toBe('NOTHING_TO_DO');
    expect(pipeline.twilio.accepted.filter((sms) => sms.body.includes('est due'))).toEqual([]);
  });

  it('still ignores a report naming a message never handed to a provider', async () => {
    const { messageId } = await queuedMessage('EMAIL', { email: uniqueEmail('never-sent') });
    const event = { event: 'delivered', sg_event_id: `evt-${messageId}`, sg_message_id: 'sg-forged.filter0001', message_id: messageId };
    expect(await (await postSendgridEvents(pipeline, [event])).json()).toEqual({ ok: true, applied: 0 });
    expect(await messageRow(messageId)).toMatchObject({ status: 'QUEUED', attempts: 0, provider: null });
  });
});
