import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createPrivateDatabase } from '../support/private-database.js';
import { TEST_REDIS_URL } from '../support/test-env.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built worker, as production runs it (`npm test` and `npm run test:faults` build first). */
export const WORKER_ENTRY = join(root, 'api', 'dist', 'api', 'src', 'worker.js');

/**
 * A database of its own, migrated: the spawned workers dispatch on the real clock, so in the run's
 * shared test database they would take other test files' due messages.
 */
export function createFaultDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  return createPrivateDatabase(`fault_${label}`);
}

let sirenCounter = 0;
/** Nine digits no other seed of this process uses (the database is the file's own). */
function nextSiren(): string {
  sirenCounter += 1;
  return String(100_000_000 + (process.pid % 1000) * 100_000 + sirenCounter).slice(0, 9);
}

/**
 * `count` reminder emails due a minute ago, on one invoice of a new creditor (one invoice: nothing is
 * grouped), each to its own address, so the messages of a job leave in SendGrid requests of up to
 * 100, one personalization each. Returns their ids.
 */
export async function seedDueEmails(db: pg.Client, count: number): Promise<string[]> {
  const creditor = nextSiren();
  const debtor = nextSiren();
  await db.query(`INSERT INTO companies (siren, name, search_name, active, source) VALUES ($1, 'Créancière Panne', 'creanciere panne', true, 'CREDITOR'), ($2, 'Débitrice Panne', 'debitrice panne', true, 'CREDITOR')`, [creditor, debtor]);
  const [{ id: contact }] = (await db.query(`INSERT INTO contacts (creditor_siren, debtor_siren, email) VALUES ($1, $2, 'panne@example.test') RETURNING id`, [creditor, debtor])).rows;
  const [{ id: invoice }] = (
    await db.query(
      `INSERT INTO invoices (creditor_siren, debtor_siren, contact_id, number, amount_cents, issue_date, due_date) VALUES ($1, $2, $3, 'P-1', 123456, now()::date - 40, now()::date - 10) RETURNING id`,
      [creditor, debtor, contact],
    )
  ).rows;
  const [{ id: run }] = (await db.query(`INSERT INTO reminder_runs (invoice_id, creditor_siren, scenario_id, scenario) VALUES ($1, $2, 'fault', '{"name":"fault","steps":[]}') RETURNING id`, [invoice, creditor])).rows;
  const { rows } = await db.query(
    `INSERT INTO reminder_messages (run_id, invoice_id, step_index, channel, tone, to_address, template_subject, template_body, scheduled_at)
     SELECT $1, $2, g, 'EMAIL', 'BAD', 'panne+' || g || '@example.test', 'Facture {{invoiceNumber}}', 'Bonjour {{clientName}}, {{amount}} dus. {{paymentLink}}', now() - interval '1 minute'
       FROM generate_series(1, $3) g RETURNING id`,
    [run, invoice, count],
  );
  return rows.map((row: { id: string }) => row.id);
}

export interface SpawnedWorker {
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Output so far, for failure messages. */
  output(): string;
}

/** The built worker in its own process, dispatching on its own timer (NODE_ENV=development). */
export function spawnWorker(env: Record<string, string>): SpawnedWorker {
  if (!existsSync(WORKER_ENTRY)) throw new Error(`${WORKER_ENTRY} is missing: build first (npx tsc -b scoring api)`);
  const child = spawn(process.execPath, [WORKER_ENTRY], { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  // 'close', not 'exit': at 'exit' the child's stdout may still hold unread lines (its last log lines
  // were then missing from output() on a loaded machine); 'close' comes once its stdio has ended.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** SIGTERM (graceful), then SIGKILL if it lingers; only this worker's own pid. */
export async function stopWorker(worker: SpawnedWorker): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  worker.child.kill('SIGTERM');
  const timer = setTimeout(() => worker.child.kill('SIGKILL'), 10_000);
  await worker.exited;
  clearTimeout(timer);
}

export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Status → count for the given messages. */
export async function statusCounts(db: pg.Client, ids: readonly string[]): Promise<Record<string, number>> {
  const { rows } = await db.query(`SELECT status, count(*)::int AS n FROM reminder_messages WHERE id = ANY($1::uuid[]) GROUP BY status`, [ids]);
  return Object.fromEntries(rows.map((row: { status: string; n: number }) => [row.status, row.n]));
}

/** None of them SCHEDULED, QUEUED or SENDING any more. */
export async function allSettled(db: pg.Client, ids: readonly string[]): Promise<boolean> {
  const counts = await statusCounts(db, ids);
  return !counts.SCHEDULED && !counts.QUEUED && !counts.SENDING;
}

/**
 * Deletes every key of one queue prefix: what FLUSHALL does to a worker, limited to this test's
 * prefix because other test runs (other worktrees, CI) share this Redis.
 */
export async function flushPrefix(prefix: string): Promise<number> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}

/** The worker's environment: the file's database, a queue prefix of its own, SendGrid at the stub. */
export function workerEnv(databaseUrl: string, prefix: string, sendgridUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '6',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    SENDGRID_API_KEY: 'SG.fault-test',
    SENDGRID_API_BASE: sendgridUrl,
    EMAIL_FROM: 'relances@bonpayeur.test',
    REMINDER_DISPATCH_EVERY_MS: '200',
    REMINDER_DISPATCH_BATCH: '200',
    // Short, so a killed worker's QUEUED and SENDING rows come back within the test.
    REMINDER_QUEUED_TIMEOUT_SECONDS: '5',
    REMINDER_SEND_CONCURRENCY: '20',
    REMINDER_EMAIL_RATE_PER_SECOND: '0',
  };
}

/** Mails the SendGrid stub read per message id (one per personalization, by its custom_args reference), for these messages. */
export function requestsPerMessage(accepted: readonly { reference: string }[], ids: readonly string[]): Map<string, number> {
  const wanted = new Set(ids);
  const counts = new Map<string, number>();
  for (const mail of accepted) if (wanted.has(mail.reference)) counts.set(mail.reference, (counts.get(mail.reference) ?? 0) + 1);
  return counts;
}
