import { Module } from '@nestjs/common';
import { CompaniesModule } from './companies.module.js';
import { ImportSireneFileProcessor } from './jobs/import-sirene-file.processor.js';

/** The worker-only half: bull processors of the companies queues. */
@Module({
  imports: [CompaniesModule],
  providers: [ImportSireneFileProcessor],
})
export class CompaniesWorkerModule {}
