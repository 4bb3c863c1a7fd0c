import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { QUEUE } from '../../common/queue-names.js';
import { CompaniesResolver } from './companies.resolver.js';
import { CompaniesService } from './companies.service.js';
import { CompanyImportService } from './company-import.service.js';

/** Companies: SIREN lookup, search, SIRENE import (the queue is owned here; the processor runs in the worker). */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUE.companyImport })],
  providers: [CompaniesService, CompanyImportService, CompaniesResolver],
  exports: [CompaniesService, CompanyImportService],
})
export class CompaniesModule {}
