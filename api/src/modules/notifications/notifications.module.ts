import { Global, Module } from '@nestjs/common';
import { NotificationOutbox } from './notification-outbox.js';

/** Global: claims, recommendations and publications all write notices through NotificationOutbox. */
@Global()
@Module({
  providers: [NotificationOutbox],
  exports: [NotificationOutbox],
})
export class NotificationsModule {}
