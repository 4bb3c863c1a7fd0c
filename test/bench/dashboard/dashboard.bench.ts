/**
 * dashboard(period) on one large creditor: the two statements of dashboard.queries.ts, timed
 * through raw pg on a database of its own (bonpayeur_bench_dashboard, rebuilt on each run).
 *
 *   npx tsc -b scoring api && npx tsx test/bench/dashboard/dashboard.bench.ts [--invoices 200000] [--rounds 30] [--keep] [--reuse]
 *
 * Data (generated in SQL): one creditor, N invoices to 2,000 debtors issued over the last two
 * years, 30-day terms, 70 % paid (a third of them late), 2 % disputed, 1 % cancelled; a run for one
 * invoice in three with three messages, two sent, and its token spend in the ledger.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DASHBOARD_SERIES_SQL, DASHBOARD_SUMMARY_SQL } from '../../../api/src/modules/dashboard/dashboard.queries.js';

const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const NAME = 'bonpayeur_bench_dashboard';
const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const N = arg('invoices', 200_000);
const ROUNDS = arg('rounds', 30);

function databaseUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${NAME}`;
  return url.toString();
}

async function build(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${NAME}`);
  await admin.end();
  const migrate = spawnSync(process.execPath, ['api/dist/api/src/cli/migrate.js'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl(), REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0' },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`migrate failed: ${migrate.stderr}`);
  const db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
  await db.query(`
    INSERT INTO companies (siren, name, search_name, source)
    SELECT lpad(i::text, 9, '0'), 'Entreprise ' || i, 'entreprise ' || i, 'CREDITOR' FROM generate_series(1, 2001) AS i`);
  await db.query(`INSERT INTO token_wallets (company_siren, balance) VALUES ('000000001', 0)`);
  await db.query(`
    INSERT INTO invoices (creditor_siren, debtor_siren, number, amount_cents, issue_date, due_date, paid_at, status)
    SELECT '000000001', lpad((2 + i % 2000)::text, 9, '0'), 'F-' || i, 10000 + (i * 7919) % 500000,
           issue, issue + 30,
           CASE WHEN i % 10 < 7 AND issue + 30 + (i % 3) * 20 <= current_date THEN issue + 30 + (i % 3) * 20 END,
           CASE WHEN i % 10 < 7 AND issue + 30 + (i % 3) * 20 <= current_date THEN 'PAID'
                WHEN i % 50 = 7 THEN 'DISPUTED' WHEN i % 100 = 8 THEN 'CANCELLED' ELSE 'OPEN' END
      FROM (SELECT i, current_date - 730 + (i % 730) AS issue FROM generate_series(1, $1::int) AS i) AS g`, [N]);
  await db.query(`
    INSERT INTO reminder_runs (id, invoice_id, creditor_siren, scenario_id, scenario, status)
    SELECT gen_random_uuid(), id, creditor_siren, 'builtin-classic', '{}'::jsonb, 'COMPLETED' FROM invoices WHERE number ~ '[0369]$' AND status <> 'CANCELLED'`);
  await db.query(`
    INSERT INTO reminder_messages (run_id, invoice_id, step_index, channel, tone, to_address, template_subject, template_body, scheduled_at, status, sent_at, attempts)
    SELECT r.id, r.invoice_id, s, 'EMAIL', CASE WHEN s = 0 THEN 'GOOD' ELSE 'BAD' END, 'x@example.test', 's', 'b',
           (i.due_date + (s * 7 - 7))::timestamp AT TIME ZONE 'Europe/Paris',
           CASE WHEN s < 2 THEN 'SENT' ELSE 'CANCELLED' END,
           CASE WHEN s < 2 THEN (i.due_date + (s * 7 - 7))::timestamp AT TIME ZONE 'Europe/Paris' END,
           CASE WHEN s < 2 THEN 1 ELSE 0 END
      FROM reminder_runs r JOIN invoices i ON i.id = r.invoice_id CROSS JOIN generate_series(0, 2) AS s`);
  await db.query(`ALTER TABLE token_ledger_entries DISABLE TRIGGER USER`);
  await db.query(`
    INSERT INTO token_ledger_entries (company_siren, reason, reference, delta, balance_after, created_at)
    SELECT creditor_siren, 'INVOICE_PROCESSING', id::text, -1, 0, created_at FROM reminder_runs`);
  await db.query(`ANALYZE`);
  await db.end();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const started = Date.now();
  // --reuse: keep the data of a previous --keep run (same --invoices), to compare query changes.
  if (!process.argv.includes('--reuse')) await build();
  console.log(`data: ${N} invoices for one creditor, ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
  const [{ today }] = (await db.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`)).rows as [{ today: string }];
  const from12 = (await db.query(`SELECT to_char(date_trunc('month', current_date) - interval '11 months', 'YYYY-MM-DD') AS d`)).rows[0].d as string;
  const from90 = (await db.query(`SELECT to_char(current_date - 89, 'YYYY-MM-DD') AS d`)).rows[0].d as string;
  const cases = [
    { label: '12 months by month', params: ['000000001', from12, today, 'EUR'], unit: 'month' },
    { label: '90 days by week', params: ['000000001', from90, today, 'EUR'], unit: 'week' },
  ];
  for (const c of cases) {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS + 3; round++) {
      const t0 = performance.now();
      await Promise.all([db.query(DASHBOARD_SUMMARY_SQL, c.params), db.query(DASHBOARD_SERIES_SQL, [...c.params, c.unit])]);
      if (round >= 3) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`${c.label}: both statements p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${ROUNDS} rounds, one connection)`);
  }
  await db.end();
  if (!process.argv.includes('--keep')) {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
