import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { QUEUE } from '../../../common/queue-names.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { JobRunner } from '../../../observability/logging/job-runner.js';
import { ReminderDispatcherService } from './reminder-dispatcher.service.js';
import { JOB, SendReminderJob } from './reminder-queues.js';
import { ReminderSenderService } from './reminder-sender.service.js';

/**
 * Send jobs handled at once per queue: each is a batch (up to 500 messages), and the sender bounds
 * itself the provider calls in flight (REMINDER_SEND_CONCURRENCY) and the messages claimed (400,
 * reminder-sender.service.ts). More jobs than those bounds let the next batches be read and rendered
 * while earlier ones are claimed, sent and recorded: with 4 jobs of 100, each job's six round trips
 * ran in turn and the worker mostly waited (issue 5, dispatch bench). A SIGTERM finishes the jobs in
 * hand, so not many more than needed to keep the claims busy.
 */
const BATCHES_AT_ONCE = 8;

/**
 * Registers the reminder processors on the worker, and runs the dispatcher on a timer in each worker
 * process. Not a bull repeatable job: its schedule lives in Redis, so a flushed Redis silently stopped
 * all dispatching until a worker restarted. Several workers dispatching at once is harmless (SKIP
 * LOCKED gives them disjoint rows). The dispatch queue is still processed, for entries left by an
 * earlier version.
 */
@Injectable()
export class RemindersWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RemindersWorker');
  private timer: NodeJS.Timeout | undefined;
  private dispatching: Promise<unknown> | undefined;

  constructor(
    @InjectQueue(QUEUE.reminderDispatch) private readonly dispatchQueue: Queue,
    @InjectQueue(QUEUE.reminderEmail) private readonly emailQueue: Queue<SendReminderJob>,
    @InjectQueue(QUEUE.reminderSms) private readonly smsQueue: Queue<SendReminderJob>,
    private readonly dispatcher: ReminderDispatcherService,
    private readonly sender: ReminderSenderService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobRunner,
  ) {}

  onApplicationBootstrap(): void {
    const send = (job: Job<SendReminderJob>) =>
      this.jobs.run(job, async () => {
        const ids = job.data.messageIds ?? (job.data.messageId ? [job.data.messageId] : []);
        const outcomes = await this.sender.sendBatch(ids, { finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) });
        return Object.fromEntries(outcomes);
      });
    void this.emailQueue.process(JOB.sendReminder, BATCHES_AT_ONCE, send);
    void this.smsQueue.process(JOB.sendReminder, BATCHES_AT_ONCE, send);
    void this.dispatchQueue.process(JOB.dispatchReminders, 1, (job: Job) => this.jobs.run(job, () => this.dispatcher.dispatchDue()));
    const every = this.config.reminders.dispatchEveryMs;
    // Not under NODE_ENV=test: test files share one database, and a dispatcher on the system clock
    // would claim other tests' rows; tests dispatch by hand with their own clock.
    if (every > 0 && this.config.nodeEnv !== 'test') {
      this.timer = setInterval(() => this.tick(), every);
      this.tick();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.dispatching;
  }

  /** One dispatch at a time per process; a failure (database down) is logged and the next tick tries again. */
  private tick(): void {
    if (this.dispatching) return;
    this.dispatching = this.dispatcher
      .dispatchDue()
      .catch((error: unknown) => this.logger.error(`dispatch failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.dispatching = undefined;
      });
  }
}
