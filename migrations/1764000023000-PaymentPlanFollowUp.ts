import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following an accepted payment plan (issue 5).
 * - payment_plan_instalments: one row per instalment of an accepted plan (the proposal stays in
 *   payment_plans.instalments): paid_on once the creditor confirms it, missed_at once the follow-up
 *   found it unconfirmed after its grace days (set once: the creditor is told once). The partial
 *   index serves that check, which only reads instalments neither paid nor flagged.
 * - payment_plans.run_id (the run carrying the instalment reminders) and replaced_run_id (the
 *   scenario's run it replaced, resumed if the creditor ends the plan); new statuses ENDED (ended by
 *   the creditor) and COMPLETED (every instalment confirmed: the invoice is paid).
 * Plans accepted before this migration get their instalment rows and, best effort, their runs.
 * Accepted by PostgreSQL 15 and 18.
 */
export class PaymentPlanFollowUp1764000023000 implements MigrationInterface {
  name = 'PaymentPlanFollowUp1764000023000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE payment_plans
        ADD COLUMN run_id          uuid REFERENCES reminder_runs (id) ON DELETE SET NULL,
        ADD COLUMN replaced_run_id uuid REFERENCES reminder_runs (id) ON DELETE SET NULL`);
    await queryRunner.query(`ALTER TABLE payment_plans DROP CONSTRAINT payment_plans_status_check`);
    await queryRunner.query(`ALTER TABLE payment_plans ADD CONSTRAINT payment_plans_status_check CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'ENDED', 'COMPLETED'))`);
    await queryRunner.query(`
      CREATE TABLE payment_plan_instalments (
        plan_id          uuid        NOT NULL REFERENCES payment_plans (id) ON DELETE CASCADE,
        instalment_index integer     NOT NULL CHECK (instalment_index >= 0),
        due_date         date        NOT NULL,
        amount_cents     bigint      NOT NULL CHECK (amount_cents > 0),
        paid_on          date,
        confirmed_by     uuid        REFERENCES users (id) ON DELETE SET NULL,
        confirmed_at     timestamptz,
        missed_at        timestamptz,
        PRIMARY KEY (plan_id, instalment_index),
        CONSTRAINT payment_plan_instalments_confirmed_has_date CHECK ((paid_on IS NULL) = (confirmed_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX payment_plan_instalments_watch_idx ON payment_plan_instalments (due_date) WHERE paid_on IS NULL AND missed_at IS NULL`);
    await queryRunner.query(`
      INSERT INTO payment_plan_instalments (plan_id, instalment_index, due_date, amount_cents)
      SELECT p.id, (t.ordinality - 1)::integer, (t.value->>'dueDate')::date, (t.value->>'amountCents')::bigint
        FROM payment_plans p, jsonb_array_elements(p.instalments) WITH ORDINALITY AS t(value, ordinality)
       WHERE p.status = 'ACCEPTED'`);
    await queryRunner.query(`
      UPDATE payment_plans p
         SET run_id = (SELECT r.id FROM reminder_runs r
                        WHERE r.invoice_id = p.invoice_id AND r.scenario_id = 'payment-plan' AND r.created_at >= p.decided_at - interval '1 minute'
                        ORDER BY r.created_at LIMIT 1),
             replaced_run_id = (SELECT r.id FROM reminder_runs r
                                 WHERE r.invoice_id = p.invoice_id AND r.end_reason = 'REPLACED_BY_PAYMENT_PLAN'
                                   AND r.ended_at BETWEEN p.decided_at - interval '1 minute' AND p.decided_at + interval '1 minute'
                                 ORDER BY r.ended_at DESC LIMIT 1)
       WHERE p.status = 'ACCEPTED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE payment_plan_instalments`);
    await queryRunner.query(`UPDATE payment_plans SET status = 'ACCEPTED' WHERE status IN ('ENDED', 'COMPLETED')`);
    await queryRunner.query(`ALTER TABLE payment_plans DROP CONSTRAINT payment_plans_status_check`);
    await queryRunner.query(`ALTER TABLE payment_plans ADD CONSTRAINT payment_plans_status_check CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED'))`);
    await queryRunner.query(`ALTER TABLE payment_plans DROP COLUMN replaced_run_id, DROP COLUMN run_id`);
  }
}
