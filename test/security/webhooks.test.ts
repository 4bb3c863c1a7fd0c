import { generateKeyPairSync, randomUUID } from 'node:crypto';
import twilio from 'twilio';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../api/src/common/clock.js';
import type { SignedUpCreditor } from '../support/factories/accounts.js';
import type { SentEmail } from '../support/stubs/sendgrid-stub.js';
import type { SentSms } from '../support/stubs/twilio-stub.js';
import {
  advanceTo,
  APPLY_SCENARIO,
  closePipeline,
  creditorWithInvoice,
  Pipeline,
  postSendgridEvents,
  postTwilioStatus,
  PUBLIC_API_URL,
  resetPipeline,
  startPipeline,
  timeline,
  TWILIO_SID,
  TWILIO_TOKEN,
} from '../integration/reminders/support.js';

/**
 * Provider delivery webhooks under attack and in disorder (DESIGN §4.4, §7): an unsigned, wrongly
 * signed, tampered, re-addressed, stale or replayed call is refused and changes nothing; events that
 * arrive late or out of order never move a DELIVERED or FAILED message backwards. Real API and worker,
 * the SDKs pointed at the stubs; Twilio callbacks are signed with the twilio SDK's own helper over the
 * exact URL and form parameters, SendGrid batches with an ECDSA key whose public half the API trusts.
 */
