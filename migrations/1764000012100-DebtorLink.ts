import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The debtor's page behind every reminder (issue 5).
 * - creditor_payment_settings: how the creditor wants to be paid (a payment URL and/or free-text
 *   instructions such as an IBAN), shown on the page; one row per creditor company.
 * - declared_payments: the debtor says "I have paid" on a date; the creditor confirms (the invoice
 *   is then PAID at that date) or rejects. At most one PENDING per invoice.
 * - payment_plans: instalments the debtor proposes (dates and amounts summing to the invoice's);
 *   the creditor accepts (instalment reminders replace the scenario) or declines. At most one
 *   PROPOSED per invoice.
 * Accepted by PostgreSQL 15 and 18.
 */
export class DebtorLink1764000012100 implements MigrationInterface {
  name = 'DebtorLink1764000012100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE creditor_payment_settings (
        creditor_siren       char(9)     PRIMARY KEY REFERENCES companies (siren),
        payment_url          text        CHECK (payment_url IS NULL OR (payment_url LIKE 'https://%' AND length(payment_url) <= 500)),
        payment_instructions text        CHECK (payment_instructions IS NULL OR length(payment_instructions) <= 1000),
        updated_by           uuid        REFERENCES users (id) ON DELETE SET NULL,
        updated_at           timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE declared_payments (
        id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id      uuid        NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        creditor_siren  char(9)     NOT NULL REFERENCES companies (siren),
        paid_on         date        NOT NULL,
        note            text        CHECK (note IS NULL OR length(note) <= 1000),
        status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
        declared_at     timestamptz NOT NULL,
        decided_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
        decided_at      timestamptz,
        decision_reason text,
        CONSTRAINT declared_payments_decided_has_date CHECK ((status = 'PENDING') = (decided_at IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX declared_payments_one_pending_per_invoice ON declared_payments (invoice_id) WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX declared_payments_creditor_pending_idx ON declared_payments (creditor_siren, declared_at) WHERE status = 'PENDING'`);
    await queryRunner.query(`
      CREATE TABLE payment_plans (
        id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id      uuid        NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        creditor_siren  char(9)     NOT NULL REFERENCES companies (siren),
        instalments     jsonb       NOT NULL CHECK (jsonb_typeof(instalments) = 'array'),
        status          text        NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED')),
        proposed_at     timestamptz NOT NULL,
        decided_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
        decided_at      timestamptz,
        decision_reason text,
        CONSTRAINT payment_plans_decided_has_date CHECK ((status = 'PROPOSED') = (decided_at IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX payment_plans_one_proposed_per_invoice ON payment_plans (invoice_id) WHERE status = 'PROPOSED'`);
    await queryRunner.query(`CREATE INDEX payment_plans_creditor_proposed_idx ON payment_plans (creditor_siren, proposed_at) WHERE status = 'PROPOSED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE payment_plans`);
    await queryRunner.query(`DROP TABLE declared_payments`);
    await queryRunner.query(`DROP TABLE creditor_payment_settings`);
  }
}
