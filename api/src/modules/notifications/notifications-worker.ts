import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { JOB, QUEUE } from '../../common/queue-names.js';
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
    void this.queue.process(JOB.sendNotifications, 1, () => this.sender.sendPending());
    const every = this.config.reminders.dispatchEveryMs;
    if (every > 0 && this.config.nodeEnv !== 'test') {
      await this.queue.add(JOB.sendNotifications, {}, { repeat: { every }, jobId: REPEAT_ID, attempts: 1, removeOnComplete: true, removeOnFail: true });
    }
  }
}
