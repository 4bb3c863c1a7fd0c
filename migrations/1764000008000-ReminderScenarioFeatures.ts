import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scenario-side features of the reminders (issue 5):
 * - scenario_segment_bindings: which scenario a creditor applies to each client segment (one per
 *   segment; scenario_id is text because built-ins have stable non-uuid ids);
 * - key_accounts: the creditor's own list of debtors it treats as key accounts;
 * - reminder_runs.segment: the segment that chose the scenario when applyScenario was given none.
 * Accepted by PostgreSQL 15 and 18.
 */
export class ReminderScenarioFeatures1764000008000 implements MigrationInterface {
  name = 'ReminderScenarioFeatures1764000008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE scenario_segment_bindings (
        creditor_siren char(9)     NOT NULL REFERENCES companies (siren),
        segment        text        NOT NULL CHECK (segment IN ('GOOD_PAYERS', 'KEY_ACCOUNTS', 'LATE_PAYERS')),
        scenario_id    text        NOT NULL,
        updated_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (creditor_siren, segment)
      )`);
    await queryRunner.query(`
      CREATE TABLE key_accounts (
        creditor_siren char(9)     NOT NULL REFERENCES companies (siren),
        debtor_siren   char(9)     NOT NULL REFERENCES companies (siren),
        created_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (creditor_siren, debtor_siren)
      )`);
    await queryRunner.query(`
      ALTER TABLE reminder_runs ADD COLUMN segment text
        CHECK (segment IS NULL OR segment IN ('GOOD_PAYERS', 'KEY_ACCOUNTS', 'LATE_PAYERS'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reminder_runs DROP COLUMN segment`);
    await queryRunner.query(`DROP TABLE key_accounts`);
    await queryRunner.query(`DROP TABLE scenario_segment_bindings`);
  }
}
