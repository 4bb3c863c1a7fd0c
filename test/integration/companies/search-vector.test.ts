import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../../../api/src/modules/companies/domain/normalize-name.js';
import { WORDS_COUNT_SQL } from '../../../api/src/modules/companies/search/search-sql.js';
import { sampleRecords } from '../../fixtures/sirene/generate-sample.js';
import { createPrivateDatabase } from '../../support/private-database.js';
import { uniqueSiren } from '../../support/unique.js';

/*
 * companies.search_vector is the search name's words taken as lexemes (migration 1764000022100),
 * searched with a tsquery literal. What search relies on: a name matches `w:*` exactly when one of its
 * words starts with w (the same rule as the LIKE walk of broad queries), and for real names the
 * lexemes are those the 'simple' text-search configuration gave before.
 */

let database: { url: string; drop(): Promise<void> };
let client: pg.Client;

beforeAll(async () => {
  database = await createPrivateDatabase('search_vector');
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

async function insertNames(names: readonly string[]): Promise<void> {
  await client.query(
    `INSERT INTO companies (siren, name, search_name, source) SELECT s, n, normalize, 'CREDITOR' FROM unnest($1::text[], $2::text[], $3::text[]) AS t(s, n, normalize)`,
    [names.map(() => uniqueSiren()), names, names.map(normalizeName)],
  );
}

describe('the search vector', () => {
  it('matches a word prefix exactly when some word of the name starts with it, whatever the words', async () => {
    // Short words over a small alphabet, digits and "e" included: the shapes the text-search parser read as numbers or exponents (2e2e).
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', '0', '1', '2', '-', ' ', 'é'), minLength: 1, maxLength: 5 });
    const names = fc.sample(fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')), { numRuns: 400, seed: 42 })
      .filter((n) => normalizeName(n) !== '');
    await client.query('DELETE FROM companies');
    await insertNames(names);
    const stored = (await client.query<{ search_name: string }>('SELECT search_name FROM companies')).rows.map((r) => r.search_name);
    const queries = [...new Set(fc.sample(word.map(normalizeName), { numRuns: 200, seed: 7 }).filter((q) => q !== '' && !q.includes(' ')))];
    expect(queries.length).toBeGreaterThan(20);
    for (const query of queries) {
      const expected = stored.filter((n) => n.split(' ').some((w) => w.startsWith(query))).length;
      const { rows } = await client.query<{ total: number }>(WORDS_COUNT_SQL.replace(/LIMIT \d+/, ''), [`${query}:*`, []]);
      expect(rows[0]?.total, query).toBe(expected);
    }
  });

  it('holds the lexemes the simple configuration gave for real names, without their positions', async () => {
    await client.query('DELETE FROM companies');
    const names = sampleRecords().map((r) => r.denominationUniteLegale ?? '').filter((n) => normalizeName(n) !== '');
    expect(names.length).toBeGreaterThan(100);
    await insertNames(names);
    const { rows } = await client.query<{ n: number; different: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE search_vector <> strip(to_tsvector('simple', search_name)))::int AS different FROM companies`,
    );
    expect(rows[0]).toEqual({ n: names.length, different: 0 });
  });

  it('stays empty for an empty or spaced-out search key instead of failing the write', async () => {
    const { rows } = await client.query<{ empty: string; spaced: string }>(
      `SELECT array_to_tsvector(array_remove(string_to_array('', ' '), ''))::text AS empty,
              array_to_tsvector(array_remove(string_to_array(' a  b ', ' '), ''))::text AS spaced`,
    );
    expect(rows[0]).toEqual({ empty: '', spaced: "'a' 'b'" });
    const { rows: expression } = await client.query<{ definition: string }>(
      `SELECT pg_get_expr(d.adbin, d.adrelid) AS definition FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
       WHERE d.adrelid = 'companies'::regclass AND a.attname = 'search_vector'`,
    );
    expect(expression[0]?.definition).toContain('array_remove');
  });
});
