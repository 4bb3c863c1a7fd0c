import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapWorker } from '../../../api/src/bootstrap-worker.js';
import { QUEUE } from '../../../api/src/common/queue-names.js';
import { CompaniesService } from '../../../api/src/modules/companies/companies.service.js';
import { CompanyImportService } from '../../../api/src/modules/companies/company-import.service.js';
import type { ImportSummary } from '../../../api/src/modules/companies/import/sirene-importer.js';
import { testConfig } from '../../support/test-config.js';
import { copySample, tempDir } from './support.js';

let worker: INestApplicationContext;

beforeAll(async () => {
  worker = await bootstrapWorker({ config: testConfig() });
});

afterAll(async () => {
  const queue = worker?.get<Queue>(getQueueToken(QUEUE.companyImport));
  await queue?.obliterate({ force: true }).catch(() => undefined);
  await worker?.close();
});

describe('import job on the worker', () => {
  it('runs the queued import, reports progress and returns the summary; adding it again is a no-op', async () => {
    const file = await copySample(await tempDir());
    const sut = worker.get(CompanyImportService);
    const progress: unknown[] = [];
    const queue = worker.get<Queue>(getQueueToken(QUEUE.companyImport));
    queue.on('progress', (_job, value) => progress.push(value));

    const job = await sut.enqueueImport(file);
    const summary = (await job.finished()) as ImportSummary;

    expect(summary).toMatchObject({ rejected: 4 });
    expect(summary.imported).toBeGreaterThan(190);
    expect(progress.at(-1)).toMatchObject({ imported: summary.imported, rejected: 4 });
    const again = await sut.enqueueImport(file);
    expect(again.id).toBe(job.id);
    expect(await (await queue.getJob(job.id))?.getState()).toBe('completed');
    expect((await worker.get(CompaniesService).findBySiren('552120222'))?.name).toBe('SOCIÉTÉ GÉNÉRALE');
  });
});
