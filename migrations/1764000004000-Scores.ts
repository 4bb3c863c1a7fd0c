import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The score pipeline (DESIGN §5, issue 3):
 * - score_events: immutable facts the engine reads. A trigger refuses UPDATE, DELETE and TRUNCATE;
 *   a correction is a new event. Read per debtor in (occurred_on, id) order.
 * - score_refresh_queue: which companies need a recompute and from which day (the source of truth
 *   for the worker; bull only speeds it up). `generation` moves on every mark, so a refresh that
 *   raced a new event never deletes the row it did not fully serve.
 * - company_scores: the materialised current score the public reads; company_score_history: one
 *   row per company and day, for the 12-month chart.
 * Existing invoices are backfilled as events (open, paid at their real date, cancelled) and their
 * debtors marked stale, so the first worker pass scores them.
 * Accepted by PostgreSQL 15 and 18.
 */
export class Scores1764000004000 implements MigrationInterface {
  name = 'Scores1764000004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE score_events (
        id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        company_siren  char(9)     NOT NULL REFERENCES companies (siren),
        kind           text        NOT NULL CHECK (kind IN (
                         'INVOICE_OPEN', 'INVOICE_PAID', 'INVOICE_CANCELLED', 'INVOICE_DISPUTE_WON',
                         'RECOMMENDATION', 'RECOMMENDATION_WITHDRAWN',
                         'PUBLICATION_APPROVED', 'PUBLICATION_SETTLED', 'PUBLICATION_REMOVED')),
        occurred_on    date        NOT NULL,
        creditor_siren char(9)     REFERENCES companies (siren),
        invoice_id     uuid        REFERENCES invoices (id),
        publication_id uuid,
        amount_cents   bigint      CHECK (amount_cents IS NULL OR amount_cents > 0),
        payload        jsonb       NOT NULL DEFAULT '{}'::jsonb,
        recorded_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX score_events_company_day_idx ON score_events (company_siren, occurred_on, id)`);
    await queryRunner.query(`CREATE INDEX score_events_invoice_idx ON score_events (invoice_id) WHERE invoice_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION score_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'score_events are immutable: record a new event instead of %', TG_OP
          USING ERRCODE = 'integrity_constraint_violation';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER score_events_no_update_delete BEFORE UPDATE OR DELETE ON score_events
        FOR EACH ROW EXECUTE FUNCTION score_events_immutable()`);
    await queryRunner.query(`
      CREATE TRIGGER score_events_no_truncate BEFORE TRUNCATE ON score_events
        FOR EACH STATEMENT EXECUTE FUNCTION score_events_immutable()`);

    await queryRunner.query(`
      CREATE TABLE score_refresh_queue (
        siren       char(9)     PRIMARY KEY REFERENCES companies (siren),
        stale_from  date        NOT NULL,
        generation  bigint      NOT NULL DEFAULT 1,
        marked_at   timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX score_refresh_queue_marked_idx ON score_refresh_queue (marked_at)`);

    await queryRunner.query(`
      CREATE TABLE company_scores (
        siren           char(9)      PRIMARY KEY REFERENCES companies (siren),
        value           numeric(4,1) NOT NULL CHECK (value BETWEEN 0 AND 100),
        grade           char(1)      NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E')),
        confidence      numeric(4,3) NOT NULL CHECK (confidence BETWEEN 0 AND 1),
        enough_data     boolean      NOT NULL,
        trend_direction text         NOT NULL CHECK (trend_direction IN ('UP', 'DOWN', 'STABLE')),
        trend_delta     numeric(4,1) NOT NULL,
        contributions   jsonb        NOT NULL,
        as_of           date         NOT NULL,
        computed_at     timestamptz  NOT NULL,
        events_count    integer      NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE company_score_history (
        siren      char(9)      NOT NULL REFERENCES companies (siren),
        day        date         NOT NULL,
        value      numeric(4,1) NOT NULL,
        grade      char(1)      NOT NULL,
        confidence numeric(4,3) NOT NULL,
        PRIMARY KEY (siren, day)
      )`);

    // Backfill: the facts invoices already hold, as the recorder would have written them.
    await queryRunner.query(`
      INSERT INTO score_events (company_siren, kind, occurred_on, creditor_siren, invoice_id, amount_cents, payload)
      SELECT debtor_siren, 'INVOICE_OPEN', issue_date, creditor_siren, id, amount_cents,
             jsonb_build_object('dueDate', to_char(due_date, 'YYYY-MM-DD'))
        FROM invoices`);
    await queryRunner.query(`
      INSERT INTO score_events (company_siren, kind, occurred_on, creditor_siren, invoice_id, amount_cents, payload)
      SELECT debtor_siren, 'INVOICE_PAID', paid_at, creditor_siren, id, amount_cents,
             jsonb_build_object('dueDate', to_char(due_date, 'YYYY-MM-DD'), 'goodReminderBefore', false)
        FROM invoices WHERE status = 'PAID' AND paid_at IS NOT NULL`);
    await queryRunner.query(`
      INSERT INTO score_events (company_siren, kind, occurred_on, creditor_siren, invoice_id)
      SELECT debtor_siren, 'INVOICE_CANCELLED', (coalesce(cancelled_at, updated_at) AT TIME ZONE 'Europe/Paris')::date,
             creditor_siren, id
        FROM invoices WHERE status = 'CANCELLED'`);
    await queryRunner.query(`
      INSERT INTO score_refresh_queue (siren, stale_from)
      SELECT company_siren, min(occurred_on) FROM score_events GROUP BY company_siren`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE company_score_history`);
    await queryRunner.query(`DROP TABLE company_scores`);
    await queryRunner.query(`DROP TABLE score_refresh_queue`);
    await queryRunner.query(`DROP TABLE score_events`);
    await queryRunner.query(`DROP FUNCTION score_events_immutable()`);
  }
}
