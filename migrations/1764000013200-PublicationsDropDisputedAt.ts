import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * publications.disputed_at is not needed: since disputes have their own table (invoice_disputes,
 * 1764000012000), "was this publication disputed" is read from it, a single source of truth.
 */
export class PublicationsDropDisputedAt1764000013200 implements MigrationInterface {
  name = 'PublicationsDropDisputedAt1764000013200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE publications DROP COLUMN disputed_at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE publications ADD COLUMN disputed_at timestamptz`);
  }
}
