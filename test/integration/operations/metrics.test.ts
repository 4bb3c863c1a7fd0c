import type { INestApplicationContext } from '@nestjs/common';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapWorker } from '../../../api/src/bootstrap-worker.js';
import { FixedClock } from '../../../api/src/common/clock.js';
import { WorkerMetricsServer } from '../../../api/src/observability/metrics/worker-metrics.server.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, TEST_PASSWORD } from '../../support/factories/accounts.js';
import { createInvoice } from '../../support/factories/invoices.js';
import { signUpPlatformUser } from '../../support/factories/platform-users.js';
import { testConfig } from '../../support/test-config.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { id } }`;
const APPLY = `mutation Apply($input: ApplyScenarioInput!) { applyScenario(input: $input) { id } }`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Reads one sample `name{labels} value` from an exposition text; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`))) return Number(line.split(' ').at(-1));
  }
  return undefined;
}

describe('/metrics', () => {
  const clock = new FixedClock(new Date('2026-02-20T10:00:00Z'));
  let api: TestApi;
  const scrape = (headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) => fetch(`${api.url}/metrics`, { headers });

  beforeAll(async () => {
    api = await bootTestApi({ clock, env: { METRICS_TOKEN: TOKEN, SESSION_TTL_DAYS: '365' } });
  });
  afterAll(() => api?.close());

  it('answers 401 without the token or an ADMIN session, whatever else is presented', async () => {
    expect((await scrape({})).status).toBe(401);
    expect((await scrape({ authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await scrape({ authorization: 'Basic YWRtaW46YWRtaW4=' })).status).toBe(401);
    const creditor = await signUpCreditor(api);
    expect((await scrape({ cookie: `bp_session=${creditor.client.cookie('bp_session')}` })).status).toBe(401);
    const moderator = await signUpPlatformUser(api, 'MODERATOR');
    expect((await scrape({ cookie: `bp_session=${moderator.client.cookie('bp_session')}` })).status).toBe(401);
  });

  it('lets an ADMIN session read it', async () => {
    const admin = await signUpPlatformUser(api, 'ADMIN');
    const response = await scrape({ cookie: `bp_session=${admin.client.cookie('bp_session')}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
  });

  it('reports GraphQL and HTTP latency, errors by code, the pool, queues, due messages, tokens and score lag', async () => {
    const creditor = await signUpCreditor(api);
    await api.client().error(LOG_IN, { input: { email: creditor.email, password: `${TEST_PASSWORD}-wrong` } });
    const invoice = await createInvoice(creditor.client, { issueDate: '2026-02-01', dueDate: '2026-03-03', amountCents: 10_000, contact: { name: 'Compta', email: 'compta@debiteur.test', phone: '0612345678' } });
    await creditor.client.ok(APPLY, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
    clock.set(new Date('2026-03-05T10:00:00Z'));

    const text = await (await scrape()).text();
    expect(sample(text, 'bonpayeur_graphql_operation_duration_seconds_count', { operation: 'mutation signUp' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'bonpayeur_graphql_errors_total', { code: 'UNAUTHENTICATED', operation: 'mutation logIn' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'bonpayeur_http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'bonpayeur_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'bonpayeur_db_pool_connections', { state: 'waiting' })).toBe(0);
    expect(sample(text, 'bonpayeur_queue_jobs', { queue: 'reminder-email', state: 'waiting' })).toBe(0);
    expect(sample(text, 'bonpayeur_queue_jobs', { queue: 'score-refresh', state: 'failed' })).toBeDefined();
    // The J-7 e-mail (2026-02-24 08:00) is the oldest due: more than nine days old on 2026-03-05.
    expect(sample(text, 'bonpayeur_reminder_oldest_due_seconds')).toBeGreaterThanOrEqual(9 * 86_400);
    expect(sample(text, 'bonpayeur_tokens', { reason: 'SIGNUP_GRANT' })).toBeGreaterThanOrEqual(5);
    expect(sample(text, 'bonpayeur_tokens', { reason: 'INVOICE_PROCESSING' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'bonpayeur_score_refresh_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(text).toContain('# TYPE bonpayeur_reminder_messages gauge');
    expect(text).toContain('bonpayeur_process_cpu_seconds_total');
    expect(text).toContain('bonpayeur_nodejs_eventloop_lag_seconds');
  });
});

describe('the worker metrics port', () => {
  let worker: INestApplicationContext;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    worker = await bootstrapWorker({ config: testConfig({ METRICS_TOKEN: TOKEN, WORKER_METRICS_PORT: String(port), REMINDER_DISPATCH_EVERY_MS: '0' }) });
    expect(worker.get(WorkerMetricsServer).port).toBe(port);
    url = `http://127.0.0.1:${port}/metrics`;
  });
  afterAll(() => worker?.close());

  it('serves the worker process metrics behind the bearer token', async () => {
    expect((await fetch(url)).status).toBe(401);
    const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('# TYPE bonpayeur_job_duration_seconds histogram');
    expect(text).toContain('bonpayeur_db_pool_connections{state="idle"}');
  });
});
