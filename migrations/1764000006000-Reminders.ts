import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminder scenarios, runs and the outbox of their messages (DESIGN §4).
 * - scenarios: a creditor's own (built-ins live in code with stable ids);
 * - reminder_runs: one scenario applied to one invoice, with a snapshot of its steps; at most one
 *   ACTIVE run per invoice (partial unique index);
 * - reminder_messages: the outbox. (status, scheduled_at) serves the dispatcher's claim of due rows,
 *   (invoice_id, scheduled_at) the timeline, (run_id, status) stop/cancel and the sender's "run done?" check;
 * - provider_webhook_events: (provider, event id) seen, so a replayed webhook is refused.
 * Accepted by PostgreSQL 15 and 18.
 */
export class Reminders1764000006000 implements MigrationInterface {
  name = 'Reminders1764000006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE scenarios (
        id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        creditor_siren char(9)     NOT NULL REFERENCES companies (siren),
        name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        description    text        NOT NULL DEFAULT '',
        steps          jsonb       NOT NULL CHECK (jsonb_typeof(steps) = 'array'),
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX scenarios_creditor_idx ON scenarios (creditor_siren, name)`);

    await queryRunner.query(`
      CREATE TABLE reminder_runs (
        id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id     uuid        NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        creditor_siren char(9)     NOT NULL REFERENCES companies (siren),
        scenario_id    text        NOT NULL,
        scenario       jsonb       NOT NULL,
        status         text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'STOPPED', 'COMPLETED')),
        token_spent    boolean     NOT NULL DEFAULT true,
        token_refunded boolean     NOT NULL DEFAULT false,
        end_reason     text,
        created_by     uuid        REFERENCES users (id) ON DELETE SET NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        ended_at       timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX reminder_runs_one_active_per_invoice ON reminder_runs (invoice_id) WHERE status = 'ACTIVE'`);
    await queryRunner.query(`CREATE INDEX reminder_runs_creditor_idx ON reminder_runs (creditor_siren, created_at)`);

    await queryRunner.query(`
      CREATE TABLE reminder_messages (
        id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id              uuid        NOT NULL REFERENCES reminder_runs (id) ON DELETE CASCADE,
        invoice_id          uuid        NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        step_index          integer     NOT NULL,
        channel             text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        tone                text        NOT NULL CHECK (tone IN ('GOOD', 'BAD', 'ULTIMATUM', 'THANKS')),
        to_address          text        NOT NULL,
        template_subject    text        NOT NULL,
        template_body       text        NOT NULL,
        deadline_days       integer,
        subject             text,
        body                text,
        scheduled_at        timestamptz NOT NULL,
        queued_at           timestamptz,
        status              text        NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN
                              ('SCHEDULED', 'QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED', 'SKIPPED', 'UNKNOWN', 'NOT_CONFIGURED')),
        attempts            integer     NOT NULL DEFAULT 0,
        provider            text,
        provider_message_id text,
        last_error          text,
        sent_at             timestamptz,
        delivered_at        timestamptz,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX reminder_messages_status_scheduled_idx ON reminder_messages (status, scheduled_at)`);
    await queryRunner.query(`CREATE INDEX reminder_messages_run_status_idx ON reminder_messages (run_id, status)`);
    await queryRunner.query(`CREATE INDEX reminder_messages_invoice_idx ON reminder_messages (invoice_id, scheduled_at)`);

    await queryRunner.query(`
      CREATE TABLE provider_webhook_events (
        provider    text        NOT NULL,
        event_id    text        NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE provider_webhook_events`);
    await queryRunner.query(`DROP TABLE reminder_messages`);
    await queryRunner.query(`DROP TABLE reminder_runs`);
    await queryRunner.query(`DROP TABLE scenarios`);
  }
}
