import { Module, OnModuleInit } from '@nestjs/common';
import { EmailModule } from '../../providers/email/email.module.js';
import { SmsModule } from '../../providers/sms/sms.module.js';
import { GoodReminderHistoryModule } from './good-reminder-history.js';
import { InvoiceLifecycle } from '../invoices/invoice-lifecycle.js';
import { InvoicesModule } from '../invoices/invoices.module.js';
import { ReminderRunsService } from './reminder-runs.service.js';
import { RunHoldsService } from './run-holds.service.js';
import { MessageContextService } from './message-context.service.js';
import { RemindersResolver } from './reminders.resolver.js';
import { RunTokens } from './run-tokens.port.js';
import { ApprovalsResolver } from './approvals.resolver.js';
import { ApprovalsService } from './approvals.service.js';
import { ReminderSettingsResolver } from './reminder-settings.resolver.js';
import { ReminderSettingsService } from './reminder-settings.service.js';
import { ScenariosService } from './scenarios.service.js';
import { TasksResolver } from './tasks.resolver.js';
import { TasksService } from './tasks.service.js';
import { ScoreEffectsService } from './score-effects.service.js';
import { SegmentsResolver } from './segments.resolver.js';
import { SegmentsService } from './segments.service.js';
import { DeliveryWebhooksController } from './webhooks/delivery-webhooks.controller.js';
import { DeliveryWebhooksService } from './webhooks/delivery-webhooks.service.js';
import { TOKENS_IMPORTS, RUN_TOKENS_PROVIDER } from './run-tokens.provider.js';

/** Scenarios, runs, the outbox and provider webhooks; the worker half is RemindersWorkerModule. */
@Module({
  imports: [InvoicesModule, EmailModule, SmsModule, GoodReminderHistoryModule, ...TOKENS_IMPORTS],
  controllers: [DeliveryWebhooksController],
  providers: [ReminderSettingsService, ReminderSettingsResolver, ApprovalsService, ApprovalsResolver, TasksService, TasksResolver, ScenariosService, SegmentsService, ScoreEffectsService, ReminderRunsService, RunHoldsService, MessageContextService, RemindersResolver, SegmentsResolver, DeliveryWebhooksService, RUN_TOKENS_PROVIDER],
  exports: [ScenariosService, ReminderRunsService, RunHoldsService, MessageContextService, ReminderSettingsService, ScoreEffectsService, RunTokens, EmailModule, SmsModule],
})
export class RemindersModule implements OnModuleInit {
  constructor(
    private readonly lifecycle: InvoiceLifecycle,
    private readonly runs: ReminderRunsService,
    private readonly holds: RunHoldsService,
  ) {}

  onModuleInit(): void {
    this.lifecycle.onPaid((manager, event) => this.runs.onInvoicePaid(manager, event));
    this.lifecycle.onCancelled((manager, event) => this.runs.onInvoiceCancelled(manager, event));
    this.lifecycle.onDueDateChanged(async (manager, event) => void (await this.holds.reschedule(manager, event.invoiceId)));
  }
}
