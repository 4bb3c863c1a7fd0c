import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompaniesService } from '../../../api/src/modules/companies/companies.service.js';
import { bootTestApi, type TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { CREATE_INVOICE, invoiceInput } from '../../support/factories/invoices.js';
import { uniqueSiren } from '../../support/unique.js';

const PROFILE = `query Profile($siren: String!) {
  company(siren: $siren) { siren name score { value grade } stats { invoicesReported } recommendations(first: 3) { totalCount } }
}`;

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  api = await bootTestApi({ env: { PROFILE_CACHE_SECONDS: '30' } });
  db = api.app.get(DataSource);
});

afterAll(async () => {
  await api?.close();
});

async function anonymous(query: string, siren: string): Promise<{ hit: boolean; body: { data: { company: Record<string, unknown> | null } } }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { siren } }),
  });
  return { hit: response.headers.get('x-profile-cache') === 'hit', body: (await response.json()) as never };
}

/** The cache listens for changes once its connection is up: ask until the answer comes from it. */
async function untilCached(siren: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if ((await anonymous(PROFILE, siren)).hit) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the profile was never served from the cache');
}

/** Eviction arrives by NOTIFY, a moment after the commit: ask until the answer is fresh. */
async function untilFresh(siren: string, fresh: (company: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { body } = await anonymous(PROFILE, siren);
    if (body.data.company && fresh(body.data.company)) return body.data.company;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the profile stayed stale');
}

describe('public profile cache', () => {
  it('answers a repeated anonymous profile query from memory, identical to the executed one', async () => {
    const siren = uniqueSiren();
    await api.app.get(CompaniesService).findOrCreateBySiren(siren, 'Épicerie Cachée');
    const first = await anonymous(PROFILE, siren);
    await untilCached(siren);
    const again = await anonymous(PROFILE, siren);
    expect(again.hit).toBe(true);
    expect(again.body).toEqual(first.body);
  });

  it('shows a new materialised score and new invoices as soon as PostgreSQL signals them', async () => {
    const creditor = await signUpCreditor(api);
    const siren = uniqueSiren();
    await creditor.client.ok(CREATE_INVOICE, { input: invoiceInput({ debtorSiren: siren, debtorName: 'Débiteur Surveillé' }) });
    await untilCached(siren);
    expect((await anonymous(PROFILE, siren)).body.data.company).toMatchObject({ score: null, stats: { invoicesReported: 1 } });

    // As the score worker writes it.
    await db.query(
      `INSERT INTO company_scores (siren, value, grade, confidence, enough_data, trend_direction, trend_delta, contributions, as_of, computed_at, events_count)
       VALUES ($1, 42.5, 'D', 0.2, true, 'STABLE', 0, '[]', CURRENT_DATE, now(), 1)`,
      [siren],
    );
    expect(await untilFresh(siren, (c) => c.score !== null)).toMatchObject({ score: { value: 42.5, grade: 'D' } });

    await creditor.client.ok(CREATE_INVOICE, { input: invoiceInput({ debtorSiren: siren }) });
    expect(await untilFresh(siren, (c) => (c.stats as { invoicesReported: number }).invoicesReported === 2)).toMatchObject({ stats: { invoicesReported: 2 } });
  });

  it('never serves signed-in members from it, nor queries reading fields whose changes are not signalled', async () => {
    const creditor = await signUpCreditor(api);
    const siren = creditor.siren;
    await untilCached(siren);
    const signedIn = await creditor.client.request(PROFILE, { siren });
    expect(signedIn.headers.get('x-profile-cache')).toBeNull();

    const HISTORY = `query H($siren: String!) { company(siren: $siren) { siren scoreHistory(days: 30) { day } } }`;
    await anonymous(HISTORY, siren);
    expect((await anonymous(HISTORY, siren)).hit).toBe(false);
  });

  it('does not cache errors', async () => {
    const bad = '123456789';
    const first = await anonymous(PROFILE, bad);
    expect(first.body).toHaveProperty('errors');
    expect((await anonymous(PROFILE, bad)).hit).toBe(false);
  });
});
