import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Call tasks (issue 5): a CALL step of a scenario becomes a task for a team member (the one who
 * applied the scenario), shown in their to-do list and closed by hand as DONE or SKIPPED. Kept out
 * of reminder_messages: nothing here is ever dispatched or sent, and it has no token effect.
 * (assignee, status, due_at) serves myTasks. Accepted by PostgreSQL 15 and 18.
 */
export class ReminderCallTasks1764000008200 implements MigrationInterface {
  name = 'ReminderCallTasks1764000008200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reminder_tasks (
        id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id           uuid        NOT NULL REFERENCES reminder_runs (id) ON DELETE CASCADE,
        invoice_id       uuid        NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        creditor_siren   char(9)     NOT NULL REFERENCES companies (siren),
        step_index       integer     NOT NULL,
        tone             text        NOT NULL CHECK (tone IN ('GOOD', 'BAD', 'ULTIMATUM')),
        note             text        NOT NULL,
        due_at           timestamptz NOT NULL,
        assignee_user_id uuid        REFERENCES users (id) ON DELETE SET NULL,
        status           text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'SKIPPED', 'CANCELLED')),
        outcome_note     text,
        closed_by        uuid        REFERENCES users (id) ON DELETE SET NULL,
        closed_at        timestamptz,
        cancel_reason    text,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX reminder_tasks_assignee_idx ON reminder_tasks (assignee_user_id, status, due_at)`);
    await queryRunner.query(`CREATE INDEX reminder_tasks_run_idx ON reminder_tasks (run_id, status)`);
    await queryRunner.query(`CREATE INDEX reminder_tasks_invoice_idx ON reminder_tasks (invoice_id, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reminder_tasks`);
  }
}
