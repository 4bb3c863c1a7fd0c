import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSireneFile } from '../../api/src/modules/companies/import/sirene-importer.js';
import { searchCompanies } from '../../api/src/modules/companies/search/search-companies.js';
import { sampleRecords, SIRENE_HEADER, toCsvLine, type SireneRecord } from '../fixtures/sirene/generate-sample.js';
import { tempDir } from '../integration/companies/support.js';
import { connectThroughCrashes, createMigratedDatabase, startPrivatePostgres, type PrivatePostgres } from './private-postgres.js';
import { waitFor } from './support.js';

/*
 * PostgreSQL crashes (`pg_ctl -m immediate`) in the middle of a bulk SIRENE import that is
 * rebuilding the table (or loading it empty): secondary indexes dropped, profile triggers off, rows being written.
 * After recovery nothing of it remains: the previous companies, words, indexes and triggers are
 * all there, and the same import then goes through whole. A row trigger the test adds makes the
 * update of the renamed companies wait on an advisory lock the test holds: the crash lands there every time, not by luck
 * of timing.
 */

let server: PrivatePostgres;
let databaseUrl: string;
let dir: string;

const month = (records: readonly SireneRecord[], rename: string): SireneRecord[] =>
  records.map((r) => (r.denominationUniteLegale?.startsWith('BOULANGERIE') ? { ...r, denominationUniteLegale: `${r.denominationUniteLegale} ${rename}` } : r));

async function writeCsv(file: string, records: readonly SireneRecord[]): Promise<string> {
  const path = join(dir, file);
  await writeFile(path, [SIRENE_HEADER.join(','), ...records.map((r) => toCsvLine(r))].join('\n') + '\n');
  return path;
}

const connect = (): Promise<pg.Client> => connectThroughCrashes(databaseUrl);

async function state(client: pg.Client): Promise<unknown> {
  const companies = await client.query(`SELECT siren, name, search_name, active, updated_at, search_vector::text FROM companies ORDER BY siren`);
  const words = await client.query(`SELECT word, frequency FROM company_search_words ORDER BY word`);
  const indexes = await client.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('companies', 'company_search_words') ORDER BY 1`);
  const triggers = await client.query(`SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'companies'::regclass AND NOT tgisinternal ORDER BY 1`);
  return { companies: companies.rows, words: words.rows, indexes: indexes.rows, triggers: triggers.rows };
}

beforeAll(async () => {
  server = await startPrivatePostgres();
  databaseUrl = await createMigratedDatabase(server, 'bonpayeur_fault_sirene');
  dir = await tempDir();
}, 120_000);

afterAll(() => {
  server?.destroy();
});

/**
 * Runs `runImport` on a pool of its own with every row write into companies held on an advisory lock,
 * waits until the import's `statement` waits there with the table locked exclusively, kills
 * PostgreSQL, checks the import failed, restarts it and removes the hold. Returns a new connection.
 */
async function crashWhileWriting(statement: string, runImport: (pool: pg.Pool) => Promise<unknown>): Promise<pg.Client> {
  const admin = await connect();
  await admin.query(`CREATE FUNCTION wait_for_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_xact_lock_shared(8); RETURN NEW; END $$`);
  await admin.query(`CREATE TRIGGER wait_for_test BEFORE INSERT OR UPDATE ON companies FOR EACH ROW EXECUTE FUNCTION wait_for_test()`);
  const locker = await connect();
  await locker.query('SELECT pg_advisory_lock(8)');
  const cut = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  cut.on('error', () => undefined);
  const importing = runImport(cut);
  importing.catch(() => undefined);
  await waitFor(`the import to wait in ${statement}, its indexes dropped`, async () => {
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event = 'advisory' AND query LIKE $1 AND pid <> pg_backend_pid()`,
      [`%${statement}%`],
    );
    return rows[0].n === 1;
  }, 60_000);
  const { rows: held } = await admin.query(`SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'companies'::regclass AND mode = 'AccessExclusiveLock' AND granted`);
  expect(held[0].n).toBe(1); // the rebuild or load path (the in-place one never locks the table)
  server.stop();
  await expect(importing).rejects.toThrow();
  await cut.end().catch(() => undefined);
  await locker.end().catch(() => undefined);
  await admin.end().catch(() => undefined);

  server.start();
  const after = await connect();
  await after.query(`DROP TRIGGER wait_for_test ON companies`);
  await after.query(`DROP FUNCTION wait_for_test()`);
  return after;
}

/** Runs the import again after recovery; checks the search finds `name` and the schema is as before. */
async function importAgain(after: pg.Client, previous: unknown, runImport: (pool: pg.Pool) => Promise<unknown>, query: string, name: string): Promise<void> {
  const again = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    await runImport(again);
    const found = await searchCompanies(again, { query, first: 50 });
    expect(found.edges.map((e) => e.node.name)).toContain(name);
  } finally {
    await again.end();
  }
  const { indexes, triggers } = (await state(after)) as { indexes: unknown; triggers: unknown };
  expect({ indexes, triggers }).toEqual({ indexes: (previous as { indexes: unknown }).indexes, triggers: (previous as { triggers: unknown }).triggers });
}

describe('PostgreSQL restarted during a bulk SIRENE import', () => {
  it('leaves the previous data, indexes and triggers whole, and the import then goes through', async () => {
    const records = sampleRecords();
    const before = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    await importSireneFile(before, await writeCsv('november.csv', records), { strategy: 'batches', now: new Date('2026-11-01T06:00:00Z') });
    await before.end();
    const admin = await connect();
    const previous = await state(admin);
    await admin.end();
    const december = await writeCsv('december.csv', month(records, 'NOUVELLE ENSEIGNE'));
    const runImport = async (pool: pg.Pool): Promise<void> => {
      const summary = await importSireneFile(pool, december, { strategy: 'bulk', rebuildIndexes: 'always', now: new Date('2026-12-01T06:00:00Z') });
      expect(summary).toMatchObject({ strategy: 'bulk', rebuiltIndexes: true, rejected: 4 });
    };

    const after = await crashWhileWriting('UPDATE companies', runImport);
    try {
      expect(await state(after)).toEqual(previous);
      await importAgain(after, previous, runImport, 'nouvelle enseigne', 'BOULANGERIE DU PORT NOUVELLE ENSEIGNE');
    } finally {
      await after.end();
    }
  });

  it('leaves an empty table empty when it crashes while loading it, and the load then goes through', async () => {
    const admin = await connect();
    await admin.query('DELETE FROM companies');
    await admin.query('DELETE FROM company_search_words');
    const previous = await state(admin);
    await admin.end();
    const november = await writeCsv('november-load.csv', sampleRecords());
    const runImport = async (pool: pg.Pool): Promise<void> => {
      const summary = await importSireneFile(pool, november, { strategy: 'bulk', now: new Date('2026-11-01T06:00:00Z') });
      expect(summary).toMatchObject({ strategy: 'load', rebuiltIndexes: true, rejected: 4 });
    };

    const after = await crashWhileWriting('COPY companies', runImport);
    try {
      expect(await state(after)).toEqual(previous);
      await importAgain(after, previous, runImport, 'boulangerie du port', 'BOULANGERIE DU PORT');
    } finally {
      await after.end();
    }
  });
});
