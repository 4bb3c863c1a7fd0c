import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';

const SEARCH = `query { searchCompanies(query: "boulangerie", first: 1) { edges { node { siren } } } }`;

describe('the public rate limit', () => {
  let api: TestApi;
  // A fresh API per test: each gets its own Redis key prefix, so its own counters.
  beforeEach(async () => {
    api = await bootTestApi({ env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterEach(() => api.close());

  it('answers anonymous traffic past the cap with 429, RATE_LIMITED and Retry-After', async () => {
    const visitor = api.client();
    const statuses: number[] = [];
    for (let request = 0; request < 5; request += 1) statuses.push((await visitor.request(SEARCH)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);

    const refused = await visitor.request(SEARCH);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/Trop de requêtes/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('caps a made-up session cookie like any anonymous visitor', async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 7; request += 1) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `bp_session=made-up-${request}` },
        body: JSON.stringify({ query: SEARCH }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });

  it('does not cap a logged-in user', async () => {
    const { client } = await signUpCreditor(api);
    for (let request = 0; request < 8; request += 1) {
      expect((await client.request(SEARCH)).status).toBe(200);
    }
  });
});
