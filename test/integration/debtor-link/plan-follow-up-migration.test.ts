import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '../../../api/src/database/data-source-options.js';
import { createPrivateDatabase } from '../../support/private-database.js';

/**
 * PaymentPlanFollowUp1764000023000 on a database of its own (undoing migrations must not disturb the
 * run's shared one): a plan accepted before it gets its instalment rows and its runs; down() restores
 * the former statuses, up again works.
 */
describe('the payment plan follow-up migration', () => {
  let database: Awaited<ReturnType<typeof createPrivateDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createPrivateDatabase('plan_follow_up_mig');
    dataSource = await new DataSource(dataSourceOptions({ databaseUrl: database.url, databasePoolSize: 1 })).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const hasInstalmentsTable = async () => ((await dataSource.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'payment_plan_instalments'`)) as unknown[]).length > 0;

  it('backfills a plan accepted before it, goes down cleanly and up again', async () => {
    while (await hasInstalmentsTable()) await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.query(`INSERT INTO companies (siren, name, search_name, source) VALUES ('732829320', 'Créancier', 'creancier', 'CREDITOR'), ('552100554', 'Débiteur', 'debiteur', 'CREDITOR')`);
    const [{ id: invoiceId }] = (await dataSource.query(
      `INSERT INTO invoices (creditor_siren, debtor_siren, number, amount_cents, issue_date, due_date) VALUES ('732829320', '552100554', 'F-1', 123456, '2035-02-01', '2035-03-03') RETURNING id`,
    )) as [{ id: string }];
    const decidedAt = '2035-03-05T10:00:00Z';
    const [{ id: replacedRunId }] = (await dataSource.query(
      `INSERT INTO reminder_runs (invoice_id, creditor_siren, scenario_id, scenario, status, end_reason, ended_at, created_at) VALUES ($1, '732829320', 'builtin-classic', '{"steps":[]}', 'COMPLETED', 'REPLACED_BY_PAYMENT_PLAN', $2, '2035-02-20T10:00:00Z') RETURNING id`,
      [invoiceId, decidedAt],
    )) as [{ id: string }];
    const [{ id: planRunId }] = (await dataSource.query(
      `INSERT INTO reminder_runs (invoice_id, creditor_siren, scenario_id, scenario, status, token_spent, created_at) VALUES ($1, '732829320', 'payment-plan', '{"steps":[]}', 'ACTIVE', false, $2) RETURNING id`,
      [invoiceId, decidedAt],
    )) as [{ id: string }];
    const [{ id: planId }] = (await dataSource.query(
      `INSERT INTO payment_plans (invoice_id, creditor_siren, instalments, status, proposed_at, decided_at) VALUES ($1, '732829320', $2::jsonb, 'ACCEPTED', '2035-03-05T09:00:00Z', $3) RETURNING id`,
      [invoiceId, JSON.stringify([{ dueDate: '2035-03-31', amountCents: 61_728 }, { dueDate: '2035-04-30', amountCents: 61_728 }]), decidedAt],
    )) as [{ id: string }];

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.query(`SELECT instalment_index, due_date::text AS due_date, amount_cents::int AS amount_cents, paid_on, missed_at FROM payment_plan_instalments WHERE plan_id = $1 ORDER BY 1`, [planId])).toEqual([
      { instalment_index: 0, due_date: '2035-03-31', amount_cents: 61_728, paid_on: null, missed_at: null },
      { instalment_index: 1, due_date: '2035-04-30', amount_cents: 61_728, paid_on: null, missed_at: null },
    ]);
    expect(await dataSource.query(`SELECT run_id, replaced_run_id FROM payment_plans WHERE id = $1`, [planId])).toEqual([{ run_id: planRunId, replaced_run_id: replacedRunId }]);

    await dataSource.query(`UPDATE payment_plans SET status = 'ENDED' WHERE id = $1`, [planId]);
    while (await hasInstalmentsTable()) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await dataSource.query(`SELECT status FROM payment_plans WHERE id = $1`, [planId])).toEqual([{ status: 'ACCEPTED' }]);
    await expect(dataSource.query(`UPDATE payment_plans SET status = 'ENDED' WHERE id = $1`, [planId])).rejects.toThrow(/payment_plans_status_check/);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await hasInstalmentsTable()).toBe(true);
  });
});
