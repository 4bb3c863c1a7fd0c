/**
 * SIRENE import throughput: the product's importer (read, map, COPY into staging, upsert) into an
 * empty, fully indexed `companies` table, then the same file again (every row unchanged), beside the
 * raw engine: PostgreSQL's own COPY … (FORMAT csv) of the same file into an unindexed table of text
 * columns (no mapping, no normalisation, no indexes: the floor no importer can beat).
 *
 *   npx tsc -b scoring api && npx tsx test/bench/import/import.bench.ts [--rows=1000000]
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
import { importSireneFile } from '../../../api/src/modules/companies/import/sirene-importer.js';
import { SIRENE_HEADER, writeSireneFile } from '../../fixtures/sirene/generate-sample.js';
import { ADMIN_URL, databaseUrlFor, migrate } from '../support/dataset.js';

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
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
    const first = await importSireneFile(pool, file);
    const again = await importSireneFile(pool, file);
    const raw = await rawCopy(pool, file);
    const rawRate = raw.rows / raw.seconds;
    console.log(`\nSIRENE import of ${fmt(rows)} rows (${SIRENE_HEADER.length} columns)`);
    console.log(`importer, empty table        ${fmt(first.rowsPerSecond)} rows/s  (${(first.durationMs / 1000).toFixed(1)} s, ${fmt(first.imported)} imported, ${fmt(first.rejected)} rejected)`);
    console.log(`importer, same file again    ${fmt(again.rowsPerSecond)} rows/s  (${(again.durationMs / 1000).toFixed(1)} s, unchanged rows skipped)`);
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
