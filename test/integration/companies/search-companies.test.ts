import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, type TestApi } from '../../support/boot-api.js';
import { importSample } from './support.js';

const SEARCH = `query Search($query: String!, $first: Int, $after: String) {
  searchCompanies(query: $query, first: $first, after: $after) {
    edges { cursor node { siren name active } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

interface Page {
  searchCompanies: {
    edges: { cursor: string; node: { siren: string; name: string; active: boolean } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number | null;
  };
}

let api: TestApi;
const search = (variables: Record<string, unknown>) => api.client().ok<Page>(SEARCH, variables).then((d) => d.searchCompanies);

beforeAll(async () => {
  api = await bootTestApi();
  await importSample(api.app);
});

afterAll(async () => {
  await api?.close();
});

describe('searchCompanies', () => {
  it('lists the bakeries for "boulangerie", active ones first', async () => {
    const page = await search({ query: 'boulangerie', first: 50 });
    const names = page.edges.map((e) => e.node.name);
    expect(names.length).toBeGreaterThanOrEqual(15);
    expect(names.every((name) => name.includes('BOULANGERIE'))).toBe(true);
    const actives = page.edges.map((e) => e.node.active);
    expect(actives.indexOf(false)).toBeGreaterThan(actives.lastIndexOf(true));
    expect(page.totalCount).toBe(page.edges.length);
  });

  it('finds SOCIÉTÉ GÉNÉRALE first for "societe generale" (accents and case ignored)', async () => {
    const page = await search({ query: 'societe generale' });
    expect(page.edges[0]?.node).toMatchObject({ siren: '552120222', name: 'SOCIÉTÉ GÉNÉRALE' });
    expect(page.edges.map((e) => e.node.name)).toContain('SOCIÉTÉ GÉNÉRALE DE TRANSPORTS DU MIDI');
  });

  it('matches every word as a prefix, in any order', async () => {
    const page = await search({ query: 'gén soc' });
    expect(page.edges.map((e) => e.node.siren)).toContain('552120222');
    const none = await search({ query: 'boulangerie zzzzqx' });
    expect(none.edges.filter((e) => e.node.name.includes('BOULANGERIE'))).toEqual([]);
  });

  it('searches by SIREN prefix when the query is 3 to 9 digits', async () => {
    const page = await search({ query: '552 120' });
    expect(page.edges[0]?.node.siren).toBe('552120222');
    expect(page.edges.every((e) => e.node.siren.startsWith('552120'))).toBe(true);
  });

  it('tolerates a typo by falling back to trigram similarity', async () => {
    const page = await search({ query: 'boulangrie' });
    expect(page.edges.length).toBeGreaterThan(0);
    expect(page.edges.every((e) => e.node.name.includes('BOULANGERIE'))).toBe(true);
  });

  it('paginates with an opaque cursor: the next page continues without overlap', async () => {
    const all = await search({ query: 'boulangerie', first: 100 });
    const first = await search({ query: 'boulangerie', first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(all.edges.length);
    const second = await search({ query: 'boulangerie', first: 2, after: first.pageInfo.endCursor });
    expect(second.edges).toHaveLength(2);
    const seen = [...first.edges, ...second.edges].map((e) => e.node.siren);
    expect(new Set(seen).size).toBe(4);
    expect(seen).toEqual(all.edges.slice(0, 4).map((e) => e.node.siren));

    const lastCursor = all.edges.at(-2)?.cursor;
    const last = await search({ query: 'boulangerie', first: 5, after: lastCursor });
    expect(last.edges).toHaveLength(1);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['a page of 500', { query: 'boulangerie', first: 500 }],
    ['a page of 0', { query: 'boulangerie', first: 0 }],
    ['a one-character query', { query: ' b ' }],
    ['a 101-character query', { query: 'b'.repeat(101) }],
    ['punctuation only', { query: '!!!' }],
    ['a forged cursor', { query: 'boulangerie', after: 'bm9wZQ' }],
  ])('refuses %s with BAD_USER_INPUT', async (_label, variables) => {
    const error = await api.client().error(SEARCH, variables);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/[a-zé]/);
  });
});
