import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock.js';
import { QUEUE } from '../../../common/queue-names.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { EmailSender } from '../../../providers/email/email-sender.port.js';
import { SmsSender } from '../../../providers/sms/sms-sender.port.js';
import { Channel } from '../domain/scenario.js';
import { returnedRows } from '../message-rows.js';
import { JOB, SendReminderJob } from './reminder-queues.js';

/**
 * Moves due outbox rows into bull (DESIGN §4.2). Claims with FOR UPDATE SKIP LOCKED so dispatchers
 * running in parallel take disjoint batches; the jobId is the message id so adding twice is a no-op.
 * Also claims again, so nothing is lost:
 * - rows QUEUED for longer than the timeout (Redis flushed, or a crash between commit and add);
 * - NOT_CONFIGURED rows whose provider is now configured.
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

  /** Dispatches batches until none is full; returns how many messages were queued. */
  async dispatchDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await this.claimBatch();
      total += claimed;
      if (claimed < this.config.reminders.dispatchBatchSize) return total;
    }
  }

  private async claimBatch(): Promise<number> {
    const now = this.clock.now();
    const staleBefore = new Date(now.getTime() - this.config.reminders.queuedTimeoutSeconds * 1_000);
    const configured = [...(this.email.configured ? ['EMAIL'] : []), ...(this.sms.configured ? ['SMS'] : [])];
    const rows = returnedRows<{ id: string; channel: Channel }>(
      await this.dataSource.query(
        `WITH due AS (
           SELECT id FROM reminder_messages
            WHERE (status = 'SCHEDULED' AND scheduled_at <= $1)
               OR (status = 'QUEUED' AND queued_at <= $2)
               OR (status = 'NOT_CONFIGURED' AND scheduled_at <= $1 AND channel = ANY($3::text[]))
            ORDER BY scheduled_at
            LIMIT $4
            FOR UPDATE SKIP LOCKED)
         UPDATE reminder_messages m SET status = 'QUEUED', queued_at = $1, updated_at = $1
           FROM due WHERE m.id = due.id
         RETURNING m.id, m.channel`,
        [now, staleBefore, configured, this.config.reminders.dispatchBatchSize],
      ),
    );
    // Committed before bull hears of them: a crash here leaves QUEUED rows the timeout picks up again.
    for (const [channel, queue] of [['EMAIL', this.emailQueue], ['SMS', this.smsQueue]] as const) {
      const jobs = rows.filter((row) => row.channel === channel).map((row) => ({ name: JOB.sendReminder, data: { messageId: row.id }, opts: { jobId: row.id } }));
      if (jobs.length > 0) await queue.addBulk(jobs);
    }
    return rows.length;
  }
}
