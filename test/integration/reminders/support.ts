import { getQueueToken } from '@nestjs/bull';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bull';
import { generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import type { DestinationStream } from 'pino';
import twilio from 'twilio';
import { DataSource } from 'typeorm';
import { bootstrapWorker } from '../../../api/src/bootstrap-worker.js';
import { FixedClock } from '../../../api/src/common/clock.js';
import { QUEUE } from '../../../api/src/common/queue-names.js';
import { ReminderDispatcherService } from '../../../api/src/modules/reminders/jobs/reminder-dispatcher.service.js';
import { ReminderSenderService } from '../../../api/src/modules/reminders/jobs/reminder-sender.service.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { createInvoice, TestInvoice } from '../../support/factories/invoices.js';
import { startSendgridStub, SendgridStub } from '../../support/stubs/sendgrid-stub.js';
import { startTwilioStub, TwilioStub } from '../../support/stubs/twilio-stub.js';
import { createPrivateDatabase } from '../../support/private-database.js';
import { testConfig } from '../../support/test-config.js';
import { uniqueEmail, uniqueSuffix } from '../../support/unique.js';

export const TWILIO_SID = 'ACtest0000000000000000000000000000';
export const TWILIO_TOKEN = 'twilio-test-auth-token';
export const PUBLIC_API_URL = 'https://api.bonpayeur.test';

export const APPLY_SCENARIO = `mutation Apply($input: ApplyScenarioInput!) { applyScenario(input: $input) { id status tokenSpent tokenRefunded messages { id status channel tone scheduledAt toAddress } } }`;
export const APPROVE_MESSAGE = `mutation Approve($input: DecideMessageInput!) { approveMessage(input: $input) { id status scheduledAt } }`;
export const REJECT_MESSAGE = `mutation Reject($input: DecideMessageInput!) { rejectMessage(input: $input) { id status lastError } }`;
export const PENDING_APPROVALS = `query { pendingApprovals { invoiceId invoiceNumber debtorName renderedSubject renderedBody message { id status tone scheduledAt } } }`;
export const STOP_RUN = `mutation Stop($input: StopRunInput!) { stopRun(input: $input) { id status tokenRefunded endReason messages { id status lastError } } }`;
export const TIMELINE = `query Timeline($invoiceId: ID!) { invoiceTimeline(invoiceId: $invoiceId) { runs { id status endReason tokenRefunded messages {
  id stepIndex channel tone toAddress subject body scheduledAt status attempts provider providerMessageId lastError sentAt deliveredAt } } } }`;

export interface TimelineMessage {
  id: string;
  stepIndex: number;
  channel: 'EMAIL' | 'SMS';
  tone: string;
  toAddress: string;
  subject: string | null;
  body: string | null;
  scheduledAt: string;
  status: string;
  attempts: number;
  provider: string | null;
  providerMessageId: string | null;
  lastError: string | null;
}

export interface Pipeline {
  api: TestApi;
  worker: INestApplicationContext;
  clock: FixedClock;
  sendgrid: SendgridStub;
  twilio: TwilioStub;
  env: Record<string, string>;
  signingKey: KeyObject;
  db: DataSource;
  dispatcher: ReminderDispatcherService;
  sender: ReminderSenderService;
  close(): Promise<void>;
}

/**
 * The API and the worker on a database of their own (createPrivateDatabase; dropped by close()),
 * unless `extraEnv` names one: a pipeline file runs the dispatcher, the outbox drain and the
 * periodic checks, which read every row of their tables and move the clock months ahead. On the
 * run's shared database they took, sent, cancelled (resetPipeline) or waited for (waitUntilIdle)
 * other files' messages, and other files' theirs. The env both roles share: one queue prefix, the
 * SDKs pointed at the stubs, no repeatable dispatch (tests dispatch by hand).
 */
export async function startPipeline(clock: FixedClock, extraEnv: Record<string, string> = {}, logDestination?: DestinationStream): Promise<Pipeline> {
  const database = extraEnv.DATABASE_URL ? undefined : await createPrivateDatabase('pipeline');
  const sendgrid = await startSendgridStub();
  const twilioStub = await startTwilioStub();
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const env = {
    QUEUE_PREFIX: `{bp-rem-${uniqueSuffix()}}`,
    SENDGRID_API_KEY: 'SG.test-key',
    SENDGRID_API_BASE: sendgrid.url,
    SENDGRID_WEBHOOK_PUBLIC_KEY: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    EMAIL_FROM: 'relances@bonpayeur.test',
    TWILIO_ACCOUNT_SID: TWILIO_SID,
    TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
    TWILIO_FROM: '+33700000000',
    TWILIO_API_BASE: twilioStub.url,
    PUBLIC_API_URL,
    ...(database ? { DATABASE_URL: database.url } : {}),
    REMINDER_DISPATCH_EVERY_MS: '0',
    // The tests move the clock months ahead: sessions must outlive that.
    SESSION_TTL_DAYS: '365',
    ...extraEnv,
  };
  const api = await bootTestApi({ clock, env, ...(logDestination ? { logDestination } : {}) });
  const worker = await bootstrapWorker({ config: testConfig(env), clock });
  return {
    api,
    worker,
    clock,
    sendgrid,
    twilio: twilioStub,
    env,
    signingKey: privateKey,
    db: api.app.get(DataSource),
    dispatcher: worker.get(ReminderDispatcherService),
    sender: worker.get(ReminderSenderService),
    close: async () => {
      await worker.close();
      await api.close();
      await sendgrid.close();
      await twilioStub.close();
      await database?.drop();
    },
  };
}

export async function creditorWithInvoice(api: TestApi, overrides: { dueDate?: string; issueDate?: string; email?: string | null; phone?: string | null } = {}): Promise<{ creditor: SignedUpCreditor; invoice: TestInvoice; email: string | null; phone: string | null }> {
  const creditor = await signUpCreditor(api);
  const email = overrides.email === undefined ? uniqueEmail('debtor') : overrides.email;
  const phone = overrides.phone === undefined ? uniqueMobile() : overrides.phone;
  const invoice = await createInvoice(creditor.client, {
    issueDate: overrides.issueDate ?? '2026-02-01',
    dueDate: overrides.dueDate ?? '2026-03-03',
    amountCents: 123_456,
    contact: { name: 'Service comptable', ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
  });
  return { creditor, invoice, email, phone: invoice.contact?.phone ?? null };
}

let mobileCounter = 0;
/** A French mobile number no other test of this process uses (each test reads its own SMS at the stub). */
function uniqueMobile(): string {
  mobileCounter += 1;
  return `06${String((process.pid % 10_000) * 10_000 + mobileCounter).padStart(8, '0')}`;
}

/**
 * After each test of a pipeline file: no due row left behind for the next test's dispatches, and the
 * clock back at `start`. Every row of the pipeline's own database (see startPipeline).
 */
export async function resetPipeline(pipeline: Pipeline, start: Date): Promise<void> {
  await pipeline.db.query(`UPDATE reminder_messages SET status = 'CANCELLED' WHERE status IN ('SCHEDULED', 'QUEUED', 'NOT_CONFIGURED') AND scheduled_at < '2027-01-01'`);
  pipeline.clock.set(start);
}

/** After a pipeline file: its queues emptied, then the API, the worker and the stubs closed. */
export async function closePipeline(pipeline: Pipeline | undefined): Promise<void> {
  for (const name of [QUEUE.reminderEmail, QUEUE.reminderSms, QUEUE.reminderDispatch]) {
    await pipeline?.worker.get<Queue>(getQueueToken(name)).obliterate({ force: true }).catch(() => undefined);
  }
  await pipeline?.close();
}

/** Sets the clock, dispatches what is due, and waits (real time, briefly) until the worker has handled it. */
export async function advanceTo(pipeline: Pipeline, instant: string | Date): Promise<number> {
  pipeline.clock.set(new Date(instant));
  const queued = await pipeline.dispatcher.dispatchDue();
  await waitUntilIdle(pipeline);
  return queued;
}

export async function waitUntilIdle(pipeline: Pipeline, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ busy }] = (await pipeline.db.query(`SELECT count(*)::int AS busy FROM reminder_messages WHERE status IN ('QUEUED', 'SENDING')`)) as [{ busy: number }];
    if (busy === 0) return;
    if (Date.now() > deadline) throw new Error(`${busy} messages still QUEUED/SENDING`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function timeline(creditor: SignedUpCreditor, invoiceId: string): Promise<{ id: string; status: string; endReason: string | null; tokenRefunded: boolean; messages: TimelineMessage[] }[]> {
  const data = await creditor.client.ok<{ invoiceTimeline: { runs: { id: string; status: string; endReason: string | null; tokenRefunded: boolean; messages: TimelineMessage[] }[] } }>(TIMELINE, { invoiceId });
  return data.invoiceTimeline.runs;
}

/**
 * A SendGrid event webhook call signed with the test key. Security tests vary it: `signingKey` signs
 * with another key, `sentBody` posts other bytes than those signed, `unsigned` drops both headers.
 */
export async function postSendgridEvents(
  pipeline: Pipeline,
  events: unknown[],
  options: { timestamp?: number; unsigned?: boolean; signingKey?: KeyObject; sentBody?: string } = {},
): Promise<Response> {
  const body = JSON.stringify(events);
  const timestamp = String(options.timestamp ?? Math.floor(pipeline.clock.now().getTime() / 1000));
  const signature = sign('sha256', Buffer.from(timestamp + body), options.signingKey ?? pipeline.signingKey).toString('base64');
  return fetch(`${pipeline.api.url}/webhooks/sendgrid`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.unsigned ? {} : { 'x-twilio-email-event-webhook-signature': signature, 'x-twilio-email-event-webhook-timestamp': timestamp }),
    },
    body: options.sentBody ?? body,
  });
}

/**
 * A Twilio status callback as Twilio would post it to `statusCallback`, signed with the auth token by
 * the SDK's own helper. Security tests vary it: `authToken` signs with another token, `signedUrl` /
 * `signedParams` sign something else than what is posted, `unsigned` drops the header.
 */
export async function postTwilioStatus(
  pipeline: Pipeline,
  statusCallback: string,
  params: Record<string, string>,
  options: { badSignature?: boolean; unsigned?: boolean; authToken?: string; signedUrl?: string; signedParams?: Record<string, string> } = {},
): Promise<Response> {
  const signature = twilio.getExpectedTwilioSignature(options.authToken ?? TWILIO_TOKEN, options.signedUrl ?? statusCallback, options.signedParams ?? params);
  const path = new URL(statusCallback);
  return fetch(`${pipeline.api.url}${path.pathname}${path.search}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(options.unsigned ? {} : { 'x-twilio-signature': options.badSignature ? `x${signature}` : signature }),
    },
    body: new URLSearchParams(params).toString(),
  });
}
