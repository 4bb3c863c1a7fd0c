import { Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_DEPTH } from '../../api/src/graphql/graphql-api.module.js';
import { countAliases, MAX_ALIASES, MAX_QUERY_COST, queryCost } from '../../api/src/graphql/query-cost.rule.js';
import * as webDocuments from '../../web/src/gql/graphql.js';
import { bootTestApi, type TestApi } from '../support/boot-api.js';

let api: TestApi;

beforeAll(async () => {
  api = await bootTestApi();
});

afterAll(async () => {
  await api?.close();
});

async function post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<{ status: number; body: { errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : { errors: [{ message: text }] } };
}

describe('GraphQL limits', () => {
  it('refuses a document nested too deep, fragments followed', async () => {
    // invoices > edges > node > debtor > recommendations > edges > node > creditor > siren: 9 levels.
    const deep = `fragment Rec on Company { recommendations { edges { node { creditor { siren } } } } }
      { invoices { edges { node { debtor { ...Rec } } } } }`;
    const { body } = await post({ query: deep });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_DEEP' });
    expect(MAX_QUERY_DEPTH).toBe(8);
  });

  it('refuses a document asking for too much at once (nested pages multiply), with a code and a French message', async () => {
    const heavy = `{ searchCompanies(query: "boulangerie", first: 100) { edges { node { siren name recommendations(first: 100) { edges { node { message createdAt creditor { siren name } } } } } } } }`;
    const { body } = await post({ query: heavy });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_COMPLEX' });
    expect(body.errors?.[0]?.message).toMatch(/trop de données/);
  });

  it('refuses a page larger than the maximum', async () => {
    const { body } = await post({ query: `{ searchCompanies(query: "boulangerie", first: 1000) { totalCount } }` });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_TOO_LARGE' });
  });

  it('refuses alias abuse: the same field asked many times under other names', async () => {
    const aliases = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: company(siren: "552120222") { siren }`).join(' ');
    const { body } = await post({ query: `{ ${aliases} }` });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'TOO_MANY_ALIASES' });
    const fine = Array.from({ length: 3 }, (_, i) => `a${i}: company(siren: "552120222") { siren }`).join(' ');
    expect((await post({ query: `{ ${fine} }` })).body.errors).toBeUndefined();
  });

  it('refuses batched operations (an array of requests in one POST)', async () => {
    const batch = Array.from({ length: 50 }, () => ({ query: '{ __typename }' }));
    const { status, body } = await post(batch);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/batching/i);
  });

  it('lets every operation of the web client through the limits', () => {
    const checked: string[] = [];
    for (const [name, value] of Object.entries(webDocuments)) {
      const document = value as DocumentNode;
      if (!name.endsWith('Document') || !Array.isArray(document?.definitions)) continue;
      const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
      for (const operation of document.definitions) {
        if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
        expect(queryCost(operation.selectionSet, fragments), name).toBeLessThanOrEqual(MAX_QUERY_COST);
        expect(countAliases(operation.selectionSet, fragments), name).toBeLessThanOrEqual(MAX_ALIASES);
        checked.push(name);
      }
    }
    expect(checked.length).toBeGreaterThan(20);
  });
});
