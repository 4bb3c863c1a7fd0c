import type { Job, JobOptions, Queue } from 'bull';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { JOB } from '../../../common/queue-names.js';
import type { ImportProgress, ImportSummary } from './sirene-importer.js';

export interface ImportSireneJobData {
  filePath: string;
}

export type ImportSireneJobResult = ImportSummary;
export type ImportSireneJobProgress = ImportProgress;

/**
 * The same file (path, size, modification time) always gives the same job id, so adding it again
 * while it waits, runs or has completed is a no-op. Completed import jobs are kept for that reason
 * (and so the CLI can read the summary); there are a handful per month.
 */
export async function importJobId(filePath: string): Promise<{ jobId: string; absolutePath: string }> {
  const absolutePath = resolve(filePath);
  const info = await stat(absolutePath);
  const hash = createHash('sha256').update(`${absolutePath}\0${info.size}\0${info.mtimeMs}`).digest('hex').slice(0, 24);
  return { jobId: `sirene-${hash}`, absolutePath };
}

export const IMPORT_JOB_OPTIONS: JobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: false,
  removeOnFail: false,
};

/** Used by the service (through Nest's queue) and by the CLI (with a bare bull Queue). */
export async function enqueueSireneImport(queue: Queue, filePath: string): Promise<Job<ImportSireneJobData>> {
  const { jobId, absolutePath } = await importJobId(filePath);
  return queue.add(JOB.importSireneFile, { filePath: absolutePath } satisfies ImportSireneJobData, { ...IMPORT_JOB_OPTIONS, jobId });
}
