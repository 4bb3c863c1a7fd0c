import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '../../../api/src/database/data-source-options.js';
import { importSireneFile, type ImportOptions } from '../../../api/src/modules/companies/import/sirene-importer.js';
import { searchCompanies } from '../../../api/src/modules/companies/search/search-companies.js';
import { PROFILE_CHANGE_CHANNEL } from '../../../api/src/modules/profile-cache/profile-change-channel.js';
import { sampleRecords, SIRENE_HEADER, toCsvLine, type SireneRecord } from '../../fixtures/sirene/generate-sample.js';
import { ADMIN_DATABASE_URL, databaseUrlFor } from '../../support/test-env.js';
import { tempDir } from './support.js';

/*
 * The bulk strategy against the batches one, on a database of its own: a bulk import that rebuilds
 * indexes locks `companies` and drops its indexes for a moment, which must not disturb the other
 * files' shared database.
 */

const name = `bonpayeur_test_import_bulk_${process.pid.toString(36)}${Date.now().toString(36)}`;
let pool: pg.Pool;
let dir: string;

const T1 = new Date('2026-11-01T06:00:00Z');
const T2 = new Date('2026-12-01T06:00:00Z');
const CREDITOR_SIREN = '732829320';

/** The committed sample's good rows, then the next month's file: renames, a closure, a repeated SIREN, a new sole trader. */
const first = sampleRecords().filter((r) => !['552120223', '12345678A'].includes(r.siren as string));
const bakery = first.find((r) => r.denominationUniteLegale === 'BOULANGERIE DU PORT') as SireneRecord;
const poste = first.find((r) => r.siren === '356000000') as SireneRecord;
const repeated = first.find((r) => r.denominationUniteLegale === 'CAFÉ DES ARTS & MÉTIERS') as SireneRecord;
const second: SireneRecord[] = [
  ...first.map((r) => (r === bakery ? { ...r, denominationUniteLegale: 'BOULANGERIE RENOMMÉE DU PORT' } : r === poste ? { ...r, etatAdministratifUniteLegale: 'C' } : r)),
  { ...repeated, denominationUniteLegale: 'PREMIÈRE VERSION' },
  { ...repeated, denominationUniteLegale: 'SECONDE VERSION DU DOUBLON' },
  { siren: CREDITOR_SIREN, denominationUniteLegale: 'NOM OFFICIEL SIRENE', categorieJuridiqueUniteLegale: '5710' },
  { siren: '443061841', categorieJuridiqueUniteLegale: '1000', nomUniteLegale: 'DUPONTEL', prenom1UniteLegale: 'JEANNE', denominationUsuelle1UniteLegale: '' },
];

async function writeCsv(file: string, records: readonly SireneRecord[]): Promise<string> {
  const path = join(dir, file);
  await writeFile(path, [SIRENE_HEADER.join(','), ...records.map((r) => toCsvLine(r))].join('\n') + '\n');
  return path;
}

async function reset(): Promise<void> {
  await pool.query('DELETE FROM companies');
  await pool.query('DELETE FROM company_search_words');
  // A company a creditor named before SIRENE knew it: the import takes it over.
  await pool.query(`INSERT INTO companies (siren, name, search_name, source, updated_at) VALUES ($1, 'Créé par un créancier', 'cree par un creancier', 'CREDITOR', $2)`, [CREDITOR_SIREN, T1]);
  await pool.query(`INSERT INTO company_search_words (word, frequency) VALUES ('cree', 1), ('par', 1), ('un', 1), ('creancier', 1)`);
}

const QUERIES = ['boulangerie', 'boulangerie port', 'societe generale', 'renommee', 'fournee doree', 'seconde version', 'nom officiel', 'la poste', 'boulangrie'];

