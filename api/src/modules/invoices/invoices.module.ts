import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module.js';
import { InvoiceImportService } from './invoice-import.service.js';
import { InvoiceLifecycle } from './invoice-lifecycle.js';
import { InvoicesResolver } from './invoices.resolver.js';
import { InvoicesService } from './invoices.service.js';

/** Invoices and the creditor's contacts. InvoiceLifecycle is where score and reminders plug in. */
@Module({
  imports: [CompaniesModule],
  providers: [InvoicesService, InvoiceImportService, InvoiceLifecycle, InvoicesResolver],
  exports: [InvoicesService, InvoiceLifecycle],
})
export class InvoicesModule {}
