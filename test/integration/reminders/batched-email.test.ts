import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { uniqueEmail } from '../../support/unique.js';
import { advanceTo, APPLY_SCENARIO, closePipeline, creditorWithInvoice, Pipeline, postSendgridEvents, resetPipeline, startPipeline, timeline } from './support.js';

/**
 * E-mails of one send job leave in SendGrid requests of up to 100, one personalization each (its recipient,
 * subject, text as a substitution, our message id in custom_args); the stub checks the request as
 * SendGrid would (≤ 1,000 personalizations, an address once) and records one mail per personalization.
 */
describe('batched e-mail sending', () => {
  const clock = new FixedClock(new Date('2026-02-20T10:00:00Z'));
  let pipeline: Pipeline;

  beforeAll(async () => {
    pipeline = await startPipeline(clock);
  });
  afterEach(() => resetPipeline(pipeline, new Date('2026-02-20T10:00:00Z')));
  afterAll(() => closePipeline(pipeline));

  /** Three debtors whose first gentle e-mail is due 2026-02-22 08:00, with their message ids. */
  async function threeDebtors(emails: (string | undefined)[] = [undefined, undefined, undefined]) {
    const debtors = await Promise.all(emails.map((email) => creditorWithInvoice(pipeline.api, { dueDate: '2026-02-27', ...(email ? { email } : {}) })));
    for (const { creditor, invoice } of debtors) await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-gentle' } });
    const firstMessage = async (debtor: (typeof debtors)[number]) => (await timeline(debtor.creditor, debtor.invoice.id))[0]!.messages[0]!;
    return { debtors, firstMessage, ids: await Promise.all(debtors.map(async (debtor) => (await firstMessage(debtor)).id)) };
  }
  const mailsFor = (ids: readonly string[]) => pipeline.sendgrid.accepted.filter((mail) => ids.includes(mail.reference));

  it('sends the due e-mails of one job in one request, each recipient with its own subject, text and message id', async () => {
    const { debtors, ids, firstMessage } = await threeDebtors();
    await advanceTo(pipeline, '2026-02-22T08:00:00Z');
    const mails = mailsFor(ids);
    expect(mails).toHaveLength(3);
    expect(new Set(mails.map((mail) => mail.request)).size).toBe(1);
    expect(new Set(mails.map((mail) => mail.providerMessageId)).size).toBe(1);
    for (const [i, debtor] of debtors.entries()) {
      const mail = mails.find((entry) => entry.reference === ids[i])!;
      expect(mail.to).toBe(debtor.email);
      expect(mail.subject).toContain(debtor.invoice.number);
      for (const other of debtors) if (other !== debtor) expect(mail.subject + mail.text).not.toContain(other.invoice.number);
      expect(mail.text).toContain('1 234,56 €');
      expect(mail.text).not.toContain('-bonpayeurText-');
      expect(await firstMessage(debtor)).toMatchObject({ status: 'SENT', attempts: 1, subject: mail.subject, body: mail.text, providerMessageId: mail.providerMessageId });
    }
  });

  it('retries the whole batch after a 500 and sends each message exactly once', async () => {
    const { debtors, ids, firstMessage } = await threeDebtors();
    pipeline.sendgrid.failNext(500);
    const before = pipeline.sendgrid.requests.length;
    await advanceTo(pipeline, '2026-02-22T08:00:00Z');
    expect(pipeline.sendgrid.requests.length - before).toBe(2);
    const mails = mailsFor(ids);
    expect(mails.map((mail) => mail.reference).sort()).toEqual([...ids].sort());
    for (const debtor of debtors) expect(await firstMessage(debtor)).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
  });

  it('maps a delivery event to its message by our message id, though the batch shares one provider id', async () => {
    const { debtors, ids, firstMessage } = await threeDebtors();
    await advanceTo(pipeline, '2026-02-22T08:00:00Z');
    const mail = mailsFor(ids).find((entry) => entry.reference === ids[1])!;
    const event = { event: 'delivered', sg_event_id: `evt-${mail.reference}`, sg_message_id: `${mail.providerMessageId}.filter0002`, message_id: mail.reference, email: mail.to };
    expect((await postSendgridEvents(pipeline, [event])).status).toBe(200);
    expect(await Promise.all(debtors.map(async (debtor) => (await firstMessage(debtor)).status))).toEqual(['SENT', 'DELIVERED', 'SENT']);
  });

  it('puts an address at most once in a request: two creditors writing to one debtor address make two requests', async () => {
    const shared = uniqueEmail('shared');
    const { ids } = await threeDebtors([shared, shared, undefined]);
    await advanceTo(pipeline, '2026-02-22T08:00:00Z');
    const mails = mailsFor(ids);
    expect(mails.map((mail) => mail.reference).sort()).toEqual([...ids].sort());
    const requestsOfShared = new Set(mails.filter((mail) => mail.to === shared).map((mail) => mail.request));
    expect(requestsOfShared.size).toBe(2);
  });

  it('sends the others of a batch and turns the one found SENDING into UNKNOWN, never resent', async () => {
    const { debtors, ids, firstMessage } = await threeDebtors();
    await pipeline.db.query(`UPDATE reminder_messages SET status = 'QUEUED' WHERE id = ANY($1::uuid[])`, [ids]);
    await pipeline.db.query(`UPDATE reminder_messages SET status = 'SENDING', attempts = 1 WHERE id = $1`, [ids[0]]);
    clock.set(new Date('2026-02-22T08:00:00Z'));
    const outcomes = await pipeline.sender.sendBatch(ids);
    expect(ids.map((id) => outcomes.get(id))).toEqual(['UNKNOWN', 'SENT', 'SENT']);
    const mails = mailsFor(ids);
    expect(mails.map((mail) => mail.reference).sort()).toEqual([ids[1], ids[2]].sort());
    expect(new Set(mails.map((mail) => mail.request)).size).toBe(1);
    expect((await firstMessage(debtors[0]!)).status).toBe('UNKNOWN');
  });
});