async function snapshot(): Promise<unknown> {
  const companies = await pool.query(
    `SELECT siren, name, search_name, legal_form, activity_code, active, created_on::text, sole_trader, source, updated_at, search_vector::text
     FROM companies ORDER BY siren`,
  );
  const words = await pool.query(`SELECT word, frequency FROM company_search_words WHERE frequency <> 0 ORDER BY word`);
  const searches: Record<string, string[]> = {};
  for (const query of QUERIES) {
    const page = await searchCompanies(pool, { query, first: 50 });
    searches[query] = page.edges.map((e) => e.node.siren);
  }
  return { companies: companies.rows, words: words.rows, searches };
}

/** The profile-change notifications sent while `work` runs (delivered at commit). */
async function profileChanges(work: () => Promise<void>): Promise<string[]> {
  const listener = new pg.Client({ connectionString: databaseUrlFor(name) });
  await listener.connect();
  const payloads: string[] = [];
  listener.on('notification', (message) => payloads.push(message.payload ?? ''));
  await listener.query(`LISTEN ${PROFILE_CHANGE_CHANNEL}`);
  try {
    await work();
    await listener.query('SELECT 1'); // a round trip after the commit: its notifications have arrived
    return payloads;
  } finally {
    await listener.end();
  }
}

async function schemaOfCompanies(): Promise<unknown> {
  const indexes = await pool.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('companies', 'company_search_words') ORDER BY 1`);
  const triggers = await pool.query(`SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'companies'::regclass AND NOT tgisinternal ORDER BY 1`);
  return { indexes: indexes.rows, triggers: triggers.rows };
}

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dataSource = await new DataSource(dataSourceOptions({ databaseUrl: databaseUrlFor(name), databasePoolSize: 1 })).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  pool = new pg.Pool({ connectionString: databaseUrlFor(name), max: 3 });
  dir = await tempDir();
});

afterAll(async () => {
  await pool?.end();
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

const STRATEGIES: [string, ImportOptions][] = [
  ['batches', { strategy: 'batches', batchSize: 50 }],
  ['bulk, indexes rebuilt', { strategy: 'bulk', rebuildIndexes: 'always', batchSize: 50 }],
  ['bulk, in place', { strategy: 'bulk', rebuildIndexes: 'never' }],
];

describe('SIRENE bulk import', () => {
  it('gives the same rows, words and search results as the batches strategy, month after month', async () => {
    const [firstFile, secondFile] = [await writeCsv('first.csv', first), await writeCsv('second.csv', second)];
    const schema = await schemaOfCompanies();
    const outcomes: Record<string, unknown> = {};
    for (const [label, options] of STRATEGIES) {
      await reset();
      const one = await importSireneFile(pool, firstFile, { ...options, now: T1 });
      const two = await importSireneFile(pool, secondFile, { ...options, now: T2 });
      expect(one).toMatchObject({ rowsRead: first.length, rejected: 2, imported: first.length - 2, strategy: options.strategy });
      expect(two).toMatchObject({ rowsRead: second.length, rejected: 2, strategy: options.strategy });
      expect(one.rebuiltIndexes && two.rebuiltIndexes).toBe(label === 'bulk, indexes rebuilt');
      // Bulk counts a repeated SIREN once in the file (batches, once per batch).
      if (options.strategy === 'bulk') expect(two.imported).toBe(first.length);
      expect(await schemaOfCompanies(), label).toEqual(schema);
      outcomes[label] = await snapshot();
    }
    expect(outcomes['bulk, indexes rebuilt']).toEqual(outcomes.batches);
    expect(outcomes['bulk, in place']).toEqual(outcomes.batches);

    // What they agree on is right: changes applied, the last row of a SIREN wins, unchanged rows untouched.
    const rows = (await pool.query(`SELECT siren, name, active, source, updated_at FROM companies`)).rows as { siren: string; name: string; active: boolean; source: string; updated_at: Date }[];
    const bySiren = new Map(rows.map((r) => [r.siren, r]));
    expect(bySiren.get(bakery.siren as string)).toMatchObject({ name: 'BOULANGERIE RENOMMÉE DU PORT', updated_at: T2 });
    expect(bySiren.get('356000000')).toMatchObject({ active: false, updated_at: T2 });
    expect(bySiren.get(repeated.siren as string)?.name).toBe('SECONDE VERSION DU DOUBLON');
    expect(bySiren.get(CREDITOR_SIREN)).toMatchObject({ name: 'NOM OFFICIEL SIRENE', source: 'SIRENE' });
    expect(bySiren.get('552120222')).toMatchObject({ name: 'SOCIÉTÉ GÉNÉRALE', updated_at: T1 });
    expect(rows.filter((r) => r.updated_at.getTime() === T1.getTime()).length).toBeGreaterThan(first.length - 10);
    // A sole trader never shows the person's name.
    expect(bySiren.get('443061841')?.name).toBe('Entrepreneur individuel (SIREN 443061841)');
    const soleTraders = first.filter((r) => r.categorieJuridiqueUniteLegale === '1000');
    expect(soleTraders.length).toBeGreaterThan(10);
    for (const trader of soleTraders) {
      const shown = bySiren.get(trader.siren as string)?.name ?? '';
      for (const personal of [trader.nomUniteLegale, trader.prenom1UniteLegale]) if (personal && personal !== '[ND]') expect(shown).not.toContain(personal);
    }
  });

  it('rebuilds the indexes on an initial load, signals every profile once, and search finds the companies when it returns', async () => {
    await reset();
    const payloads = await profileChanges(async () => {
      const summary = await importSireneFile(pool, await writeCsv('initial.csv', first), { strategy: 'bulk', now: T1, rebuildIndexes: 'always' });
      expect(summary).toMatchObject({ strategy: 'bulk', rebuiltIndexes: true });
      const found = await searchCompanies(pool, { query: 'boulangerie du port', first: 5 });
      expect(found.edges.map((e) => e.node.siren)).toContain(bakery.siren);
    });
    expect(payloads).toEqual(['*']);
  });

  it.each(STRATEGIES.filter(([label]) => label !== 'batches'))('leaves the previous data whole when it fails mid-way (%s)', async (_label, options) => {
    await reset();
    await importSireneFile(pool, await writeCsv('before.csv', first), { strategy: 'batches', now: T1 });
    const before = await snapshot();
    const schema = await schemaOfCompanies();
    // Fails after companies has been written (and, when rebuilding, its indexes dropped).
    await pool.query(`CREATE FUNCTION fail_words() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
    await pool.query(`CREATE TRIGGER fail_words BEFORE INSERT OR UPDATE ON company_search_words FOR EACH ROW EXECUTE FUNCTION fail_words()`);
    try {
      await expect(importSireneFile(pool, await writeCsv('after.csv', second), { ...options, now: T2 })).rejects.toThrow(/disk full/);
    } finally {
      await pool.query(`DROP TRIGGER fail_words ON company_search_words`);
      await pool.query(`DROP FUNCTION fail_words()`);
    }
    expect(await snapshot()).toEqual(before);
    expect(await schemaOfCompanies()).toEqual(schema);
  });

  it('writes in place instead of waiting when a reader holds the table', async () => {
    await reset();
    const reader = await pool.connect();
    try {
      await reader.query('BEGIN');
      await reader.query('SELECT count(*) FROM companies');
      const summary = await importSireneFile(pool, await writeCsv('locked.csv', first), { strategy: 'bulk', now: T1, rebuildIndexes: 'always' });
      expect(summary).toMatchObject({ strategy: 'bulk', rebuiltIndexes: false, imported: first.length - 2 });
    } finally {
      await reader.query('ROLLBACK');
      reader.release();
    }
    const found = await searchCompanies(pool, { query: 'societe generale', first: 5 });
    expect(found.edges.map((e) => e.node.siren)).toContain('552120222');
  });
});

