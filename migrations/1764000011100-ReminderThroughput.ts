import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminder dispatch at volume (issue 5):
 * - `group_id`: messages for several invoices of one debtor, due the same Paris day on the same
 *   channel to the same address, leave as one provider message. Each keeps its row (timeline,
 *   tokens, score); `group_id` is the id of the group's first message, which is also the provider
 *   reference. NULL = alone. Nullable, no default: adding it rewrites nothing.
 * - A partial index for the dispatcher's "QUEUED for too long" arm: through (status, scheduled_at)
 *   it read every QUEUED row on each claim, which at 100 k queued made dispatching quadratic; and
 *   one for "SENDING for too long" (a worker died between claim and record: UNKNOWN).
 * Accepted by PostgreSQL 15 and 18.
 */
export class ReminderThroughput1764000011100 implements MigrationInterface {
  name = 'ReminderThroughput1764000011100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reminder_messages ADD COLUMN group_id uuid`);
    await queryRunner.query(`CREATE INDEX reminder_messages_group_idx ON reminder_messages (group_id) WHERE group_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX reminder_messages_queued_at_idx ON reminder_messages (queued_at) WHERE status = 'QUEUED'`);
    await queryRunner.query(`CREATE INDEX reminder_messages_sending_idx ON reminder_messages (updated_at) WHERE status = 'SENDING'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX reminder_messages_sending_idx`);
    await queryRunner.query(`DROP INDEX reminder_messages_queued_at_idx`);
    await queryRunner.query(`DROP INDEX reminder_messages_group_idx`);
    await queryRunner.query(`ALTER TABLE reminder_messages DROP COLUMN group_id`);
  }
}
