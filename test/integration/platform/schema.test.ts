import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, TestApi } from '../../support/boot-api.js';

const SCHEMA_FILE = join(import.meta.dirname, '../../../api/schema.gql');

describe('the committed GraphQL schema', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi();
  });
  afterAll(() => api.close());

  it('matches the schema the code generates (run `npm run schema` to refresh it)', async () => {
    // Read through introspection: the test and Nest may hold different copies of graphql-js.
    const introspection = await api.client().ok<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
    const generated = `${printSchema(lexicographicSortSchema(buildClientSchema(introspection)))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(existsSync(SCHEMA_FILE), 'api/schema.gql is missing: run `npm run schema`').toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
