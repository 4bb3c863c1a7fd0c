import { BullModule } from '@nestjs/bull';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { JOB, QUEUE } from '../../../common/queue-names.js';
import { Channel } from '../domain/scenario.js';

/** One send queue per provider, so each has its own rate limit (bull's limiter is per queue, across workers). */
export const SEND_QUEUE: Record<Channel, string> = { EMAIL: QUEUE.reminderEmail, SMS: QUEUE.reminderSms };

/**
 * A send job carries a batch of message ids (issue 5, throughput: one bull job per message cost as
 * much as the provider call itself; a job's read, run completion and bull bookkeeping are paid per
 * job). The sender claims and calls the provider by parts of at most 100 messages.
 * `messageId`: a job queued by an earlier version, one message.
 */
export interface SendReminderJob {
  messageIds?: string[];
  messageId?: string;
}

export { JOB };

const BATCH = 500;

/** Messages per send job: `BATCH`, or fewer under a per-second rate limit so one job never exceeds it. */
export function sendBatchSize(ratePerSecond: number): number {
  return ratePerSecond > 0 ? Math.min(BATCH, ratePerSecond) : BATCH;
}

/**
 * Bull limits jobs per second; a job holds up to sendBatchSize(rate) messages (a group counts its
 * messages, though it is one provider call), so floor(rate / size) jobs a second never exceed `rate`.
 */
const limiter = (perSecond: number) => (perSecond > 0 ? { limiter: { max: Math.max(1, Math.floor(perSecond / sendBatchSize(perSecond))), duration: 1_000 } } : {});

export const REMINDER_QUEUES = BullModule.registerQueueAsync(
  { name: QUEUE.reminderDispatch },
  { name: QUEUE.reminderEmail, inject: [APP_CONFIG], useFactory: (config: AppConfig) => limiter(config.reminders.emailRatePerSecond) },
  { name: QUEUE.reminderSms, inject: [APP_CONFIG], useFactory: (config: AppConfig) => limiter(config.reminders.smsRatePerSecond) },
);
