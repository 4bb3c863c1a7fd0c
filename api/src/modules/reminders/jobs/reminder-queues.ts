import { BullModule } from '@nestjs/bull';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { JOB, QUEUE } from '../../../common/queue-names.js';
import { Channel } from '../domain/scenario.js';

/** One send queue per provider, so each has its own rate limit (bull's limiter is per queue, across workers). */
export const SEND_QUEUE: Record<Channel, string> = { EMAIL: QUEUE.reminderEmail, SMS: QUEUE.reminderSms };

export interface SendReminderJob {
  messageId: string;
}

export { JOB };

const limiter = (perSecond: number) => (perSecond > 0 ? { limiter: { max: perSecond, duration: 1_000 } } : {});

export const REMINDER_QUEUES = BullModule.registerQueueAsync(
  { name: QUEUE.reminderDispatch },
  { name: QUEUE.reminderEmail, inject: [APP_CONFIG], useFactory: (config: AppConfig) => limiter(config.reminders.emailRatePerSecond) },
  { name: QUEUE.reminderSms, inject: [APP_CONFIG], useFactory: (config: AppConfig) => limiter(config.reminders.smsRatePerSecond) },
);
