// Dispatch bench (issue 5 "Done when"): N reminder emails due now, delivered into the SendGrid stub by
// one worker (dispatcher + sender, real PostgreSQL and Redis), beside raw bull throughput of no-op
// jobs on the same Redis in the same run. `npm run bench dispatch [-- --n=100000 --concurrency=50]`.
// Runs the compiled API (api/dist: decorator metadata), as `npm run bench` builds it first.
import 'reflect-metadata';
import Bull from 'bull';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { bootstrapWorker } from '../../../api/dist/api/src/bootstrap-worker.js';
import { loadConfig } from '../../../api/dist/api/src/config/load-config.js';
import { dataSourceOptions } from '../../../api/dist/api/src/database/data-source-options.js';
import { ReminderDispatcherService } from '../../../api/dist/api/src/modules/reminders/jobs/reminder-dispatcher.service.js';
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const N = arg('n', 100_000);
const CONCURRENCY = arg('concurrency', 50);
const ADMIN = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/5';
const DB = 'bonpayeur_bench_dispatch';

/** The SendGrid stub in a child process (see sendgrid-stub-process.ts); `stats` asks it how many mails it took. */
async function startStubProcess() {
  const child = fork(fileURLToPath(new URL('./sendgrid-stub-process.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
  const url = await new Promise<string>((resolve) => child.once('message', (message: { url: string }) => resolve(message.url)));
  return {
    url,
    stats: () =>
      new Promise<{ accepted: number; distinct: number; requests: number; cpuMs: number }>((resolve) => {
        child.once('message', (message: { accepted: number; distinct: number; requests: number; cpuMs: number }) => resolve(message));
        child.send('stats');
      }),
    close: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.send('close');
    }),
  };
}

async function freshDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  const url = new URL(ADMIN);
  url.pathname = `/${DB}`;
  const ds = await new DataSource(dataSourceOptions({ databaseUrl: url.toString(), databasePoolSize: 2 })).initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  return url.toString();
}

async function seed(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`INSERT INTO companies (siren, name, search_name, active, source) VALUES ('552120222', 'Créancière Bench', 'creanciere bench', true, 'CREDITOR'), ('732829320', 'Débitrice Bench', 'debitrice bench', true, 'CREDITOR')`);
  const [{ id: contact }] = (await client.query(`INSERT INTO contacts (creditor_siren, debtor_siren, email) VALUES ('552120222', '732829320', 'bench@example.test') RETURNING id`)).rows;
  const [{ id: invoice }] = (await client.query(
    `INSERT INTO invoices (creditor_siren, debtor_siren, contact_id, number, amount_cents, issue_date, due_date) VALUES ('552120222', '732829320', $1, 'B-1', 123456, now()::date - 40, now()::date - 10) RETURNING id`,
    [contact],
  )).rows;
  const [{ id: run }] = (await client.query(`INSERT INTO reminder_runs (invoice_id, creditor_siren, scenario_id, scenario) VALUES ($1, '552120222', 'bench', '{"name":"bench","steps":[]}') RETURNING id`, [invoice])).rows;
  // Each to its own address, as 100,000 reminders go to many debtors: SendGrid takes an address once
  // per request, so a single address would cost one request per message.
  await client.query(
    `INSERT INTO reminder_messages (run_id, invoice_id, step_index, channel, tone, to_address, template_subject, template_body, scheduled_at)
     SELECT $1, $2, g, 'EMAIL', 'BAD', 'bench+' || g || '@example.test', 'Facture {{invoiceNumber}}', 'Bonjour {{clientName}}, {{amount}} dus depuis {{daysLate}} jours ({{latePenalties}}). {{paymentLink}}', now() - interval '1 minute'
       FROM generate_series(1, $3) g`,
    [run, invoice, N],
  );
  await client.end();
}

