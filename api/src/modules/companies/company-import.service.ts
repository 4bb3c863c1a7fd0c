import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bull';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { QUEUE } from '../../common/queue-names.js';
import { enqueueSireneImport, type ImportSireneJobData } from './import/enqueue-import.js';
import { importSireneFile, type ImportProgress, type ImportSummary } from './import/sirene-importer.js';

/** Imports SIRENE stock files, now (in this process) or through the worker's queue. */
@Injectable()
export class CompanyImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.companyImport) private readonly queue: Queue<ImportSireneJobData>,
    private readonly clock: Clock,
  ) {}

  importFile(filePath: string, onProgress?: (progress: ImportProgress) => void | Promise<void>): Promise<ImportSummary> {
    return importSireneFile(this.dataSource, filePath, { now: this.clock.now(), ...(onProgress ? { onProgress } : {}) });
  }

  /** Adds the import job; the same unchanged file gives the same job id, so a re-add is a no-op. */
  enqueueImport(filePath: string): Promise<Job<ImportSireneJobData>> {
    return enqueueSireneImport(this.queue, filePath);
  }
}
