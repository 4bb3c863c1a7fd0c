import Bull from 'bull';
import pg from 'pg';
import { QUEUE } from '../common/queue-names.js';
import { ConfigValidationError } from '../config/env.variables.js';
import { loadConfig } from '../config/load-config.js';
import { enqueueSireneImport, type ImportSireneJobResult } from '../modules/companies/import/enqueue-import.js';
import { importSireneFile, type ImportProgress, type ImportSummary } from '../modules/companies/import/sirene-importer.js';

/**
 * `npm run import:companies -- <StockUniteLegale_utf8.csv> [--queue]`
 * Default: imports in this process and prints progress and a summary.
 * --queue: hands the file to the worker (which must be able to read the same path) and follows the job.
 */
const USAGE = 'Usage: import-companies <StockUniteLegale_utf8.csv> [--queue]';

const fmt = (n: number): string => n.toLocaleString('fr-FR');

function progressLine(p: ImportProgress, startedAt: number): string {
  const seconds = (Date.now() - startedAt) / 1000;
  return `${fmt(p.rowsRead)} lignes lues, ${fmt(p.imported)} importées, ${fmt(p.rejected)} rejetées (${fmt(Math.round(p.rowsRead / Math.max(seconds, 0.001)))} lignes/s)`;
}

function showProgress(line: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r${line}\x1b[K`);
  else process.stderr.write(`${line}\n`);
}

const STRATEGY_LABELS: Record<ImportSummary['strategy'], string> = {
  batches: 'par lots',
  bulk: 'en une transaction',
  load: 'dans une table vide, en une transaction, index construits à la fin',
};

function printSummary(summary: ImportSummary): void {
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.log(
    `Terminé : ${fmt(summary.rowsRead)} lignes lues, ${fmt(summary.imported)} importées, ${fmt(summary.rejected)} rejetées ` +
      `en ${(summary.durationMs / 1000).toFixed(1)} s (${fmt(summary.rowsPerSecond)} lignes/s ; ` +
      `${STRATEGY_LABELS[summary.strategy]}${summary.strategy === 'bulk' && summary.rebuiltIndexes ? ', index reconstruits' : ''}).`,
  );
  for (const error of summary.errors) console.log(`  ligne ${error.line} : ${error.reason}${error.siren ? ` (SIREN « ${error.siren} »)` : ''}`);
  if (summary.rejected > summary.errors.length) console.log(`  … et ${fmt(summary.rejected - summary.errors.length)} autres rejets.`);
}

async function importHere(filePath: string, databaseUrl: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  const startedAt = Date.now();
  let last = 0;
  try {
    const summary = await importSireneFile(pool, filePath, {
      onProgress: (p) => {
        if (Date.now() - last < 500) return;
        last = Date.now();
        showProgress(progressLine(p, startedAt));
      },
    });
    printSummary(summary);
  } finally {
    await pool.end();
  }
}

async function importOnWorker(filePath: string, redisUrl: string, prefix: string): Promise<void> {
  const queue = new Bull(QUEUE.companyImport, redisUrl, { prefix });
  try {
    const job = await enqueueSireneImport(queue, filePath);
    console.log(`Job ${String(job.id)} en file d'attente (${QUEUE.companyImport}).`);
    const startedAt = Date.now();
    for (;;) {
      const current = await queue.getJob(job.id);
      if (!current) throw new Error(`Le job ${String(job.id)} a disparu de la file.`);
      const state = await current.getState();
      const progress = current.progress() as ImportProgress | number;
      if (typeof progress === 'object' && progress !== null) showProgress(`[${state}] ${progressLine(progress, startedAt)}`);
      else showProgress(`[${state}]`);
      if (state === 'completed') {
        printSummary(current.returnvalue as ImportSireneJobResult);
        return;
      }
      if (state === 'failed') throw new Error(`L'import a échoué : ${current.failedReason ?? 'raison inconnue'}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await queue.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files = args.filter((arg) => !arg.startsWith('--'));
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--queue');
  if (files.length !== 1 || unknown.length > 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  const file = files[0] as string;
  if (args.includes('--queue')) await importOnWorker(file, config.redisUrl, config.queuePrefix);
  else await importHere(file, config.databaseUrl);
}

main().catch((error: unknown) => {
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.error(error instanceof ConfigValidationError || error instanceof Error ? error.message : error);
  process.exit(1);
});
