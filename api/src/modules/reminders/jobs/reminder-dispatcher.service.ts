import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock.js';
import { QUEUE } from '../../../common/queue-names.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { EmailSender } from '../../../providers/email/email-sender.port.js';
import { SmsSender } from '../../../providers/sms/sms-sender.port.js';
import { assignGroups } from '../domain/group-message.js';
import { Channel } from '../domain/scenario.js';
import { returnedRows } from '../message-rows.js';
import { completeRuns, INTERRUPTED } from './outbox-statements.js';
import { JOB, SendReminderJob, sendBatchSize } from './reminder-queues.js';

interface ClaimedRow {
  id: string;
  channel: Channel;
  status: string;
  invoice_id: string;
  group_id: string | null;
  scheduled_at: Date;
  /** creditor, debtor, channel, lower-case address, Paris day of scheduled_at (see group-message.ts). */
  group_key: string;
}

const GROUP_KEY = `concat_ws('|', i.creditor_siren, i.debtor_siren, m.channel, lower(m.to_address), (m.scheduled_at AT TIME ZONE 'Europe/Paris')::date)`;
const COLUMNS = `m.id, m.channel, m.status, m.invoice_id, m.group_id, m.scheduled_at, ${GROUP_KEY} AS group_key`;
const ARM = (where: string, order: string) =>
  `SELECT ${COLUMNS} FROM reminder_messages m JOIN invoices i ON i.id = m.invoice_id WHERE ${where} ORDER BY ${order} LIMIT $4 FOR UPDATE OF m SKIP LOCKED`;

/**
 * One claim (issue 5, dispatch throughput: a SELECT per arm, one for the group-mates and an UPDATE
 * were six round trips per batch). $1 now, $2 stale-QUEUED limit, $3 configured channels, $4 batch
 * size. Each arm is its own CTE (PostgreSQL refuses FOR UPDATE under UNION); CTEs are read lazily,
 * so the outer LIMIT reads the arms in order and stops pulling (and locking) once the batch is full,
 * as the per-arm `room` did. `status` returned is the one before the claim (stale QUEUED rows keep
 * their group; fresh rows have theirs cleared, then set by assignGroupIds).
 */
const CLAIM = `
WITH stale AS (${ARM(`m.status = 'QUEUED' AND m.queued_at <= $2`, 'm.queued_at')}),
now_configured AS (${ARM(`m.status = 'NOT_CONFIGURED' AND m.scheduled_at <= $1 AND m.channel = ANY($3::text[])`, 'm.scheduled_at')}),
scheduled AS (${ARM(`m.status = 'SCHEDULED' AND m.scheduled_at <= $1`, 'm.scheduled_at')}),
due AS (
  SELECT * FROM (SELECT * FROM stale UNION ALL SELECT * FROM now_configured UNION ALL SELECT * FROM scheduled) arms LIMIT $4
), later AS (
  SELECT ${COLUMNS} FROM reminder_messages m JOIN invoices i ON i.id = m.invoice_id
   WHERE m.status = 'SCHEDULED' AND m.scheduled_at > $1 AND m.scheduled_at < $1 + interval '1 day'
     AND ${GROUP_KEY} = ANY(ARRAY(SELECT group_key FROM due WHERE status <> 'QUEUED'))
   FOR UPDATE OF m SKIP LOCKED
), claimed AS (
  SELECT *, true AS is_due FROM due UNION ALL SELECT *, false AS is_due FROM later
)
UPDATE reminder_messages m
   SET status = 'QUEUED', queued_at = $1, updated_at = $1, group_id = CASE WHEN c.status = 'QUEUED' THEN m.group_id END
  FROM claimed c WHERE m.id = c.id
RETURNING c.id, c.channel, c.status, c.invoice_id, c.group_id, c.scheduled_at, c.group_key, c.is_due`;

/**
 * Moves due outbox rows into bull (DESIGN §4.2). Claims with FOR UPDATE SKIP LOCKED so dispatchers
 * running in parallel take disjoint batches. Messages for several invoices of one debtor due the same
 * Paris day on the same channel to the same address get one group id (later ones that day are
 * claimed with them), and leave as one. Bull jobs carry batches of messages (a group never split):
 * idempotency is per message, in the database (only QUEUED → SENDING sends). Also claims again, so
 * nothing is lost:
 * - rows QUEUED for longer than the timeout (Redis flushed, or a crash between commit and add);
 * - NOT_CONFIGURED rows whose provider is now configured;
 * and turns rows SENDING for longer than the timeout (the worker died between the provider call and
 * its record) into UNKNOWN: never resent blindly.
 */