describe('delivery webhooks', () => {
  const start = new Date('2026-02-20T10:00:00Z');
  const clock = new FixedClock(start);
  let pipeline: Pipeline;

  beforeAll(async () => {
    pipeline = await startPipeline(clock);
  });
  afterEach(() => resetPipeline(pipeline, start));
  afterAll(() => closePipeline(pipeline));

  /** One invoice under the classic scenario, sent up to its due date: two e-mails and one SMS left. */
  async function sentMessages(): Promise<{ first: SentEmail; second: SentEmail; sms: SentSms; smsId: string; creditor: SignedUpCreditor; invoiceId: string }> {
    const { creditor, invoice, email, phone } = await creditorWithInvoice(pipeline.api);
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
    await advanceTo(pipeline, '2026-03-03T08:00:00Z');
    const [first, second] = pipeline.sendgrid.to(email!);
    const [sms] = pipeline.twilio.to(phone!);
    return { first: first!, second: second!, sms: sms!, smsId: new URL(sms!.statusCallback).searchParams.get('messageId')!, creditor, invoiceId: invoice.id };
  }

  interface Row {
    status: string;
    last_error: string | null;
    sent_at: Date | null;
    delivered_at: Date | null;
    provider_message_id: string | null;
    updated_at: Date;
  }
  async function row(id: string): Promise<Row> {
    const [found] = (await pipeline.db.query(`SELECT status, last_error, sent_at, delivered_at, provider_message_id, updated_at FROM reminder_messages WHERE id = $1`, [id])) as Row[];
    return found!;
  }
  async function seenEvents(): Promise<number> {
    const [{ n }] = (await pipeline.db.query(`SELECT count(*)::int AS n FROM provider_webhook_events`)) as [{ n: number }];
    return n;
  }

  const sendgridEvent = (mail: SentEmail, event: string, extra: Record<string, unknown> = {}) => ({
    event,
    sg_event_id: `${event}-${randomUUID()}`,
    sg_message_id: `${mail.providerMessageId}.filter0001.16648.5515E0B88.0`,
    message_id: mail.reference,
    email: mail.to,
    timestamp: Math.floor(clock.now().getTime() / 1000),
    ...extra,
  });
  /** The form Twilio posts for an outbound SMS status change. */
  const twilioForm = (sms: SentSms, status: string, extra: Record<string, string> = {}) => ({
    AccountSid: TWILIO_SID,
    ApiVersion: '2010-04-01',
    From: sms.from,
    To: sms.to,
    MessageSid: sms.sid,
    SmsSid: sms.sid,
    MessageStatus: status,
    SmsStatus: status,
    ...extra,
  });

  describe('SendGrid signed event webhook', () => {
    it('refuses an unsigned, foreign-signed, tampered, stale or future-dated call with 401 and changes nothing', async () => {
      const { first } = await sentMessages();
      const before = await row(first.reference);
      const seen = await seenEvents();
      const delivered = [sendgridEvent(first, 'delivered')];
      const now = Math.floor(clock.now().getTime() / 1000);
      const foreignKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;

      expect((await postSendgridEvents(pipeline, delivered, { unsigned: true })).status).toBe(401);
      expect((await postSendgridEvents(pipeline, delivered, { signingKey: foreignKey })).status).toBe(401);
      expect((await postSendgridEvents(pipeline, [sendgridEvent(first, 'processed')], { sentBody: JSON.stringify(delivered) })).status).toBe(401);
      expect((await postSendgridEvents(pipeline, delivered, { timestamp: now - 3600 })).status).toBe(401);
      expect((await postSendgridEvents(pipeline, delivered, { timestamp: now + 3600 })).status).toBe(401);

      expect(await row(first.reference)).toEqual(before);
      expect(before.status).toBe('SENT');
      // Nothing was even recorded as seen: the genuine call still applies.
      expect(await seenEvents()).toBe(seen);
      expect((await postSendgridEvents(pipeline, delivered)).status).toBe(200);
      expect((await row(first.reference)).status).toBe('DELIVERED');
    });

    it('refuses a replayed batch with 409 while it is fresh and 401 once stale, applying it only once', async () => {
      const { first, second } = await sentMessages();
      const signedAt = Math.floor(clock.now().getTime() / 1000);
      const batch = [sendgridEvent(first, 'delivered'), sendgridEvent(second, 'bounce', { type: 'bounce', status: '5.1.1', reason: '550 5.1.1 User unknown' })];
      const response = await postSendgridEvents(pipeline, batch, { timestamp: signedAt });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, applied: 2 });
      const after = [await row(first.reference), await row(second.reference)];
      expect(after.map((r) => [r.status, r.last_error])).toEqual([
        ['DELIVERED', null],
        ['FAILED', 'SendGrid bounce 5.1.1 : 550 5.1.1 User unknown'],
      ]);

      // The same bytes and headers again, at once and five minutes later (SendGrid's own retry signs anew: same answer).
      expect((await postSendgridEvents(pipeline, batch, { timestamp: signedAt })).status).toBe(409);
      clock.set(new Date(clock.now().getTime() + 5 * 60_000));
      expect((await postSendgridEvents(pipeline, batch)).status).toBe(409);
      clock.set(new Date(clock.now().getTime() + 10 * 60_000));
      expect((await postSendgridEvents(pipeline, batch, { timestamp: signedAt })).status).toBe(401);
      expect([await row(first.reference), await row(second.reference)]).toEqual(after);
    });

    it('keeps a delivered e-mail DELIVERED through late processed, deferred and bounce events, and a dropped one FAILED through a late delivery', async () => {
      const { first, second } = await sentMessages();
      // One batch, in SendGrid's order of arrival, not of occurrence.
      const mixed = await postSendgridEvents(pipeline, [sendgridEvent(first, 'delivered'), sendgridEvent(first, 'processed'), sendgridEvent(first, 'deferred', { response: '400 try again later', attempt: '1' })]);
      expect(await mixed.json()).toEqual({ ok: true, applied: 1 });
      const delivered = await row(first.reference);
      expect(delivered).toMatchObject({ status: 'DELIVERED', last_error: null });

      clock.set(new Date('2026-03-03T09:00:00Z'));
      const lateBounce = await postSendgridEvents(pipeline, [sendgridEvent(first, 'bounce', { type: 'blocked', status: '4.0.0', reason: 'late' }), sendgridEvent(first, 'open')]);
      expect(await lateBounce.json()).toEqual({ ok: true, applied: 0 });
      expect(await row(first.reference)).toEqual(delivered);

      expect((await postSendgridEvents(pipeline, [sendgridEvent(second, 'dropped', { reason: 'Bounced Address' })])).status).toBe(200);
      const dropped = await row(second.reference);
      expect(dropped).toMatchObject({ status: 'FAILED', last_error: 'SendGrid dropped : Bounced Address' });
      expect(await (await postSendgridEvents(pipeline, [sendgridEvent(second, 'delivered'), sendgridEvent(second, 'processed')])).json()).toEqual({ ok: true, applied: 0 });
      expect(await row(second.reference)).toEqual(dropped);
    });

    it('answers 200 and applies nothing for events of unknown or foreign messages', async () => {
      const { first, smsId } = await sentMessages();
      const before = await row(first.reference);
      const strangers = [
        sendgridEvent(first, 'delivered', { message_id: randomUUID() }),
        sendgridEvent(first, 'bounce', { message_id: 'not-a-uuid' }),
        sendgridEvent(first, 'delivered', { message_id: undefined }),
        // An SMS of ours is not SendGrid's to settle.
        sendgridEvent(first, 'dropped', { message_id: smsId }),
      ];
      const response = await postSendgridEvents(pipeline, strangers);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, applied: 0 });
      expect(await row(first.reference)).toEqual(before);
      expect((await row(smsId)).status).toBe('SENT');
    });
  });

  describe('Twilio status callbacks (X-Twilio-Signature)', () => {
    it('moves an SMS to DELIVERED on a callback signed as Twilio signs it, ignoring the statuses on the way', async () => {
      const { sms, smsId } = await sentMessages();
      expect(sms.statusCallback).toBe(`${PUBLIC_API_URL}/webhooks/twilio?messageId=${smsId}`);
      const sent = twilioForm(sms, 'sent');
      // The signature our helper computes is the one the SDK's validator accepts for this URL and form.
      expect(twilio.validateRequest(TWILIO_TOKEN, twilio.getExpectedTwilioSignature(TWILIO_TOKEN, sms.statusCallback, sent), sms.statusCallback, sent)).toBe(true);

      expect(await (await postTwilioStatus(pipeline, sms.statusCallback, sent)).json()).toEqual({ ok: true, applied: 0 });
      expect((await row(smsId)).status).toBe('SENT');
      clock.set(new Date('2026-03-03T08:00:07Z'));
      const delivered = await postTwilioStatus(pipeline, sms.statusCallback, twilioForm(sms, 'delivered', { RawDlrDoneDate: '2603030800' }));
      expect(await delivered.json()).toEqual({ ok: true, applied: 1 });
      expect(await row(smsId)).toMatchObject({ status: 'DELIVERED', delivered_at: new Date('2026-03-03T08:00:07Z'), provider_message_id: sms.sid, last_error: null });
    });

    it('moves an undelivered SMS to FAILED with Twilio’s error code on the timeline', async () => {
      const { sms, smsId, creditor, invoiceId } = await sentMessages();
      expect((await postTwilioStatus(pipeline, sms.statusCallback, twilioForm(sms, 'undelivered', { ErrorCode: '30003' }))).status).toBe(200);
      const [run] = await timeline(creditor, invoiceId);
      expect(run!.messages.find((message) => message.id === smsId)).toMatchObject({ channel: 'SMS', status: 'FAILED', lastError: 'Twilio 30003', providerMessageId: sms.sid });
    });

    it('refuses an unsigned, wrongly signed, re-addressed or tampered callback with 401 and changes nothing', async () => {
      const { sms, smsId } = await sentMessages();
      const before = await row(smsId);
      const seen = await seenEvents();
      const failed = twilioForm(sms, 'failed', { ErrorCode: '30007' });
      const elsewhere = new URL(sms.statusCallback);
      elsewhere.searchParams.set('messageId', randomUUID());

      expect((await postTwilioStatus(pipeline, sms.statusCallback, failed, { unsigned: true })).status).toBe(401);
      expect((await postTwilioStatus(pipeline, sms.statusCallback, failed, { badSignature: true })).status).toBe(401);
      expect((await postTwilioStatus(pipeline, sms.statusCallback, failed, { authToken: 'another-account-token' })).status).toBe(401);
      // Signed for another message's URL, or another host, then posted to this one.
      expect((await postTwilioStatus(pipeline, sms.statusCallback, failed, { signedUrl: elsewhere.toString() })).status).toBe(401);
      expect((await postTwilioStatus(pipeline, sms.statusCallback, failed, { signedUrl: sms.statusCallback.replace(PUBLIC_API_URL, 'https://attacker.example') })).status).toBe(401);
      // Signed for "delivered", posted as "failed"; or with a parameter slipped in.
      expect((await postTwilioStatus(pipeline, sms.statusCallback, failed, { signedParams: twilioForm(sms, 'delivered') })).status).toBe(401);
      expect((await postTwilioStatus(pipeline, sms.statusCallback, { ...twilioForm(sms, 'delivered'), ErrorCode: '30007' }, { signedParams: twilioForm(sms, 'delivered') })).status).toBe(401);

      expect(await row(smsId)).toEqual(before);
      expect(await seenEvents()).toBe(seen);
    });

    it('refuses a replayed callback with 409 and applies it once, even after later statuses', async () => {
      const { sms, smsId } = await sentMessages();
      const sent = twilioForm(sms, 'sent');
      const delivered = twilioForm(sms, 'delivered');
      expect((await postTwilioStatus(pipeline, sms.statusCallback, sent)).status).toBe(200);
      expect((await postTwilioStatus(pipeline, sms.statusCallback, delivered)).status).toBe(200);
      const after = await row(smsId);
      expect(after.status).toBe('DELIVERED');
      clock.set(new Date('2026-03-10T08:00:00Z'));
      expect((await postTwilioStatus(pipeline, sms.statusCallback, delivered)).status).toBe(409);
      expect((await postTwilioStatus(pipeline, sms.statusCallback, sent)).status).toBe(409);
      expect(await row(smsId)).toEqual(after);
    });

    it('keeps a delivered SMS DELIVERED through late queued, sent and failed callbacks, and an undelivered one FAILED through a late delivery', async () => {
      const { sms, smsId } = await sentMessages();
      expect((await postTwilioStatus(pipeline, sms.statusCallback, twilioForm(sms, 'delivered'))).status).toBe(200);
      const delivered = await row(smsId);
      for (const late of [twilioForm(sms, 'sent'), twilioForm(sms, 'queued'), twilioForm(sms, 'failed', { ErrorCode: '30008' })]) {
        expect(await (await postTwilioStatus(pipeline, sms.statusCallback, late)).json()).toEqual({ ok: true, applied: 0 });
      }
      expect(await row(smsId)).toEqual(delivered);

      const other = await sentMessages();
      expect((await postTwilioStatus(pipeline, other.sms.statusCallback, twilioForm(other.sms, 'undelivered', { ErrorCode: '30005' }))).status).toBe(200);
      const undelivered = await row(other.smsId);
      expect(await (await postTwilioStatus(pipeline, other.sms.statusCallback, twilioForm(other.sms, 'delivered'))).json()).toEqual({ ok: true, applied: 0 });
      expect(await row(other.smsId)).toEqual(undelivered);
      expect(undelivered).toMatchObject({ status: 'FAILED', last_error: 'Twilio 30005' });
    });

    it('answers 200 and applies nothing for a signed callback about an unknown message, 400 for one without a message id', async () => {
      const { sms, smsId } = await sentMessages();
      const unknown = `${PUBLIC_API_URL}/webhooks/twilio?messageId=${randomUUID()}`;
      expect(await (await postTwilioStatus(pipeline, unknown, twilioForm(sms, 'failed', { ErrorCode: '30003' }))).json()).toEqual({ ok: true, applied: 0 });
      expect((await postTwilioStatus(pipeline, `${PUBLIC_API_URL}/webhooks/twilio?messageId=nope`, twilioForm(sms, 'failed'))).status).toBe(400);
      expect((await row(smsId)).status).toBe('SENT');
    });

    it('lets a delivery callback that beats the sender’s own record stand, and still records the send time and provider id', async () => {
      const { creditor, invoice, phone } = await creditorWithInvoice(pipeline.api);
      await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
      await advanceTo(pipeline, '2026-02-24T08:00:00Z');
      const held = pipeline.twilio.holdNext();
      clock.set(new Date('2026-03-03T08:00:00Z'));
      await pipeline.dispatcher.dispatchDue();
      const sms = await held.arrived;
      expect(sms.to).toBe(phone);
      const smsId = new URL(sms.statusCallback).searchParams.get('messageId')!;
      expect((await row(smsId)).status).toBe('SENDING');

      // Twilio reports delivery while our sender still waits for its answer.
      clock.set(new Date('2026-03-03T08:00:30Z'));
      expect(await (await postTwilioStatus(pipeline, sms.statusCallback, twilioForm(sms, 'delivered'))).json()).toEqual({ ok: true, applied: 1 });
      // The sender reads the clock when Twilio answers: say the answer was the moment it was sent.
      clock.set(new Date('2026-03-03T08:00:01Z'));
      held.release();
      const recorded = await waitFor(async () => {
        const current = await row(smsId);
        return current.sent_at?.getTime() === new Date('2026-03-03T08:00:01Z').getTime() ? current : null;
      });
      expect(recorded).toMatchObject({ status: 'DELIVERED', delivered_at: new Date('2026-03-03T08:00:30Z'), provider_message_id: sms.sid, last_error: null });
    });
  });
});

/** Polls (real time, briefly) until `probe` answers something. */
async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
