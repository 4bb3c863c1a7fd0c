import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A platform admin's suspension of a creditor company: while a row exists, the company cannot put
 * invoices under a scenario, create or import invoices, or request publications. Lifting it deletes
 * the row; the audit log keeps both decisions. Accepted by PostgreSQL 15 and 18.
 */
export class CreditorSuspensions1764000014000 implements MigrationInterface {
  name = 'CreditorSuspensions1764000014000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE creditor_suspensions (
        company_siren char(9)     PRIMARY KEY REFERENCES companies (siren),
        reason        text        NOT NULL CHECK (length(reason) BETWEEN 3 AND 500),
        suspended_by  uuid        REFERENCES users (id) ON DELETE SET NULL,
        suspended_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE creditor_suspensions`);
  }
}
