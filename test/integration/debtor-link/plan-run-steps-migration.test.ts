import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '../../../api/src/database/data-source-options.js';
import { instalmentSteps } from '../../../api/src/modules/debtor-link/domain/payment-plan.js';
import { createPrivateDatabase } from '../../support/private-database.js';

const MIGRATION = 'PaymentPlanRunSteps1764000024000';

/**
 * PaymentPlanRunSteps1764000024000 on a database of its own (undoing migrations must not disturb the
 * run's shared one): the run of a plan accepted before it gets the very steps instalmentSteps writes
 * today (its frozen SQL copy of the texts is checked against the code here); down() empties them.
 */
describe('the payment plan run steps migration', () => {
  let database: Awaited<ReturnType<typeof createPrivateDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createPrivateDatabase('plan_run_steps_mig');
    dataSource = await new DataSource(dataSourceOptions({ databaseUrl: database.url, databasePoolSize: 1 })).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const applied = async () => ((await dataSource.query(`SELECT 1 FROM migrations WHERE name = $1`, [MIGRATION])) as unknown[]).length > 0;
  const stepsOf = async (runId: string) => ((await dataSource.query(`SELECT scenario->'steps' AS steps FROM reminder_runs WHERE id = $1`, [runId])) as [{ steps: unknown[] }])[0].steps;

  /** An invoice under an accepted plan whose run has no steps, as acceptPlan wrote it before the migration. */
  async function planRunWithoutSteps(creditor: string, debtor: string, contact: { email: string | null; phone: string | null }, instalments: { dueDate: string; amountCents: number }[], messageChannel?: 'EMAIL' | 'SMS') {
    const [{ id: contactId }] = (await dataSource.query(`INSERT INTO contacts (creditor_siren, debtor_siren, email, phone) VALUES ($1, $2, $3, $4) RETURNING id`, [
      creditor,
      debtor,
      contact.email,
      contact.phone,
    ])) as [{ id: string }];
    const [{ id: invoiceId }] = (await dataSource.query(
      `INSERT INTO invoices (creditor_siren, debtor_siren, number, amount_cents, issue_date, due_date, contact_id) VALUES ($1, $2, $3, $4, '2035-02-01', '2035-03-03', $5) RETURNING id`,
      [creditor, debtor, `F-${Math.random().toString(36).slice(2, 8)}`, instalments.reduce((sum, i) => sum + i.amountCents, 0), contactId],
    )) as [{ id: string }];
    const [{ id: runId }] = (await dataSource.query(
      `INSERT INTO reminder_runs (invoice_id, creditor_siren, scenario_id, scenario, status, token_spent, created_at) VALUES ($1, $2, 'payment-plan', '{"name":"Échéancier accepté","steps":[]}', 'ACTIVE', false, '2035-03-05T10:00:00Z') RETURNING id`,
      [invoiceId, creditor],
    )) as [{ id: string }];
    await dataSource.query(
      `INSERT INTO payment_plans (invoice_id, creditor_siren, instalments, status, proposed_at, decided_at, run_id) VALUES ($1, $2, $3::jsonb, 'ACCEPTED', '2035-03-05T09:00:00Z', '2035-03-05T10:00:00Z', $4)`,
      [invoiceId, creditor, JSON.stringify(instalments), runId],
    );
    if (messageChannel) {
      await dataSource.query(
        `INSERT INTO reminder_messages (run_id, invoice_id, step_index, channel, tone, to_address, template_subject, template_body, scheduled_at, status)
         VALUES ($1, $2, 0, $3, 'GOOD', 'x', 's', 'b', '2035-03-31T07:00:00Z', 'SENT')`,
        [runId, invoiceId, messageChannel],
      );
    }
    return runId;
  }

  it('writes the steps instalmentSteps writes, on the channel the plan’s messages used, and down() empties them', async () => {
    while (await applied()) await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.query(`INSERT INTO companies (siren, name, search_name, source) VALUES ('732829320', 'Créancier', 'creancier', 'CREDITOR'), ('552100554', 'Débiteur', 'debiteur', 'CREDITOR')`);
    const instalments = [
      { dueDate: '2035-03-31', amountCents: 123_456_789 },
      { dueDate: '2035-04-30', amountCents: 5 },
      { dueDate: '2036-01-02', amountCents: 61_728 },
    ];
    const byEmail = await planRunWithoutSteps('732829320', '552100554', { email: 'compta@example.fr', phone: '+33612345678' }, instalments);
    const bySms = await planRunWithoutSteps('732829320', '552100554', { email: null, phone: '+33612345678' }, instalments);
    // The contact gained an e-mail address since: the plan's messages went by SMS, and so will the rest.
    const smsBefore = await planRunWithoutSteps('732829320', '552100554', { email: 'nouveau@example.fr', phone: '+33612345679' }, instalments, 'SMS');
    const noAddress = await planRunWithoutSteps('732829320', '552100554', { email: null, phone: null }, instalments);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await stepsOf(byEmail)).toEqual(instalmentSteps(instalments, { email: 'compta@example.fr', phone: null }));
    expect(await stepsOf(bySms)).toEqual(instalmentSteps(instalments, { email: null, phone: '+33612345678' }));
    expect(await stepsOf(smsBefore)).toEqual(instalmentSteps(instalments, { email: null, phone: '+33612345679' }));
    expect(await stepsOf(noAddress)).toEqual([]);
    expect(JSON.stringify(await stepsOf(byEmail))).toContain('échéance 1/3 de 1 234 567,89 € (31/03/2035)');

    while (await applied()) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await stepsOf(byEmail)).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await stepsOf(bySms)).toHaveLength(3);
  });
});
