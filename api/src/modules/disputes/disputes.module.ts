import { Module, OnModuleInit } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module.js';
import { RunHoldsService } from '../reminders/run-holds.service.js';
import { DebtorRepresentation } from './debtor-representation.js';
import { DisputesResolver } from './disputes.resolver.js';
import { DisputesService } from './disputes.service.js';
import { InvoicesAboutMyCompanyResolver } from './invoices-about-my-company.resolver.js';
import { InvoicesAboutMyCompanyService } from './invoices-about-my-company.service.js';

/** Invoice disputes. DisputesService.rule/ruleWithin is the moderation feature's entry point. */
@Module({
  imports: [RemindersModule],
  providers: [DebtorRepresentation, DisputesService, DisputesResolver, InvoicesAboutMyCompanyService, InvoicesAboutMyCompanyResolver],
  exports: [DisputesService, DebtorRepresentation],
})
export class DisputesModule implements OnModuleInit {
  constructor(
    private readonly holds: RunHoldsService,
    private readonly disputes: DisputesService,
  ) {}

  onModuleInit(): void {
    this.holds.registerHoldCheck((manager, invoiceId) => this.disputes.holdOn(manager, invoiceId));
  }
}
