import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { JOB, QUEUE } from '../../common/queue-names.js';
import { startRepeatableJob } from '../../common/repeatable-job.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { NotificationSenderService } from './notification-sender.service.js';

const REPEAT_ID = 'notification-dispatch';

/**
 * A repeatable job drains the notice outbox at the reminder dispatcher's period (one setting for
 * "how often the outboxes are polled"). As for reminders, not under NODE_ENV=test: tests share one
 * database and drain by hand.
 */
@Injectable()
export class NotificationsWorker implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUE.notificationDispatch) private readonly queue: Queue,
    private readonly sender: NotificationSenderService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.reminders.dispatchEveryMs;
    await startRepeatableJob(
      this.queue,
      { name: JOB.sendNotifications, repeatId: REPEAT_ID, everyMs: every, schedule: every > 0 && this.config.nodeEnv !== 'test' },
      () => this.sender.sendPending(),
    );
  }
}
