import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Human approval of reminder messages (issue 5): a message of a step that requires approval (by
 * default the ULTIMATUM) is written AWAITING_APPROVAL and is not dispatched until a member approves
 * it (→ SCHEDULED) or rejects it (→ CANCELLED). Who decided and when is kept on the row.
 * Separate from 1764000008000, which was already on main when this was written.
 * Accepted by PostgreSQL 15 and 18.
 */
export class ReminderApprovals1764000008100 implements MigrationInterface {
  name = 'ReminderApprovals1764000008100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reminder_messages DROP CONSTRAINT reminder_messages_status_check`);
    await queryRunner.query(`
      ALTER TABLE reminder_messages ADD CONSTRAINT reminder_messages_status_check CHECK (status IN
        ('SCHEDULED', 'QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED', 'SKIPPED', 'UNKNOWN', 'NOT_CONFIGURED', 'AWAITING_APPROVAL'))`);
    await queryRunner.query(`ALTER TABLE reminder_messages ADD COLUMN approval_decided_by uuid REFERENCES users (id) ON DELETE SET NULL`);
    await queryRunner.query(`ALTER TABLE reminder_messages ADD COLUMN approval_decided_at timestamptz`);
    // pendingApprovals reads a creditor's few waiting rows; the partial index stays tiny.
    await queryRunner.query(`CREATE INDEX reminder_messages_awaiting_approval_idx ON reminder_messages (scheduled_at) WHERE status = 'AWAITING_APPROVAL'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX reminder_messages_awaiting_approval_idx`);
    await queryRunner.query(`ALTER TABLE reminder_messages DROP COLUMN approval_decided_at`);
    await queryRunner.query(`ALTER TABLE reminder_messages DROP COLUMN approval_decided_by`);
    await queryRunner.query(`UPDATE reminder_messages SET status = 'CANCELLED', last_error = 'APPROVAL_REMOVED' WHERE status = 'AWAITING_APPROVAL'`);
    await queryRunner.query(`ALTER TABLE reminder_messages DROP CONSTRAINT reminder_messages_status_check`);
    await queryRunner.query(`
      ALTER TABLE reminder_messages ADD CONSTRAINT reminder_messages_status_check CHECK (status IN
        ('SCHEDULED', 'QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED', 'SKIPPED', 'UNKNOWN', 'NOT_CONFIGURED'))`);
  }
}
