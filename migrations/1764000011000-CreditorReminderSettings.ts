import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-creditor reminder settings (issue 5): the hour messages leave (Europe/Paris) and the minimum
 * delay between two messages to the same debtor across the creditor's invoices. No row = defaults
 * (09:00, 3 days). Accepted by PostgreSQL 15 and 18.
 */
export class CreditorReminderSettings1764000011000 implements MigrationInterface {
  name = 'CreditorReminderSettings1764000011000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE creditor_reminder_settings (
        creditor_siren         char(9)     PRIMARY KEY REFERENCES companies (siren),
        send_hour              smallint    NOT NULL DEFAULT 9 CHECK (send_hour BETWEEN 8 AND 19),
        min_contact_delay_days smallint    NOT NULL DEFAULT 3 CHECK (min_contact_delay_days BETWEEN 0 AND 30),
        updated_at             timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE creditor_reminder_settings`);
  }
}
