import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { JOB, QUEUE } from '../../../common/queue-names.js';
import { CompaniesException } from '../companies.exception.js';
import { JobRunner } from '../../../observability/logging/job-runner.js';
import { CompanyImportService } from '../company-import.service.js';
import type { ImportSireneJobData, ImportSireneJobResult } from '../import/enqueue-import.js';

@Processor(QUEUE.companyImport)
export class ImportSireneFileProcessor {
  private readonly logger = new Logger(ImportSireneFileProcessor.name);

  constructor(
    private readonly imports: CompanyImportService,
    private readonly jobs: JobRunner,
  ) {}

  @Process(JOB.importSireneFile)
  handle(job: Job<ImportSireneJobData>): Promise<ImportSireneJobResult> {
    return this.jobs.run(job, () => this.importFile(job));
  }

  private async importFile(job: Job<ImportSireneJobData>): Promise<ImportSireneJobResult> {
    try {
      const summary = await this.imports.importFile(job.data.filePath, (progress) => job.progress(progress));
      this.logger.log(
        `Imported ${job.data.filePath}: ${summary.imported} rows, ${summary.rejected} rejected, ${summary.rowsPerSecond} rows/s ` +
          `(${summary.strategy}${summary.rebuiltIndexes ? ', indexes rebuilt' : ''}${Object.keys(summary.applyStepsMs).length > 0 ? `; apply ms ${JSON.stringify(summary.applyStepsMs)}` : ''})`,
      );
      return summary;
    } catch (error) {
      // A malformed file will not get better on retry.
      if (error instanceof CompaniesException) await job.discard();
      throw error;
    }
  }
}
