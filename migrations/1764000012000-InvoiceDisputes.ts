import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Disputes, paused runs and the invoice's event timeline (issue 5, debtor side; issue 6 rules on them).
 * - invoice_disputes: at most one OPEN dispute per invoice (partial unique index); opened by a member
 *   of the debtor company (opened_by_user_id) or through the signed debtor link (no user). Evidence
 *   and the moderator's ruling are added by the moderation feature; ruled_* keep who and when.
 * - reminder_runs may be PAUSED (a dispute, a declared payment or a proposed payment plan holds it):
 *   still the invoice's one live run, so the partial unique index now covers ACTIVE and PAUSED.
 * - invoice_events: what happened to an invoice outside the outbox (dispute, declaration, plan,
 *   due-date change), shown on the creditor's timeline. Append-only by convention.
 * Accepted by PostgreSQL 15 and 18.
 */
export class InvoiceDisputes1764000012000 implements MigrationInterface {
  name = 'InvoiceDisputes1764000012000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invoice_disputes (
        id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id        uuid        NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        creditor_siren    char(9)     NOT NULL REFERENCES companies (siren),
        debtor_siren      char(9)     NOT NULL REFERENCES companies (siren),
        reason            text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
        status            text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'UPHELD', 'REJECTED', 'WITHDRAWN')),
        opened_via        text        NOT NULL CHECK (opened_via IN ('DEBTOR_MEMBER', 'DEBTOR_LINK')),
        opened_by_user_id uuid        REFERENCES users (id) ON DELETE SET NULL,
        opened_at         timestamptz NOT NULL,
        ruled_by_user_id  uuid        REFERENCES users (id) ON DELETE SET NULL,
        ruling_reason     text,
        closed_at         timestamptz,
        updated_at        timestamptz NOT NULL,
        CONSTRAINT invoice_disputes_closed_has_date CHECK ((status = 'OPEN') = (closed_at IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX invoice_disputes_one_open_per_invoice ON invoice_disputes (invoice_id) WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX invoice_disputes_invoice_idx ON invoice_disputes (invoice_id, opened_at)`);
    await queryRunner.query(`CREATE INDEX invoice_disputes_open_idx ON invoice_disputes (opened_at) WHERE status = 'OPEN'`);

    await queryRunner.query(`ALTER TABLE reminder_runs DROP CONSTRAINT reminder_runs_status_check`);
    await queryRunner.query(`ALTER TABLE reminder_runs ADD CONSTRAINT reminder_runs_status_check CHECK (status IN ('ACTIVE', 'PAUSED', 'STOPPED', 'COMPLETED'))`);
    await queryRunner.query(`ALTER TABLE reminder_runs ADD COLUMN paused_reason text`);
    await queryRunner.query(`DROP INDEX reminder_runs_one_active_per_invoice`);
    await queryRunner.query(`CREATE UNIQUE INDEX reminder_runs_one_live_per_invoice ON reminder_runs (invoice_id) WHERE status IN ('ACTIVE', 'PAUSED')`);

    await queryRunner.query(`
      CREATE TABLE invoice_events (
        id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        invoice_id    uuid        NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        kind          text        NOT NULL CHECK (kind ~ '^[A-Z][A-Z0-9_]*$'),
        actor         text        NOT NULL CHECK (actor IN ('CREDITOR', 'DEBTOR_MEMBER', 'DEBTOR_LINK', 'MODERATOR', 'SYSTEM')),
        actor_user_id uuid        REFERENCES users (id) ON DELETE SET NULL,
        details       jsonb       NOT NULL DEFAULT '{}'::jsonb,
        occurred_at   timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX invoice_events_invoice_idx ON invoice_events (invoice_id, occurred_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE invoice_events`);
    await queryRunner.query(`DROP INDEX reminder_runs_one_live_per_invoice`);
    // A paused run goes back to ACTIVE: the pre-pause model has no holds.
    await queryRunner.query(`UPDATE reminder_runs SET status = 'ACTIVE' WHERE status = 'PAUSED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX reminder_runs_one_active_per_invoice ON reminder_runs (invoice_id) WHERE status = 'ACTIVE'`);
    await queryRunner.query(`ALTER TABLE reminder_runs DROP COLUMN paused_reason`);
    await queryRunner.query(`ALTER TABLE reminder_runs DROP CONSTRAINT reminder_runs_status_check`);
    await queryRunner.query(`ALTER TABLE reminder_runs ADD CONSTRAINT reminder_runs_status_check CHECK (status IN ('ACTIVE', 'STOPPED', 'COMPLETED'))`);
    await queryRunner.query(`DROP TABLE invoice_disputes`);
  }
}