@Injectable()
export class ReminderDispatcherService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.reminderEmail) private readonly emailQueue: Queue<SendReminderJob>,
    @InjectQueue(QUEUE.reminderSms) private readonly smsQueue: Queue<SendReminderJob>,
    private readonly email: EmailSender,
    private readonly sms: SmsSender,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Dispatches batches until none is full; returns how many messages were queued. The next claim runs
   * while the previous batch's jobs are being added to bull (each claim is committed before its jobs
   * are added, so overlapping them changes nothing a crash or a Redis loss could do: QUEUED rows whose
   * job never arrived are claimed again after the timeout).
   */
  async dispatchDue(): Promise<number> {
    await this.markInterrupted();
    let total = 0;
    let enqueuing: Promise<void> | undefined;
    try {
      for (;;) {
        const { rows, due, claimedAt } = await this.claimBatch();
        total += rows.length;
        // One enqueue at a time: the previous one must be done (its failure stops the loop here).
        await enqueuing;
        enqueuing = this.enqueue(rows, claimedAt);
        // Handled: awaited on the next turn or below; without this, a failure while the next claim
        // runs would be an unhandled rejection.
        enqueuing.catch(() => undefined);
        if (due < this.config.reminders.dispatchBatchSize) return total;
      }
    } finally {
      await enqueuing;
    }
  }

  private async markInterrupted(): Promise<void> {
    const now = this.clock.now();
    const staleBefore = new Date(now.getTime() - this.config.reminders.queuedTimeoutSeconds * 1_000);
    const rows = returnedRows<{ run_id: string }>(
      await this.dataSource.query(
        `UPDATE reminder_messages SET status = 'UNKNOWN', last_error = $3, updated_at = $1
          WHERE status = 'SENDING' AND updated_at <= $2 RETURNING run_id`,
        [now, staleBefore, INTERRUPTED],
      ),
    );
    await completeRuns(this.dataSource, rows.map((row) => row.run_id), now);
  }

  /**
   * Claims one batch: one UPDATE … RETURNING takes the due rows (stale QUEUED first, then
   * NOT_CONFIGURED now configured, then SCHEDULED, each arm an indexed, ordered, limited read with
   * FOR UPDATE SKIP LOCKED, stopped as soon as the batch is full) and their group-mates due later the
   * same Paris day, and marks them QUEUED; a second statement gives the groups found their ids, only
   * when there are some. `due`: rows the arms found (a full batch means more may wait); `rows`: with
   * the day's group-mates.
   */
  private async claimBatch(): Promise<{ rows: ClaimedRow[]; due: number; claimedAt: Date }> {
    const now = this.clock.now();
    const staleBefore = new Date(now.getTime() - this.config.reminders.queuedTimeoutSeconds * 1_000);
    const configured = [...(this.email.configured ? ['EMAIL'] : []), ...(this.sms.configured ? ['SMS'] : [])];
    const rows = await this.dataSource.transaction(async (manager) => {
      // The arms must walk their index in order and stop at the LIMIT. Without fresh statistics
      // (100 k rows made due since the last autoanalyze) PostgreSQL estimates a few hundred due rows
      // and instead reads and sorts every one of them on each batch: 170 ms a batch for 100 k due
      // against 4 ms, quadratic over a burst. No query here needs a sort; this transaction only.
      await manager.query(`SET LOCAL enable_sort = off`);
      const claimed = returnedRows<ClaimedRow & { is_due: boolean }>(
        await manager.query(CLAIM, [now, staleBefore, configured, this.config.reminders.dispatchBatchSize]),
      );
      await this.assignGroupIds(manager, claimed);
      return claimed;
    });
    return { rows, due: rows.filter((row) => row.is_due).length, claimedAt: now };
  }

  /** Fresh rows get their group (the claim cleared theirs; stale QUEUED rows keep theirs: they were grouped when first claimed). */
  private async assignGroupIds(manager: EntityManager, rows: ClaimedRow[]): Promise<void> {
    const fresh = rows.filter((row) => row.status !== 'QUEUED');
    const groups = assignGroups(fresh.map((row) => ({ id: row.id, invoiceId: row.invoice_id, key: row.group_key, scheduledAt: row.scheduled_at })));
    const grouped: ClaimedRow[] = [];
    for (const row of fresh) {
      row.group_id = groups.get(row.id) ?? null;
      if (row.group_id !== null) grouped.push(row);
    }
    if (grouped.length === 0) return;
    await manager.query(
      `UPDATE reminder_messages m SET group_id = v.group_id FROM unnest($1::uuid[], $2::uuid[]) AS v(id, group_id) WHERE m.id = v.id`,
      [grouped.map((row) => row.id), grouped.map((row) => row.group_id)],
    );
  }

  /** Committed before bull hears of them: a crash here leaves QUEUED rows the timeout picks up again. */
  private async enqueue(rows: readonly ClaimedRow[], claimedAt: Date): Promise<void> {
    for (const [channel, queue, rate] of [
      ['EMAIL', this.emailQueue, this.config.reminders.emailRatePerSecond],
      ['SMS', this.smsQueue, this.config.reminders.smsRatePerSecond],
    ] as const) {
      const batches = batchesKeepingGroups(rows.filter((row) => row.channel === channel), sendBatchSize(rate));
      // Unique per claim (a claim sets queued_at = now): a batch claimed again after a Redis loss is a new job.
      const jobs = batches.map((ids) => ({ name: JOB.sendReminder, data: { messageIds: ids }, opts: { jobId: `${ids[0]}@${claimedAt.getTime()}` } }));
      if (jobs.length > 0) await queue.addBulk(jobs);
    }
  }
}

/** Message ids in batches of about `size`, a group's members always in the same batch. */
export function batchesKeepingGroups(rows: readonly { id: string; group_id: string | null }[], size: number): string[][] {
  const byGroup = new Map<string, string[]>();
  for (const row of rows) {
    const key = row.group_id ?? row.id;
    const members = byGroup.get(key);
    if (members) members.push(row.id);
    else byGroup.set(key, [row.id]);
  }
  const batches: string[][] = [];
  let current: string[] = [];
  for (const members of byGroup.values()) {
    if (current.length > 0 && current.length + members.length > size) {
      batches.push(current);
      current = [];
    }
    current.push(...members);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
