import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../bench/support/spawn-api.js';
import type { TestApi } from '../support/boot-api.js';
import { signUpCreditor, type SignedUpCreditor } from '../support/factories/accounts.js';
import { IMPORT_INVOICES } from '../support/factories/invoices.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { TEST_REDIS_URL } from '../support/test-env.js';
import { uniqueSiren } from '../support/unique.js';
import { connectThroughCrashes, createMigratedDatabase, startPrivatePostgres, type PrivatePostgres } from './private-postgres.js';
import { waitFor, WORKER_ENTRY } from './support.js';

/*
 * PostgreSQL restarted (crash-like, `pg_ctl -m immediate`) while the spawned, built API is in the
 * middle of an invoice import and of concurrent token spends: nothing is half-written, the API
 * answers 503 SERVICE_UNAVAILABLE with a French message meanwhile, and it recovers by itself once
 * the server is back (no restart of the API). The server is a private one (private-postgres.ts).
 */

const API_ENTRY = join(WORKER_ENTRY, '..', 'main.js');
const APPLY = `mutation Apply($input: ApplyScenarioInput!) { applyScenario(input: $input) { id tokenSpent } }`;
const ME = `query { me { id } }`;
const API_POOL_SIZE = 6;

let server: PrivatePostgres;
let databaseUrl: string;
let api: ChildProcess;
let apiUrl: string;
let admin: pg.Client;
let apiOutput = '';

const connectAdmin = (): Promise<pg.Client> => connectThroughCrashes(databaseUrl);

