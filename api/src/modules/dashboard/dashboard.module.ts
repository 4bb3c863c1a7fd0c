import { Module } from '@nestjs/common';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';

/** The creditor dashboard: read-only figures computed in SQL over invoices, reminders and the token ledger. */
@Module({
  providers: [DashboardService, DashboardResolver],
})
export class DashboardModule {}
