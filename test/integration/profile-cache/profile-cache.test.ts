import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompaniesService } from '../../../api/src/modules/companies/companies.service.js';
import { httpRequestDuration, profileCacheHits } from '../../../api/src/observability/metrics/process-metrics.js';
import { bootTestApi, type TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { CREATE_INVOICE, invoiceInput } from '../../support/factories/invoices.js';
import { uniqueSiren } from '../../support/unique.js';
import { captureLogs } from '../operations/log-capture.js';
import { ask, expectSameAnswer, post, PROFILE, untilCached, untilFresh } from './support.js';

let api: TestApi;
let db: DataSource;
const logs = captureLogs();

beforeAll(async () => {
  api = await bootTestApi({ env: { PROFILE_CACHE_SECONDS: '30', LOG_LEVEL: 'info' }, logDestination: logs });
  db = api.app.get(DataSource);
});

afterAll(async () => {
  await api?.close();
});

async function counts(): Promise<{ graphqlOk: number; hits: number }> {
  const http = (await httpRequestDuration.get()).values.find(
    (value) => value.metricName === 'bonpayeur_http_request_duration_seconds_count' && value.labels.route === '/graphql' && value.labels.status === '200',
  );
  const hits = (await profileCacheHits.get()).values[0];
  return { graphqlOk: http?.value ?? 0, hits: hits?.value ?? 0 };
}

describe('public profile cache', () => {
  it('answers a repeated anonymous profile query from memory, identical to the executed answer: status, headers and bytes', async () => {
    const siren = uniqueSiren();
    await api.app.get(CompaniesService).findOrCreateBySiren(siren, 'Épicerie Cachée');
    const executed = await ask(api, logs, PROFILE, { siren });
    expect(executed.hit).toBe(false);
    const first = await untilCached(api, logs, siren);
    // The first cached answer is sent through express like the executed one; the next are its lines written again.
    const next = await ask(api, logs, PROFILE, { siren });
    expect(next.hit).toBe(true);

    for (const cached of [first, next]) {
      expectSameAnswer(cached, executed);
    }
    // Security headers and a request id of its own, like every response.
    expect(next.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(next.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Set([executed, first, next].map((answer) => answer.headers.get('x-request-id'))).size).toBe(3);
  });

  it('logs one line per cached answer, shaped like the executed ones', async () => {
    const siren = uniqueSiren();
    await api.app.get(CompaniesService).findOrCreateBySiren(siren, 'Quincaillerie Tracée');
    await ask(api, logs, PROFILE, { siren });
    const cached = await untilCached(api, logs, siren);
    const lines = logs.lines().filter((line) => line.requestId === cached.headers.get('x-request-id'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'request completed',
      req: { method: 'POST', path: '/graphql', remoteAddress: expect.any(String) },
      responseTime: expect.any(Number),
      statusCode: 200,
      operation: 'query company',
      profileCache: 'hit',
    });
  });

  it('counts every cached answer in the HTTP metrics, like any request, and in the hit counter', async () => {
    const siren = uniqueSiren();
    await api.app.get(CompaniesService).findOrCreateBySiren(siren, 'Droguerie Comptée');
    await untilCached(api, logs, siren);
    const before = await counts();
    expect((await ask(api, logs, PROFILE, { siren })).hit).toBe(true);
    const after = await counts();
    expect(after.graphqlOk - before.graphqlOk).toBe(1);
    expect(after.hits - before.hits).toBe(1);
  });

  it('shows a new materialised score and new invoices as soon as PostgreSQL signals them', async () => {
    const creditor = await signUpCreditor(api);
    const siren = uniqueSiren();
    await creditor.client.ok(CREATE_INVOICE, { input: invoiceInput({ debtorSiren: siren, debtorName: 'Débiteur Surveillé' }) });
    await untilCached(api, logs, siren);
    expect((await ask(api, logs, PROFILE, { siren })).body.data?.company).toMatchObject({ score: null, stats: { invoicesReported: 1 } });

    // As the score worker writes it: the cached answer is evicted, the next one executed and fresh.
    await db.query(
      `INSERT INTO company_scores (siren, value, grade, confidence, enough_data, trend_direction, trend_delta, contributions, as_of, computed_at, events_count)
       VALUES ($1, 42.5, 'D', 0.2, true, 'STABLE', 0, '[]', CURRENT_DATE, now(), 1)`,
      [siren],
    );
    const rescored = await untilFresh(api, logs, siren, (c) => c.score !== null);
    expect(rescored.hit).toBe(false);
    expect(rescored.body.data?.company).toMatchObject({ score: { value: 42.5, grade: 'D' } });
    // Then the fresh answer is what the cache serves.
    expect((await untilCached(api, logs, siren)).body.data?.company).toMatchObject({ score: { value: 42.5, grade: 'D' } });

    await creditor.client.ok(CREATE_INVOICE, { input: invoiceInput({ debtorSiren: siren }) });
    expect((await untilFresh(api, logs, siren, (c) => (c.stats as { invoicesReported: number }).invoicesReported === 2)).body.data?.company).toMatchObject({
      stats: { invoicesReported: 2 },
    });
  });

  it('never serves signed-in members from it, nor queries reading fields whose changes are not signalled', async () => {
    const creditor = await signUpCreditor(api);
    const siren = creditor.siren;
    await untilCached(api, logs, siren);
    const session = `bp_session=${creditor.client.cookie('bp_session')}`;
    expect((await ask(api, logs, PROFILE, { siren }, { cookie: session })).hit).toBe(false);

    const HISTORY = `query H($siren: String!) { company(siren: $siren) { siren scoreHistory(days: 30) { day } } }`;
    await ask(api, logs, HISTORY, { siren });
    expect((await ask(api, logs, HISTORY, { siren })).hit).toBe(false);
  });

  it('shares answers between Accept headers Apollo answers alike (none, */*, application/json)', async () => {
    const siren = uniqueSiren();
    await api.app.get(CompaniesService).findOrCreateBySiren(siren, 'Mercerie Partagée');
    const executed = await untilCached(api, logs, siren);
    for (const accept of ['*/*', 'application/json']) {
      const shared = await ask(api, logs, PROFILE, { siren }, { accept });
      expect(shared.hit).toBe(true);
      expectSameAnswer(shared, executed);
    }
  });

  it('keys answers by the Accept header otherwise: Apollo picks the content type from it', async () => {
    const siren = uniqueSiren();
    await api.app.get(CompaniesService).findOrCreateBySiren(siren, 'Librairie Négociée');
    await untilCached(api, logs, siren);
    const accept = { accept: 'application/graphql-response+json' };
    const executed = await ask(api, logs, PROFILE, { siren }, accept);
    expect(executed.hit).toBe(false);
    expect(executed.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    let cached = await ask(api, logs, PROFILE, { siren }, accept);
    for (let attempt = 0; !cached.hit && attempt < 50; attempt += 1) cached = await ask(api, logs, PROFILE, { siren }, accept);
    expect(cached.hit).toBe(true);
    expectSameAnswer(cached, executed);
  });

  it('does not cache errors', async () => {
    const bad = '123456789';
    const first = await ask(api, logs, PROFILE, { siren: bad });
    expect(first.body).toHaveProperty('errors');
    expect((await ask(api, logs, PROFILE, { siren: bad })).hit).toBe(false);
  });

  it('refuses a malformed body exactly as the chain always did, though it reads /graphql bodies first', async () => {
    // With a session cookie the front of the chain does not read the body: the reference.
    const reference = await post(api, '{"query": ', { cookie: 'bp_session=not-a-session' });
    const anonymous = await post(api, '{"query": ');
    expect(anonymous.status).toBe(400);
    expectSameAnswer(anonymous, reference);
  });
});
