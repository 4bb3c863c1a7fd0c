import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { QUEUE } from '../../common/queue-names.js';
import { EmailModule } from '../../providers/email/email.module.js';
import { NotificationSenderService } from './notification-sender.service.js';
import { NotificationsWorker } from './notifications-worker.js';

/** The worker half of notifications: the outbox sender and its repeatable job. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUE.notificationDispatch }), EmailModule],
  providers: [NotificationSenderService, NotificationsWorker],
  exports: [NotificationSenderService],
})
export class NotificationsWorkerModule {}