describe('SIRENE load into an empty table', () => {
  async function empty(): Promise<void> {
    await pool.query('DELETE FROM companies');
    await pool.query('DELETE FROM company_search_words');
  }

  /** The first month's rows with a SIREN repeated twice and a row whose name changes words. */
  const withRepeats: SireneRecord[] = [
    ...first,
    { ...repeated, denominationUniteLegale: 'PREMIÈRE VERSION' },
    { ...bakery, denominationUniteLegale: 'BOULANGERIE RENOMMÉE DU PORT' },
    { ...repeated, denominationUniteLegale: 'SECONDE VERSION DU DOUBLON' },
  ];

  it('copies the rows straight in, with the same rows, words and search results as the batches strategy', async () => {
    const file = await writeCsv('empty-load.csv', withRepeats);
    const schema = await schemaOfCompanies();
    await empty();
    // Stale words of companies long gone must not survive the load.
    await pool.query(`INSERT INTO company_search_words (word, frequency) VALUES ('ancien', 0)`);
    const batches = await importSireneFile(pool, file, { strategy: 'batches', now: T1, batchSize: 50 });
    expect(batches.strategy).toBe('batches');
    const expected = await snapshot();

    await empty();
    await pool.query(`INSERT INTO company_search_words (word, frequency) VALUES ('ancien', 0)`);
    const payloads = await profileChanges(async () => {
      const loaded = await importSireneFile(pool, file, { strategy: 'bulk', now: T1, batchSize: 50 });
      expect(loaded).toMatchObject({ strategy: 'load', rebuiltIndexes: true, rowsRead: withRepeats.length, rejected: 2 });
      // A repeated SIREN counts once.
      expect(loaded.imported).toBe(first.length - 2);
      expect(Object.keys(loaded.applyStepsMs)).toEqual(expect.arrayContaining(['copy', 'words', 'repeats', 'indexes', 'commit']));
    });
    expect(payloads).toEqual(['*']);
    expect(await snapshot()).toEqual(expected);
    expect(await schemaOfCompanies()).toEqual(schema);
    const names = await pool.query(`SELECT siren, name FROM companies WHERE siren = ANY($1::bpchar[])`, [[repeated.siren, bakery.siren]]);
    expect(Object.fromEntries(names.rows.map((r: { siren: string; name: string }) => [r.siren, r.name]))).toEqual({
      [repeated.siren as string]: 'SECONDE VERSION DU DOUBLON',
      [bakery.siren as string]: 'BOULANGERIE RENOMMÉE DU PORT',
    });
    const { rows: statistics } = await pool.query(`SELECT reltuples::int AS n FROM pg_class WHERE oid = 'companies'::regclass`);
    expect(statistics[0].n).toBe(first.length - 2);
  });

  it('leaves the table empty, indexes and triggers in place, when it fails mid-way', async () => {
    await empty();
    const schema = await schemaOfCompanies();
    await pool.query(`CREATE FUNCTION fail_words() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
    await pool.query(`CREATE TRIGGER fail_words BEFORE INSERT OR UPDATE ON company_search_words FOR EACH ROW EXECUTE FUNCTION fail_words()`);
    try {
      await expect(importSireneFile(pool, await writeCsv('empty-fail.csv', withRepeats), { strategy: 'bulk', now: T1, batchSize: 50 })).rejects.toThrow(/disk full/);
    } finally {
      await pool.query(`DROP TRIGGER fail_words ON company_search_words`);
      await pool.query(`DROP FUNCTION fail_words()`);
    }
    expect((await pool.query('SELECT count(*)::int AS n FROM companies')).rows[0].n).toBe(0);
    expect(await schemaOfCompanies()).toEqual(schema);
  });

  it('stages the file the bulk way when the table is not empty, or when a reader holds it', async () => {
    const file = await writeCsv('empty-locked.csv', first);
    await reset();
    expect((await importSireneFile(pool, file, { strategy: 'bulk', now: T1 })).strategy).toBe('bulk');

    await empty();
    const reader = await pool.connect();
    try {
      await reader.query('BEGIN');
      await reader.query('SELECT count(*) FROM companies');
      const summary = await importSireneFile(pool, file, { strategy: 'bulk', now: T1 });
      expect(summary).toMatchObject({ strategy: 'bulk', rebuiltIndexes: false, imported: first.length - 2 });
    } finally {
      await reader.query('ROLLBACK');
      reader.release();
    }
  }, 30_000);
});
