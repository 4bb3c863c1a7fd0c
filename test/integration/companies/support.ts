import type { INestApplicationContext } from '@nestjs/common';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompanyImportService } from '../../../api/src/modules/companies/company-import.service.js';
import type { ImportSummary } from '../../../api/src/modules/companies/import/sirene-importer.js';

export const SAMPLE_FILE = fileURLToPath(new URL('../../fixtures/sirene/StockUniteLegale_sample.csv', import.meta.url));

/** Imports the committed sample; harmless to repeat in parallel files (it upserts in SIREN order). */
export function importSample(app: INestApplicationContext): Promise<ImportSummary> {
  return app.get(CompanyImportService).importFile(SAMPLE_FILE);
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'bp-sirene-'));
}

export async function copySample(dir: string, name = 'StockUniteLegale.csv'): Promise<string> {
  const path = join(dir, name);
  await copyFile(SAMPLE_FILE, path);
  return path;
}
