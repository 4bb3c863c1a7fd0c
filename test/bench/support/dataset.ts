/**
 * The benchmark data set, shared by every bench:
 *
 *   const { databaseUrl, debtorSirens } = await ensureDataset({ companies: 1_000_000, invoices: 200_000 });
 *
 * 1 M SIRENE-like companies, 200 k invoices of 2,000 creditors with payment histories, their score
 * events, public recommendations, reminder runs with their messages, and materialised scores. Loaded with COPY FROM STDIN
 * (indexes and foreign-key triggers off during the load, indexes built once at the end), so the
 * full set builds in a couple of minutes on two cores.
 *
 * Cached: the database records a fingerprint of the generator's source and options; a rerun with the
 * same fingerprint only applies pending migrations. Change the generator or the options and it is
 * rebuilt. Requires `npx tsc -b scoring api` first (the built migrate CLI creates the schema).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { copyRows } from './copy-rows.js';
import { COMPANY_COLUMNS, companyRows } from './dataset-companies.js';
import { generateActivity, INVOICE_COLUMNS, MESSAGE_COLUMNS, RECOMMENDATION_COLUMNS, RUN_COLUMNS, SCORE_COLUMNS, SCORE_EVENT_COLUMNS } from './dataset-activity.js';

export const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCES = ['dataset.ts', 'dataset-companies.ts', 'dataset-activity.ts', 'names.ts', 'copy-rows.ts'].map((f) => new URL(f, import.meta.url));

export interface DatasetOptions {
  companies?: number;
  invoices?: number;
  /** Database name (default bonpayeur_bench). */
  name?: string;
  log?: (line: string) => void;
}

export interface Dataset {
  databaseUrl: string;
  generated: boolean;
  companies: number;
  invoices: number;
  /** The day the data set "is" (scores computed as of it). */
  today: string;
}

const TODAY = '2026-11-20';
const SEED = 42;
/** Tables whose secondary indexes are dropped for the load and rebuilt after. */
const LOADED_TABLES = ['companies', 'invoices', 'score_events', 'reminder_runs', 'reminder_messages', 'company_scores', 'recommendations'];

export function databaseUrlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function fingerprintOf(options: Required<Pick<DatasetOptions, 'companies' | 'invoices'>>): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) hash.update(readFileSync(source));
  hash.update(JSON.stringify({ ...options, TODAY, SEED }));
  return hash.digest('hex').slice(0, 16);
}

async function storedFingerprint(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ fingerprint: string }>('SELECT fingerprint FROM bench_dataset WHERE complete');
    return rows[0]?.fingerprint ?? null;
  } catch {
    return null; // no database, or a database from an older generator
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs the built migrate CLI: every pending migration (so a reused database gains new ones). */
export function migrate(databaseUrl: string): void {
  const result = spawnSync(process.execPath, ['api/dist/api/src/cli/migrate.js'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`migrate failed: ${result.stderr || result.stdout}`);
}

export async function ensureDataset(options: DatasetOptions = {}): Promise<Dataset> {
  const companies = options.companies ?? 1_000_000;
  const invoices = options.invoices ?? Math.min(200_000, Math.floor(companies / 5));
  const name = options.name ?? 'bonpayeur_bench';
  const log = options.log ?? ((line: string) => console.log(line));
  const databaseUrl = databaseUrlFor(name);
  const fingerprint = fingerprintOf({ companies, invoices });
  const result = { databaseUrl, companies, invoices, today: TODAY };

  if ((await storedFingerprint(databaseUrl)) === fingerprint) {
    log(`${name}: data set ${fingerprint} already built (${companies.toLocaleString('en-US')} companies, ${invoices.toLocaleString('en-US')} invoices), reusing it`);
    migrate(databaseUrl);
    return { ...result, generated: false };
  }

  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  migrate(databaseUrl);

  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  const { rows: indexes } = await pool.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.tablename = ANY($1) AND i.schemaname = 'public'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [LOADED_TABLES],
  );
  for (const index of indexes) await pool.query(`DROP INDEX ${index.name}`);

  // Generated data is consistent by construction: skip the per-row foreign-key triggers (replica
  // mode, superuser only, this session only). Both loads run at once: Node generates activity
  // while PostgreSQL ingests companies.
  const load = async (table: string, columns: readonly string[], rows: Iterable<readonly (string | number | boolean | null)[]>): Promise<number> => {
    const client = await pool.connect();
    try {
      await client.query(`SET session_replication_role = replica`);
      const n = await copyRows(client, table, columns, rows);
      log(`  ${table}: ${n.toLocaleString('en-US')} rows (${elapsed()})`);
      return n;
    } finally {
      client.release();
    }
  };
  const half = Math.ceil(companies / 2);
  const updatedAt = `${TODAY}T06:00:00Z`;
  const companiesLoaded = Promise.all([
    load('companies', COMPANY_COLUMNS, companyRows(0, half, updatedAt)),
    load('companies', COMPANY_COLUMNS, companyRows(half, companies, updatedAt)),
  ]);
  const creditors = Math.max(10, Math.min(2_000, Math.floor(invoices / 100)));
  const activity = generateActivity({ invoices, creditors, debtors: Math.min(companies - creditors, Math.max(50, invoices / 4)), today: TODAY, seed: SEED });
  await companiesLoaded;
  await load('invoices', INVOICE_COLUMNS, activity.invoices);
  await Promise.all([
    load('score_events', SCORE_EVENT_COLUMNS, activity.scoreEvents),
    load('company_scores', SCORE_COLUMNS, activity.scores),
    load('recommendations', RECOMMENDATION_COLUMNS, activity.recommendations),
    load('reminder_runs', RUN_COLUMNS, activity.runs).then(() => load('reminder_messages', MESSAGE_COLUMNS, activity.messages)),
  ]);

  log(`  building ${indexes.length} indexes… (${elapsed()})`);
  const pending = [...indexes];
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      const client = await pool.connect();
      try {
        await client.query(`SET maintenance_work_mem = '512MB'`);
        for (let index = pending.shift(); index; index = pending.shift()) await client.query(index.def);
      } finally {
        client.release();
      }
    }),
  );
  // What the importer maintains batch by batch, built in one pass.
  await pool.query(`
    INSERT INTO company_search_words (word, frequency)
    SELECT w.word, count(*)::int
    FROM companies c, LATERAL (SELECT DISTINCT unnest(string_to_array(c.search_name, ' ')) AS word) w
    WHERE w.word <> ''
    GROUP BY w.word`);
  // Index-only walks need the visibility map, and the planner fresh statistics, after a bulk load.
  for (const table of [...LOADED_TABLES, 'company_search_words']) await pool.query(`VACUUM ANALYZE ${table}`);
  await pool.query(`CREATE TABLE bench_dataset (fingerprint text NOT NULL, complete boolean NOT NULL, built_at timestamptz NOT NULL DEFAULT now())`);
  await pool.query(`INSERT INTO bench_dataset (fingerprint, complete) VALUES ($1, true)`, [fingerprint]);
  await pool.end();
  log(`${name}: built data set ${fingerprint} in ${elapsed()}`);
  return { ...result, generated: true };
}

/** A sample of debtors that have invoices (and so a score and statistics), for benches that read profiles. */
export async function sampleDebtors(databaseUrl: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ siren: string }>(`SELECT siren FROM company_scores ORDER BY md5(siren) LIMIT $1`, [count]);
    return rows.map((r) => r.siren);
  } finally {
    await client.end();
  }
}
