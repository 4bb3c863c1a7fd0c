import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { QUEUE } from '../../../common/queue-names.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { ReminderDispatcherService } from './reminder-dispatcher.service.js';
import { JOB, SendReminderJob } from './reminder-queues.js';
import { ReminderSenderService } from './reminder-sender.service.js';

const DISPATCH_REPEAT_ID = 'reminder-dispatch';

/**
 * Registers the reminder processors on the worker: the send queues with a configurable concurrency
 * (hence queue.process rather than @Process, whose concurrency is fixed at compile time), and the
 * dispatcher as a repeatable job. Only one repeatable entry exists per queue whatever the number of
 * workers (same repeat key), and SKIP LOCKED makes overlapping dispatches harmless anyway.
 */
@Injectable()
export class RemindersWorker implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUE.reminderDispatch) private readonly dispatchQueue: Queue,
    @InjectQueue(QUEUE.reminderEmail) private readonly emailQueue: Queue<SendReminderJob>,
    @InjectQueue(QUEUE.reminderSms) private readonly smsQueue: Queue<SendReminderJob>,
    private readonly dispatcher: ReminderDispatcherService,
    private readonly sender: ReminderSenderService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const send = (job: Job<SendReminderJob>) => this.sender.send(job.data.messageId, { finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) });
    void this.emailQueue.process(JOB.sendReminder, this.config.reminders.sendConcurrency, send);
    void this.smsQueue.process(JOB.sendReminder, this.config.reminders.sendConcurrency, send);
    void this.dispatchQueue.process(JOB.dispatchReminders, 1, () => this.dispatcher.dispatchDue());
    const every = this.config.reminders.dispatchEveryMs;
    // Not under NODE_ENV=test: test files share one database, and a dispatcher on the system clock
    // would claim other tests' rows; tests dispatch by hand with their own clock.
    if (every > 0 && this.config.nodeEnv !== 'test') {
      await this.dispatchQueue.add(JOB.dispatchReminders, {}, { repeat: { every }, jobId: DISPATCH_REPEAT_ID, attempts: 1, removeOnFail: true });
    }
  }
}