/** CPU this process spent (user + system) since `since`, in ms: a figure the other tenants of the machine disturb less than wall time. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function rawBull(prefix: string): Promise<{ rate: number; cpuMsPerJob: number }> {
  const queue = new Bull('raw-noop', REDIS, { prefix });
  await queue.obliterate({ force: true }).catch(() => undefined);
  let done = 0;
  const finished = new Promise<void>((resolve) => {
    void queue.process('noop', CONCURRENCY, async () => {
      done += 1;
      if (done === N) resolve();
    });
  });
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < N; i += 1000) {
    await queue.addBulk(Array.from({ length: Math.min(1000, N - i) }, (_, k) => ({ name: 'noop', data: { i: i + k }, opts: { jobId: `j${i + k}`, removeOnComplete: true } })));
  }
  await finished;
  const rate = N / ((performance.now() - start) / 1000);
  const cpuMsPerJob = cpuMs(cpu) / N;
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  return { rate, cpuMsPerJob };
}

async function main(): Promise<void> {
  const databaseUrl = await freshDatabase();
  await seed(databaseUrl);
  const stub = await startStubProcess();
  const prefix = `{bp-bench-${Date.now().toString(36)}}`;

  const loadBefore = loadavg()[0]!;
  const { rate: raw, cpuMsPerJob } = await rawBull(prefix);

  const config = loadConfig({
    NODE_ENV: 'development',
    // One log line per batch job would bury the figures; warnings and errors still show.
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '20',
    REDIS_URL: REDIS,
    QUEUE_PREFIX: prefix,
    SENDGRID_API_KEY: 'SG.bench',
    SENDGRID_API_BASE: stub.url,
    REMINDER_DISPATCH_EVERY_MS: '0',
    REMINDER_DISPATCH_BATCH: '1000',
    REMINDER_SEND_CONCURRENCY: String(CONCURRENCY),
    REMINDER_EMAIL_RATE_PER_SECOND: '0',
  });
  const worker = await bootstrapWorker({ config });
  const dispatcher = worker.get(ReminderDispatcherService);
  const stubCpuBefore = (await stub.stats()).cpuMs;
  const start = performance.now();
  const cpu = process.cpuUsage();
  let dispatchMs = 0;
  const dispatching = dispatcher.dispatchDue().then((count: number) => {
    dispatchMs = performance.now() - start;
    return count;
  });
  let stats = await stub.stats();
  while (stats.accepted < N) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    stats = await stub.stats();
  }
  const seconds = (performance.now() - start) / 1000;
  const queued = await dispatching;
  const rate = N / seconds;
  const cpuMsPerMessage = cpuMs(cpu) / N;

  console.log(`messages due:                 ${N}`);
  console.log(`dispatched (claimed+queued):  ${queued} in ${(dispatchMs / 1000).toFixed(1)} s`);
  console.log(`delivered into the stub:      ${stats.accepted} (${stats.distinct} distinct) in ${seconds.toFixed(1)} s, ${stats.requests} SendGrid requests`);
  console.log(`reminder pipeline:            ${rate.toFixed(0)} messages/s (one worker, ${CONCURRENCY} provider calls in flight)`);
  console.log(`raw bull no-op jobs:          ${raw.toFixed(0)} jobs/s (same Redis, same concurrency)`);
  console.log(`CPU in this process:          ${cpuMsPerMessage.toFixed(3)} ms per message, ${cpuMsPerJob.toFixed(3)} ms per raw bull job (PostgreSQL not counted); the stub provider: ${((stats.cpuMs - stubCpuBefore) / N).toFixed(3)} ms per message`);
  console.log(`machine load (1 min):         ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, on ${cpus().length} cores`);
  console.log(`summary: dispatch ${rate.toFixed(0)} msg/s = ${((rate / raw) * 100).toFixed(0)} % of raw bull (${raw.toFixed(0)} jobs/s); target ≥ 1000 msg/s and ≥ 50 %`);

  await worker.close();
  await stub.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
