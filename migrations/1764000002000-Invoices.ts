import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contacts (private to a creditor) and invoices. Every lookup the API makes has its index:
 * - invoices list: (creditor, due_date, id) unfiltered, (creditor, status, due_date, id) by status
 *   and for "overdue" (status OPEN, due_date < today), (creditor, debtor, due_date, id) by debtor;
 * - (debtor, status) for the debtor's public statistics; contact_id for the FK;
 * - contacts: unique (creditor, debtor, lower(email)) for the import upsert, (creditor, debtor).
 * Accepted by PostgreSQL 15 and 18.
 */
export class Invoices1764000002000 implements MigrationInterface {
  name = 'Invoices1764000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE contacts (
        id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        creditor_siren    char(9)     NOT NULL REFERENCES companies (siren),
        debtor_siren      char(9)     NOT NULL REFERENCES companies (siren),
        name              text,
        email             text,
        phone             text        CHECK (phone ~ '^\\+[1-9][0-9]{6,14}$'),
        preferred_channel text        NOT NULL DEFAULT 'EMAIL' CHECK (preferred_channel IN ('EMAIL', 'SMS')),
        created_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX contacts_creditor_debtor_email_key
        ON contacts (creditor_siren, debtor_siren, (lower(email))) WHERE email IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX contacts_creditor_debtor_idx ON contacts (creditor_siren, debtor_siren)`);

    await queryRunner.query(`
      CREATE TABLE invoices (
        id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        creditor_siren char(9)     NOT NULL REFERENCES companies (siren),
        debtor_siren   char(9)     NOT NULL REFERENCES companies (siren),
        contact_id     uuid        REFERENCES contacts (id) ON DELETE SET NULL,
        number         text        NOT NULL CHECK (length(number) BETWEEN 1 AND 50),
        amount_cents   bigint      NOT NULL CHECK (amount_cents > 0 AND amount_cents <= 100000000000),
        currency       char(3)     NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
        issue_date     date        NOT NULL,
        due_date       date        NOT NULL,
        paid_at        date,
        status         text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'PAID', 'DISPUTED', 'CANCELLED')),
        created_by     uuid        REFERENCES users (id) ON DELETE SET NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        cancelled_at   timestamptz,
        CONSTRAINT invoices_due_after_issue CHECK (due_date >= issue_date),
        CONSTRAINT invoices_paid_after_issue CHECK (paid_at IS NULL OR paid_at >= issue_date),
        CONSTRAINT invoices_paid_has_date CHECK ((status = 'PAID') = (paid_at IS NOT NULL)),
        CONSTRAINT invoices_not_to_self CHECK (creditor_siren <> debtor_siren),
        CONSTRAINT invoices_creditor_number_key UNIQUE (creditor_siren, number)
      )`);
    await queryRunner.query(`CREATE INDEX invoices_creditor_due_idx ON invoices (creditor_siren, due_date, id)`);
    await queryRunner.query(`CREATE INDEX invoices_creditor_status_due_idx ON invoices (creditor_siren, status, due_date, id)`);
    await queryRunner.query(`CREATE INDEX invoices_creditor_debtor_due_idx ON invoices (creditor_siren, debtor_siren, due_date, id)`);
    await queryRunner.query(`CREATE INDEX invoices_debtor_status_idx ON invoices (debtor_siren, status)`);
    await queryRunner.query(`CREATE INDEX invoices_contact_idx ON invoices (contact_id) WHERE contact_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE invoices`);
    await queryRunner.query(`DROP TABLE contacts`);
  }
}
