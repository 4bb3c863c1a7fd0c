import fc from 'fast-check';
import { GraphQLEnumType, GraphQLInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, type TestApi } from '../support/boot-api.js';
import { signUpCreditor, type SignedUpCreditor } from '../support/factories/accounts.js';
import { documentFor, loadSchema, operationsOf } from './schema-operations.js';

/*
 * Every mutation of the schema, fed arbitrary values of its input type (fast-check, built from the
 * schema itself), as a signed-in creditor: never a 500 or INTERNAL_SERVER_ERROR, and when the API
 * refuses, nothing was half-written for that company (rows of every table naming its SIREN).
 * Runs per mutation: FUZZ_RUNS (default 8; raise it locally to dig deeper).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
/** Ending the session would leave the rest of the run anonymous; they take no input anyway. */
const SKIPPED = new Set(['logOut']);

const nasty = fc.constantFrom('', ' ', '0', '-1', 'null', "'; DROP TABLE invoices; --", '<script>alert(1)</script>', '../../etc/passwd', '\u0000', '9'.repeat(400), 'é'.repeat(2000), '552120222', '2026-02-30', '1e309', 'NaN');
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), nasty);

function arbitraryOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryOf(type.ofType, depth);
  if (isListType(type)) return fc.array(arbitraryOf(type.ofType, depth + 1), { maxLength: depth > 2 ? 0 : 4 });
  if (type instanceof GraphQLEnumType) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) shape[field.name] = isNonNullType(field.type) ? arbitraryOf(field.type, depth + 1) : fc.option(arbitraryOf(field.type, depth + 1), { nil: null });
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(shape, { requiredKeys: required });
  }
  switch (type.name) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -2147483648, max: 2147483647 }), fc.constantFrom(0, -1, 1, 2147483647));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.constantFrom(0, -0.01, 0.005));
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return fc.oneof(fc.uuid(), text);
    case 'DateTime':
      return fc.oneof(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), text);
    default:
      return text;
  }
}

let api: TestApi;
let db: DataSource;
let creditor: SignedUpCreditor;
let companyRowsSql: string;

beforeAll(async () => {
  api = await bootTestApi();
  db = api.app.get(DataSource);
  creditor = await signUpCreditor(api);
  // Every table with a column naming a company: what a half-written object of this company leaves.
  const columns: { table_name: string; column_name: string }[] = await db.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name LIKE '%siren' AND table_name NOT IN ('audit_log', 'companies', 'company_search_words')`,
  );
  companyRowsSql = columns.map((c) => `SELECT '${c.table_name}.${c.column_name}' AS k, count(*)::int AS n FROM "${c.table_name}" WHERE "${c.column_name}" = $1`).join(' UNION ALL ');
});

afterAll(async () => {
  await api?.close();
});

async function companyRows(): Promise<Record<string, number>> {
  const rows: { k: string; n: number }[] = await db.query(companyRowsSql, [creditor.siren]);
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

describe('input fuzzing', () => {
  const mutations = operationsOf(loadSchema()).filter((o) => o.kind === 'mutation' && o.field.args.length > 0 && !SKIPPED.has(o.name));

  it('covers every mutation that takes arguments', () => {
    expect(mutations.length).toBeGreaterThan(30);
  });

  for (const mutation of mutations) {
    it(`${mutation.name}: never a 500, never a half-written object`, async () => {
      const document = documentFor(mutation);
      const variables = fc.record(Object.fromEntries(mutation.field.args.map((arg) => [arg.name, arbitraryOf(arg.type)])));
      await fc.assert(
        fc.asyncProperty(variables, async (vars) => {
          const before = await companyRows();
          const response = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: `bp_session=${creditor.client.cookie('bp_session') ?? ''}` },
            body: JSON.stringify({ query: document, variables: vars }),
          });
          expect(response.status).toBeLessThan(500);
          const body = (await response.json()) as { data?: { result?: unknown } | null; errors?: { extensions?: { code?: string } }[] };
          for (const error of body.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
          if (body.errors?.length && (body.data?.result ?? null) === null) expect(await companyRows()).toEqual(before);
        }),
        { numRuns: RUNS },
      );
    }, 120_000);
  }
});
