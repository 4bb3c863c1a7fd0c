import { Module } from '@nestjs/common';
import { ReminderDispatcherService } from './jobs/reminder-dispatcher.service.js';
import { REMINDER_QUEUES } from './jobs/reminder-queues.js';
import { ReminderSenderService } from './jobs/reminder-sender.service.js';
import { RemindersWorker } from './jobs/reminders-worker.js';
import { RemindersModule } from './reminders.module.js';

/** The worker-only half: reminder queues, dispatcher and sender. */
@Module({
  imports: [RemindersModule, REMINDER_QUEUES],
  providers: [ReminderDispatcherService, ReminderSenderService, RemindersWorker],
  exports: [ReminderDispatcherService, ReminderSenderService],
})
export class RemindersWorkerModule {}