beforeAll(async () => {
  server = await startPrivatePostgres();
  databaseUrl = await createMigratedDatabase(server, 'bonpayeur_fault');

  const port = await freePort();
  apiUrl = `http://127.0.0.1:${port}`;
  api = spawn(process.execPath, [API_ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(API_POOL_SIZE),
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: `{bp-fault-pg-${process.pid}}`,
      PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
      SIGNUP_FREE_TOKENS: '40',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout!.on('data', (chunk: Buffer) => (apiOutput = (apiOutput + chunk.toString()).slice(-4000)));
  api.stderr!.on('data', (chunk: Buffer) => (apiOutput = (apiOutput + chunk.toString()).slice(-4000)));
  await waitFor('the API to answer', async () => (await fetch(`${apiUrl}/health/live`).catch(() => null))?.ok === true, 60_000);
  admin = await connectAdmin();
}, 180_000);

afterAll(async () => {
  await admin?.end().catch(() => undefined);
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
  }
  server?.destroy();
});

const apiHandle = { client: () => new GraphQLClient(apiUrl) } as unknown as TestApi;

/**
 * The test holds a row lock (`locker`) that the work under test needs half-way through its
 * transaction; once `waiters` statements wait on it, PostgreSQL is stopped: the crash then lands
 * inside those transactions every time, not by luck of timing.
 */
async function stopWhenWaiting(moment: string, waiters: number): Promise<void> {
  await waitFor(`${waiters} "${moment}" waiting on the test's lock`, async () => {
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1 AND pid <> pg_backend_pid()`,
      [`%${moment}%`],
    );
    return rows[0].n >= waiters;
  }, 60_000);
  server.stop();
}

/** While the server is down: 503, SERVICE_UNAVAILABLE, a French message; /health says so too. */
async function expectOutageAnswers(client: GraphQLClient): Promise<void> {
  const during = await client.request(ME);
  expect(during.status).toBe(503);
  expect(during.headers.get('retry-after')).toBe('5');
  expect(during.errors?.[0]).toMatchObject({
    message: 'Le service est momentanément indisponible, réessayez dans un instant.',
    extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' },
  });
  expect((await fetch(`${apiUrl}/health`)).status).toBe(503);
}

/** Starts PostgreSQL again and waits, without touching the API, until it serves a signed-in query. */
async function restartAndRecover(client: GraphQLClient): Promise<void> {
  server.start();
  await admin.end().catch(() => undefined);
  admin = await connectAdmin();
  await waitFor('the API to recover by itself', async () => (await client.request(ME)).status === 200, 60_000);
}

/** `rows` invoices to four debtors, then one last invoice to `lastDebtor`. */
function invoiceCsv(rows: number, prefix: string, withContact: boolean, lastDebtor = uniqueSiren()): string {
  const debtors = Array.from({ length: 4 }, () => uniqueSiren());
  const header = `siren_debiteur,nom_debiteur,numero,montant,date_emission,date_echeance${withContact ? ',contact_email,contact_telephone' : ''}`;
  const lines = Array.from({ length: rows }, (_, i) => {
    const debtor = i === rows - 1 ? lastDebtor : debtors[i % 4];
    return `${debtor},Débiteur Panne,${prefix}-${String(i).padStart(5, '0')},${(100 + (i % 900)).toFixed(2)},2026-10-01,2026-12-31${withContact ? `,compta${i % 4}@panne.example,+3361234567${i % 4}` : ''}`;
  });
  return [header, ...lines].join('\n');
}

async function invoiceCount(siren: string): Promise<number> {
  const { rows } = await admin.query(`SELECT count(*)::int AS n FROM invoices WHERE creditor_siren = $1`, [siren]);
  return rows[0].n as number;
}

describe('PostgreSQL restarted under load', () => {
  let creditor: SignedUpCreditor;

  beforeAll(async () => {
    creditor = await signUpCreditor(apiHandle);
  });

  it('leaves no partial invoice import, answers 503 meanwhile, and imports the file whole once back', async () => {
    // The last row's debtor exists and is locked by the test: the import inserts 19 batches in its
    // transaction, then waits on the foreign-key check of the last one, and the server dies there.
    const lastDebtor = uniqueSiren();
    await admin.query(`INSERT INTO companies (siren, name, search_name, source) VALUES ($1, 'Verrou', 'verrou', 'CREDITOR')`, [lastDebtor]);
    const locker = await connectAdmin();
    await locker.query('BEGIN');
    await locker.query(`SELECT 1 FROM companies WHERE siren = $1 FOR UPDATE`, [lastDebtor]);
    const csv = invoiceCsv(20_000, 'PG', false, lastDebtor);
    const importing = creditor.client.request(IMPORT_INVOICES, { input: { csv } });
    await stopWhenWaiting('INSERT INTO invoices', 1);
    await locker.end().catch(() => undefined);
    const cut = await importing;
    expect(cut.status).toBe(503);
    expect(cut.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await expectOutageAnswers(creditor.client);

    await restartAndRecover(creditor.client);
    expect(await invoiceCount(creditor.siren)).toBe(0);

    const again = await creditor.client.ok<{ importInvoices: { created: number; rejected: number } }>(IMPORT_INVOICES, { input: { csv } });
    expect(again.importInvoices).toMatchObject({ created: 20_000, rejected: 0 });
    expect(await invoiceCount(creditor.siren)).toBe(20_000);
  });

  it('never debits a token without its run, nor runs without the debit, across a restart during concurrent spends', async () => {
    const spender = await signUpCreditor(apiHandle);
    const csv = invoiceCsv(30, 'TK', true);
    await spender.client.ok(IMPORT_INVOICES, { input: { csv } });
    const { rows: invoices } = await admin.query(`SELECT id FROM invoices WHERE creditor_siren = $1 ORDER BY number`, [spender.siren]);
    expect(invoices).toHaveLength(30);

    const apply = (invoice: { id: string }) => spender.client.request<{ applyScenario: { id: string } }>(APPLY, { input: { invoiceId: invoice.id } });
    // Five spends complete before the outage.
    const before = await Promise.all(invoices.slice(0, 5).map(apply));
    // The other 25 are in flight when the server dies: as many as the API's pool holds (6) are
    // blocked inside their transactions behind the wallet row the test locks; the rest wait for a connection.
    const locker = await connectAdmin();
    await locker.query('BEGIN');
    await locker.query(`SELECT 1 FROM token_wallets WHERE company_siren = $1 FOR UPDATE`, [spender.siren]);
    const spends = invoices.slice(5).map(apply);
    // (some wait on the wallet, some on the per-client reminders lock taken before it)
    await stopWhenWaiting('', API_POOL_SIZE);
    await locker.end().catch(() => undefined);
    const results = [...before, ...(await Promise.all(spends))];
    await expectOutageAnswers(spender.client);
    await restartAndRecover(spender.client);

    const succeeded = results.filter((r) => r.status === 200 && r.data?.applyScenario);
    const refused = results.filter((r) => !r.data?.applyScenario);
    expect(succeeded.length + refused.length).toBe(30);
    for (const r of refused) expect(r.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(succeeded).toHaveLength(5);
    expect(refused).toHaveLength(25);

    const { rows: [wallet] } = await admin.query(
      `SELECT w.balance, (SELECT sum(delta)::int FROM token_ledger_entries l WHERE l.company_siren = w.company_siren) AS ledger
         FROM token_wallets w WHERE w.company_siren = $1`,
      [spender.siren],
    );
    expect(wallet.balance).toBe(wallet.ledger);
    const { rows: runs } = await admin.query(`SELECT id::text FROM reminder_runs WHERE creditor_siren = $1 ORDER BY id`, [spender.siren]);
    const { rows: debits } = await admin.query(
      `SELECT reference FROM token_ledger_entries WHERE company_siren = $1 AND reason = 'INVOICE_PROCESSING' ORDER BY reference`,
      [spender.siren],
    );
    // Every run was paid once, every debit has its run: commits are whole or absent.
    expect(debits.map((d: { reference: string }) => d.reference)).toEqual(runs.map((r: { id: string }) => r.id));
    expect(wallet.balance).toBe(40 - runs.length);
    // What the API said it did is exactly what is stored.
    expect(runs.map((run: { id: string }) => run.id).sort()).toEqual(succeeded.map((r) => r.data!.applyScenario.id).sort());
    expect(wallet.balance).toBe(35);
  });
});
