import { Module, OnModuleInit } from '@nestjs/common';
import { DisputesModule } from '../disputes/disputes.module.js';
import { InvoicesModule } from '../invoices/invoices.module.js';
import { RemindersModule } from '../reminders/reminders.module.js';
import { RunHoldsService } from '../reminders/run-holds.service.js';
import { DebtorPageResolver } from './debtor-page.resolver.js';
import { DebtorPageService } from './debtor-page.service.js';
import { pendingRequestHold } from './debtor-request-rows.js';
import { DebtorRequestsResolver } from './debtor-requests.resolver.js';
import { DebtorRequestsService } from './debtor-requests.service.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import { confirmedInstalmentSteps, PlanInstalmentsService } from './plan-instalments.service.js';

/** The debtor's page behind every reminder (public, signed link) and the creditor's answers to it. */
@Module({
  imports: [InvoicesModule, RemindersModule, DisputesModule],
  providers: [DebtorPageService, DebtorPageResolver, DebtorRequestsService, DebtorRequestsResolver, PaymentSettingsService, PlanInstalmentsService],
})
export class DebtorLinkModule implements OnModuleInit {
  constructor(private readonly holds: RunHoldsService) {}

  onModuleInit(): void {
    this.holds.registerHoldCheck(pendingRequestHold);
    this.holds.registerDoneStepsCheck(confirmedInstalmentSteps);
  }
}
