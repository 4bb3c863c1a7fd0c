import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { QUEUE } from '../../../api/src/common/queue-names.js';
import { bootstrapWorker } from '../../../api/src/bootstrap-worker.js';
import { ReminderDispatcherService } from '../../../api/src/modules/reminders/jobs/reminder-dispatcher.service.js';
import { ReminderSenderService } from '../../../api/src/modules/reminders/jobs/reminder-sender.service.js';
import { testConfig } from '../../support/test-config.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { createInvoice, MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { uniqueEmail, uniqueSiren } from '../../support/unique.js';
import { advanceTo, APPLY_SCENARIO, APPROVE_MESSAGE, closePipeline, creditorWithInvoice, Pipeline, postSendgridEvents, resetPipeline, startPipeline, timeline, waitUntilIdle } from './support.js';

/**
 * The outbox end to end: real API and worker (in-process), real PostgreSQL and Redis, the SendGrid
 * and Twilio SDKs pointed at stub servers. Time is a FixedClock the tests move; each test reads only
 * its own debtor's messages at the stubs.
 */
describe('reminder pipeline', () => {
  const clock = new FixedClock(new Date('2026-02-20T10:00:00Z'));
  let pipeline: Pipeline;

  beforeAll(async () => {
    pipeline = await startPipeline(clock);
  });
  afterEach(() => resetPipeline(pipeline, new Date('2026-02-20T10:00:00Z')));
  afterAll(() => closePipeline(pipeline));

  it('runs the classic scenario step by step: each message reaches the stub once, with its content, at its time', async () => {
    const { creditor, invoice, email, phone } = await creditorWithInvoice(pipeline.api);
    const { applyScenario: run } = await creditor.client.ok<{ applyScenario: { id: string; messages: { id: string; status: string; channel: string; scheduledAt: string }[] } }>(APPLY_SCENARIO, {
      input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' },
    });
    expect(run.messages.map((m) => [m.channel, m.scheduledAt, m.status])).toEqual([
      ['EMAIL', '2026-02-24T08:00:00.000Z', 'SCHEDULED'],
      ['EMAIL', '2026-03-03T08:00:00.000Z', 'SCHEDULED'],
      ['SMS', '2026-03-03T08:00:00.000Z', 'SCHEDULED'],
      ['EMAIL', '2026-03-10T08:00:00.000Z', 'SCHEDULED'],
      ['SMS', '2026-03-18T08:00:00.000Z', 'SCHEDULED'],
      ['EMAIL', '2026-04-02T07:00:00.000Z', 'AWAITING_APPROVAL'],
    ]);

    await advanceTo(pipeline, '2026-02-24T07:59:00Z');
    expect(pipeline.sendgrid.to(email!)).toHaveLength(0);

    await advanceTo(pipeline, '2026-02-24T08:00:00Z');
    const [first] = pipeline.sendgrid.to(email!);
    expect(first).toMatchObject({ from: 'relances@bonpayeur.test', subject: `Facture ${invoice.number} : payez à temps et gagnez un bonus sur votre score` });
    expect(first!.text).toContain('1 234,56 €');
    expect(first!.text).toContain('03/03/2026');
    expect(first!.text).toContain('L441-10');

    await advanceTo(pipeline, '2026-03-03T08:00:00Z');
    expect(pipeline.sendgrid.to(email!)).toHaveLength(2);
    const [sms] = pipeline.twilio.to(phone!);
    expect(sms).toMatchObject({ from: '+33700000000' });
    expect(sms!.body).toContain(invoice.number);
    expect(sms!.statusCallback).toMatch(/^https:\/\/api\.bonpayeur\.test\/webhooks\/twilio\?messageId=/);

    await advanceTo(pipeline, '2026-03-10T08:00:00Z');
    const bad = pipeline.sendgrid.to(email!)[2]!;
    expect(bad.subject).toContain('votre score Bonpayeur baisse');
    expect(bad.text).toContain('7 jours de retard');
    expect(bad.text).toMatch(/soit|s'élèvent à \d/);

    await advanceTo(pipeline, '2026-03-18T08:00:00Z');
    expect(pipeline.twilio.to(phone!)[1]!.body).toContain('impayee depuis 15 jours');

    // The ultimatum waits for a member's approval (the default for ULTIMATUM steps); approved ahead, it keeps its time.
    await creditor.client.ok(APPROVE_MESSAGE, { input: { messageId: run.messages[5]!.id } });
    await advanceTo(pipeline, '2026-04-02T07:00:00Z');
    const ultimatum = pipeline.sendgrid.to(email!)[3]!;
    expect(ultimatum.subject).toBe(`Mise en demeure – facture ${invoice.number}`);
    expect(ultimatum.text).toContain('avant le 10/04/2026');
    expect(ultimatum.text).toContain('profil public Bonpayeur, après examen par notre équipe de modération');

    const [runAfter] = await timeline(creditor, invoice.id);
    expect(runAfter).toMatchObject({ status: 'COMPLETED', endReason: 'ALL_SENT' });
    expect(runAfter!.messages.map((m) => m.status)).toEqual(['SENT', 'SENT', 'SENT', 'SENT', 'SENT', 'SENT']);
    expect(pipeline.sendgrid.to(email!)).toHaveLength(4);
    expect(pipeline.twilio.to(phone!)).toHaveLength(2);
    // The ids the providers returned are on the timeline, and every message went out exactly once.
    const references = pipeline.sendgrid.to(email!).map((mail) => mail.reference);
    expect(new Set(references).size).toBe(4);
    const emailRow = runAfter!.messages.find((m) => m.id === references[0])!;
    expect(emailRow.providerMessageId).toBe(pipeline.sendgrid.to(email!)[0]!.providerMessageId);
  });

  it('stops at a payment on J+3: pending messages are cancelled and THANKS goes out', async () => {
    const { creditor, invoice, email, phone } = await creditorWithInvoice(pipeline.api);
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
    await advanceTo(pipeline, '2026-03-03T08:00:00Z');
    expect(pipeline.sendgrid.to(email!)).toHaveLength(2);

    clock.set(new Date('2026-03-06T14:00:00Z'));
    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-03-06' } });
    await advanceTo(pipeline, '2026-03-06T14:00:00Z');
    await advanceTo(pipeline, '2026-04-10T10:00:00Z');

    const mails = pipeline.sendgrid.to(email!);
    expect(mails).toHaveLength(3);
    expect(mails[2]!.subject).toBe(`Merci pour votre règlement – facture ${invoice.number}`);
    expect(pipeline.twilio.to(phone!)).toHaveLength(1);
    const [run] = await timeline(creditor, invoice.id);
    expect(run).toMatchObject({ status: 'COMPLETED', endReason: 'INVOICE_PAID' });
    expect(run!.messages.map((m) => `${m.tone}:${m.status}`)).toEqual(['GOOD:SENT', 'GOOD:SENT', 'GOOD:SENT', 'THANKS:SENT', 'BAD:CANCELLED', 'BAD:CANCELLED', 'ULTIMATUM:CANCELLED']);
  });

  it('retries a provider 500 with backoff and delivers exactly one message', async () => {
    const { creditor, invoice, email } = await creditorWithInvoice(pipeline.api, { dueDate: '2026-02-27' });
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-gentle' } });
    pipeline.sendgrid.failNext(500);
    const before = pipeline.sendgrid.requests.length;
    await advanceTo(pipeline, '2026-02-22T08:00:00Z');
    expect(pipeline.sendgrid.requests.length - before).toBe(2);
    expect(pipeline.sendgrid.to(email!)).toHaveLength(1);
    const [run] = await timeline(creditor, invoice.id);
    expect(run!.messages[0]).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
  });

  it('turns a message found SENDING (crash between call and record) into UNKNOWN and never resends it', async () => {
    const { creditor, invoice, email } = await creditorWithInvoice(pipeline.api, { dueDate: '2026-02-27' });
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-gentle' } });
    const [run] = await timeline(creditor, invoice.id);
    const id = run!.messages[0]!.id;
    await pipeline.db.query(`UPDATE reminder_messages SET status = 'SENDING', attempts = 1 WHERE id = $1`, [id]);

    expect(await pipeline.sender.send(id)).toBe('UNKNOWN');
    await advanceTo(pipeline, '2026-02-22T08:00:00Z');
    expect(await pipeline.sender.send(id)).toBe('NOTHING_TO_DO');
    expect(pipeline.sendgrid.to(email!)).toHaveLength(0);
    const [after] = await timeline(creditor, invoice.id);
    expect(after!.messages[0]).toMatchObject({ status: 'UNKNOWN', lastError: expect.stringContaining('Interrompu') });
  });

  it('loses nothing when Redis loses the queued jobs: the dispatcher queues the rows again after the timeout', async () => {
    const { creditor, invoice, email } = await creditorWithInvoice(pipeline.api, { dueDate: '2026-02-27' });
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-gentle' } });
    const emailQueue = pipeline.worker.get<Queue>(getQueueToken(QUEUE.reminderEmail));
    await emailQueue.pause(true);
    clock.set(new Date('2026-02-22T08:00:00Z'));
    expect(await pipeline.dispatcher.dispatchDue()).toBe(1);
    // FLUSHDB of this pipeline's keys only (other test files share the Redis database).
    const keys = await emailQueue.client.keys(`${pipeline.env.QUEUE_PREFIX}:*`);
    if (keys.length > 0) await emailQueue.client.del(...keys);
    await emailQueue.resume(true);

    expect(await pipeline.dispatcher.dispatchDue()).toBe(0); // still within the QUEUED timeout
    await advanceTo(pipeline, '2026-02-22T08:11:00Z'); // past REMINDER_QUEUED_TIMEOUT_SECONDS (600)
    expect(pipeline.sendgrid.to(email!)).toHaveLength(1);
    const [run] = await timeline(creditor, invoice.id);
    expect(run!.messages[0]).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('sends every message once when two workers dispatch and send in parallel', async () => {
    const second = await bootstrapWorker({ config: testConfig(pipeline.env), clock });
    try {
      const invoices = await Promise.all(Array.from({ length: 8 }, () => creditorWithInvoice(pipeline.api, { dueDate: '2026-02-27' })));
      for (const { creditor, invoice } of invoices) await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-firm' } });
      clock.set(new Date('2026-02-24T09:00:00Z'));
      const queued = await Promise.all([pipeline.dispatcher.dispatchDue(), second.get(ReminderDispatcherService).dispatchDue(), pipeline.dispatcher.dispatchDue()]);
      expect(queued.reduce((a, b) => a + b, 0)).toBe(8);
      await waitUntilIdle(pipeline);
      // The same message handed to both senders at once: one provider call.
      const { creditor, invoice } = invoices[0]!;
      const [run] = await timeline(creditor, invoice.id);
      const next = run!.messages.find((m) => m.status === 'SCHEDULED')!;
      await pipeline.db.query(`UPDATE reminder_messages SET status = 'QUEUED' WHERE id = $1`, [next.id]);
      const outcomes = await Promise.all([pipeline.sender.send(next.id), second.get(ReminderSenderService).send(next.id)]);
      expect(outcomes.sort()).toEqual(['NOTHING_TO_DO', 'SENT']);
      for (const entry of invoices) expect(pipeline.sendgrid.to(entry.email!)).toHaveLength(1);
      expect(pipeline.twilio.to(invoices[0]!.phone!)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('keeps messages visible as NOT_CONFIGURED without provider credentials, and sends them once configured', async () => {
    // Its own queues: the configured worker must not take its jobs.
    const bare = { ...pipeline.env, QUEUE_PREFIX: `${pipeline.env.QUEUE_PREFIX}-bare`, SENDGRID_API_KEY: '', TWILIO_ACCOUNT_SID: '', TWILIO_AUTH_TOKEN: '', TWILIO_FROM: '' };
    const unconfigured = await bootstrapWorker({ config: testConfig(bare), clock });
    const { creditor, invoice, email } = await creditorWithInvoice(pipeline.api, { dueDate: '2026-02-27' });
    try {
      await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-gentle' } });
      clock.set(new Date('2026-02-22T08:00:00Z'));
      expect(await unconfigured.get(ReminderDispatcherService).dispatchDue()).toBe(1);
      await waitUntilIdle(pipeline);
    } finally {
      await unconfigured.close();
    }
    const [run] = await timeline(creditor, invoice.id);
    expect(run!.messages[0]).toMatchObject({ status: 'NOT_CONFIGURED', attempts: 0, lastError: expect.stringContaining('Aucun fournisseur') });
    expect(pipeline.sendgrid.to(email!)).toHaveLength(0);

    await advanceTo(pipeline, '2026-02-22T08:01:00Z'); // the configured worker picks it up
    expect(pipeline.sendgrid.to(email!)).toHaveLength(1);
  });

  it('sends one message for several invoices of one debtor due the same day on the same channel, listing each invoice; a delivery event moves them all', async () => {
    const creditor = await signUpCreditor(pipeline.api, { companyName: 'Créancière Groupée' });
    const debtorSiren = uniqueSiren();
    const email = uniqueEmail('debtor');
    const invoiceOf = (amountCents: number) =>
      createInvoice(creditor.client, { debtorSiren, issueDate: '2026-02-01', dueDate: '2026-02-27', amountCents, contact: { name: 'Compta', email } });
    const invoices = [await invoiceOf(10_000), await invoiceOf(25_050)];
    for (const invoice of invoices) await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-gentle' } });

    await advanceTo(pipeline, '2026-02-22T08:00:00Z');
    const mails = pipeline.sendgrid.to(email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe(`Créancière Groupée : 2 factures (n° ${invoices[0]!.number}, n° ${invoices[1]!.number})`);
    expect(mail!.text).toContain(`- Facture n° ${invoices[0]!.number} : 100,00 €, échéance le 27/02/2026`);
    expect(mail!.text).toContain(`- Facture n° ${invoices[1]!.number} : 250,50 €, échéance le 27/02/2026`);
    const first = async (invoiceId: string) => (await timeline(creditor, invoiceId))[0]!.messages[0]!;
    const sent = [await first(invoices[0]!.id), await first(invoices[1]!.id)];
    for (const message of sent) expect(message).toMatchObject({ status: 'SENT', attempts: 1, providerMessageId: mail!.providerMessageId, subject: mail!.subject, body: mail!.text });
    expect(sent.map((message) => message.id)).toContain(mail!.reference);

    const event = { event: 'delivered', sg_event_id: `evt-${mail!.reference}`, sg_message_id: `${mail!.providerMessageId}.filter0001`, message_id: mail!.reference, email };
    expect((await postSendgridEvents(pipeline, [event])).status).toBe(200);
    expect([(await first(invoices[0]!.id)).status, (await first(invoices[1]!.id)).status]).toEqual(['DELIVERED', 'DELIVERED']);
  });

  it('claims a group-mate due later the same day with the others: still one message', async () => {
    const creditor = await signUpCreditor(pipeline.api);
    const debtorSiren = uniqueSiren();
    const email = uniqueEmail('debtor');
    const invoices = [];
    for (const amountCents of [10_000, 20_000, 30_000]) {
      const invoice = await createInvoice(creditor.client, { debtorSiren, issueDate: '2026-02-01', dueDate: '2026-02-27', amountCents, contact: { email } });
      await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-gentle' } });
      invoices.push(invoice);
    }
    // One of the three is due a little later the same day: it is claimed with the others, not on its own.
    const late = (await timeline(creditor, invoices[2]!.id))[0]!.messages[0]!;
    await pipeline.db.query(`UPDATE reminder_messages SET scheduled_at = '2026-02-22T15:00:00Z' WHERE id = $1`, [late.id]);
    await advanceTo(pipeline, '2026-02-22T08:00:00Z');
    const mails = pipeline.sendgrid.to(email);
    expect(mails).toHaveLength(1);
    for (const invoice of invoices) expect(mails[0]!.text).toContain(`n° ${invoice.number}`);
    await advanceTo(pipeline, '2026-02-22T15:00:00Z');
    expect(pipeline.sendgrid.to(email)).toHaveLength(1);
  });
});
