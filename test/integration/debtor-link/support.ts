import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { JOB, QUEUE } from '../../../api/src/common/queue-names.js';
import { SEND_QUEUE } from '../../../api/src/modules/reminders/jobs/reminder-queues.js';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { APPLY_SCENARIO, creditorWithInvoice, startPipeline, type Pipeline } from '../reminders/support.js';

/**
 * The window these files' clocks live in (2035). Each file's pipeline has a database of its own
 * (startPipeline); within it, `sendDueOf` claims one invoice's due rows as the dispatcher does
 * (SCHEDULED → QUEUED) and puts them on the real bull queues the in-process worker consumes, so each
 * message still goes through bull, the real sender and the SDK to the stub, and a test sends only
 * its own invoice's messages, never those of the file's other tests.
 */
export const WINDOW_START = '2035-02-20T10:00:00Z';

export async function sendDueOf(pipeline: Pipeline, invoiceId: string): Promise<number> {
  const now = pipeline.clock.now();
  const [rows] = (await pipeline.db.query(
    `UPDATE reminder_messages SET status = 'QUEUED', queued_at = $2, updated_at = $2
      WHERE invoice_id = $1 AND status = 'SCHEDULED' AND scheduled_at <= $2 RETURNING id, channel`,
    [invoiceId, now],
  )) as [{ id: string; channel: 'EMAIL' | 'SMS' }[], number];
  for (const row of rows) {
    await pipeline.worker.get<Queue>(getQueueToken(SEND_QUEUE[row.channel])).add(JOB.sendReminder, { messageId: row.id }, { jobId: row.id });
  }
  const deadline = Date.now() + 15_000;
  for (;;) {
    const [{ busy }] = (await pipeline.db.query(`SELECT count(*)::int AS busy FROM reminder_messages WHERE invoice_id = $1 AND status IN ('QUEUED', 'SENDING')`, [invoiceId])) as [{ busy: number }];
    if (busy === 0) return rows.length;
    if (Date.now() > deadline) throw new Error(`${busy} messages of ${invoiceId} still QUEUED/SENDING`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sets the clock and sends what is due for this invoice. */
export async function advanceInvoiceTo(pipeline: Pipeline, invoiceId: string, instant: string): Promise<number> {
  pipeline.clock.set(new Date(instant));
  return sendDueOf(pipeline, invoiceId);
}

export async function obliterateQueues(pipeline: Pipeline | undefined): Promise<void> {
  for (const name of [QUEUE.reminderEmail, QUEUE.reminderSms, QUEUE.reminderDispatch]) {
    await pipeline?.worker.get<Queue>(getQueueToken(name)).obliterate({ force: true }).catch(() => undefined);
  }
}

export async function messageStatuses(pipeline: Pipeline, invoiceId: string): Promise<{ stepIndex: number; tone: string; status: string; lastError: string | null; scheduledAt: Date }[]> {
  return (await pipeline.db.query(
    `SELECT step_index AS "stepIndex", tone, status, last_error AS "lastError", scheduled_at AS "scheduledAt" FROM reminder_messages WHERE invoice_id = $1 ORDER BY created_at, scheduled_at, step_index`,
    [invoiceId],
  )) as { stepIndex: number; tone: string; status: string; lastError: string | null; scheduledAt: Date }[];
}

export async function runOf(pipeline: Pipeline, invoiceId: string): Promise<{ id: string; status: string; paused_reason: string | null; end_reason: string | null; token_refunded: boolean }> {
  const [run] = (await pipeline.db.query(`SELECT id, status, paused_reason, end_reason, token_refunded FROM reminder_runs WHERE invoice_id = $1 ORDER BY created_at DESC LIMIT 1`, [invoiceId])) as {
    id: string;
    status: string;
    paused_reason: string | null;
    end_reason: string | null;
    token_refunded: boolean;
  }[];
  return run!;
}

/**
 * Registers, for the calling describe block, a pipeline (on a database of its own, see
 * startPipeline) whose clock starts at WINDOW_START and is set back after each test; the queues are
 * emptied and everything closed (the database dropped) at the end.
 */
export function pipelineInWindow(): { clock: FixedClock; readonly pipeline: Pipeline } {
  const clock = new FixedClock(new Date(WINDOW_START));
  let started: Pipeline | undefined;
  beforeAll(async () => {
    started = await startPipeline(clock);
  });
  afterEach(() => clock.set(new Date(WINDOW_START)));
  afterAll(async () => {
    await obliterateQueues(started);
    await started?.close();
  });
  return {
    clock,
    get pipeline(): Pipeline {
      if (!started) throw new Error('the pipeline starts in beforeAll');
      return started;
    },
  };
}

export const LINK = /http:\/\/localhost:5173\/r\/([A-Za-z0-9_-]{43})/;

/** Classic scenario due 2035-03-03; the J-7 mail sent on 24 February carries the debtor's link. */
export async function linkFromSentMail(pipeline: Pipeline) {
  const { creditor, invoice, email, phone } = await creditorWithInvoice(pipeline.api, { issueDate: '2035-02-01', dueDate: '2035-03-03' });
  await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
  await advanceInvoiceTo(pipeline, invoice.id, '2035-02-24T08:00:00Z');
  const [mail] = pipeline.sendgrid.to(email!);
  const token = mail!.text.match(LINK)?.[1];
  if (!token) throw new Error(`no debtor link in: ${mail!.text}`);
  return { creditor, invoice, email: email!, phone, token, debtor: pipeline.api.client() };
}
