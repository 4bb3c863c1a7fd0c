/**
 * SIRENE import throughput: the product's importer (read, map, COPY into staging, upsert) into an
 * empty, fully indexed `companies` table, then the same file again (every row unchanged), beside the
 * raw engine: PostgreSQL's own COPY … (FORMAT csv) of the same file into an unindexed table of text
 * columns (no mapping, no normalisation, no indexes: the floor no importer can beat).
 *
 *   npx tsc -b scoring api && npx tsx test/bench/import/import.bench.ts [--rows=1000000] [--strategy=auto|bulk|batches]
 *
 * The file is generated once per size under the OS temp dir; the database bonpayeur_bench_import is
 * rebuilt on every run (an import into an empty table is what is measured).
 */
import { createReadStream, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { importSireneFile, type ImportStrategy, type ImportSummary } from '../../../api/src/modules/companies/import/sirene-importer.js';
import { SIRENE_HEADER, writeSireneFile } from '../../fixtures/sirene/generate-sample.js';
import { ADMIN_URL, databaseUrlFor, migrate } from '../support/dataset.js';

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
}

function textOption(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

interface TimedImport {
  summary: ImportSummary;
  /** Seconds until the last batch was handed over (read, mapped and staged or written). */
  readSeconds: number;
}

/** The importer, with the moment its last batch was taken: what follows is the bulk apply. */
async function timedImport(pool: pg.Pool, file: string, strategy: ImportStrategy): Promise<TimedImport> {
  const started = performance.now();
  const marks: number[] = [];
  const summary = await importSireneFile(pool, file, { strategy, onProgress: () => void marks.push(performance.now()) });
  // The last mark is the summary's own; the one before, the last batch.
  const lastBatch = marks.length >= 2 ? (marks[marks.length - 2] as number) : started;
  return { summary, readSeconds: (lastBatch - started) / 1000 };
}

function describeRun(label: string, run: TimedImport): string {
  const s = run.summary;
  const total = s.durationMs / 1000;
  const steps = Object.entries(s.applyStepsMs).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}`).join(', ');
  const phases = s.strategy === 'bulk'
    ? `; read+staged ${run.readSeconds.toFixed(1)} s, applied ${(total - run.readSeconds).toFixed(1)} s: ${steps}`
    : s.strategy === 'load' ? `; ${steps}` : '';
  return `${label.padEnd(29)}${fmt(s.rowsPerSecond)} rows/s  (${total.toFixed(1)} s, ${fmt(s.imported)} imported, ${fmt(s.rejected)} rejected; ${s.strategy}${s.rebuiltIndexes ? ', indexes rebuilt' : ''}${phases})`;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = databaseUrlFor(name);
  migrate(url);
  return url;
}

async function rawCopy(pool: pg.Pool, file: string): Promise<{ rows: number; seconds: number }> {
  const client = await pool.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS raw_stock`);
    await client.query(`CREATE UNLOGGED TABLE raw_stock (${SIRENE_HEADER.map((c) => `"${c}" text`).join(', ')})`);
    const started = performance.now();
    const sink = client.query(copyFrom(`COPY raw_stock FROM STDIN (FORMAT csv, HEADER true)`));
    await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), sink);
    const seconds = (performance.now() - started) / 1000;
    await client.query(`DROP TABLE raw_stock`);
    return { rows: sink.rowCount ?? 0, seconds };
  } finally {
    client.release();
  }
}

async function main(): Promise<void> {
  const rows = option('rows', 1_000_000);
  const file = join(tmpdir(), `bonpayeur-bench-sirene-${rows}.csv`);
  if (!existsSync(file)) {
    console.log(`writing ${file}…`);
    await writeSireneFile(file, rows);
  }
  const url = await freshDatabase('bonpayeur_bench_import');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const strategy = textOption('strategy', 'auto') as ImportStrategy;
    const firstRun = await timedImport(pool, file, strategy);
    const againRun = await timedImport(pool, file, strategy);
    const [first, again] = [firstRun.summary, againRun.summary];
    const raw = await rawCopy(pool, file);
    const rawRate = raw.rows / raw.seconds;
    console.log(`\nSIRENE import of ${fmt(rows)} rows (${SIRENE_HEADER.length} columns), strategy ${strategy}`);
    console.log(describeRun('importer, empty table', firstRun));
    console.log(describeRun('importer, same file again', againRun));
    console.log(`raw COPY csv, no index       ${fmt(rawRate)} rows/s  (${raw.seconds.toFixed(1)} s)`);
    const ratio = first.rowsPerSecond / rawRate;
    console.log(
      `\nSUMMARY import rows=${rows} rows_per_s=${first.rowsPerSecond} reimport_rows_per_s=${again.rowsPerSecond} raw_copy_rows_per_s=${Math.round(rawRate)} ` +
        `ratio=${ratio.toFixed(2)} goal>=100000rows/s ${first.rowsPerSecond >= 100_000 ? 'MET' : 'NOT MET'}`,
    );
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
