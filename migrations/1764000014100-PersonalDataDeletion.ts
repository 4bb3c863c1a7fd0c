import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets a user delete their account (personal data, issue 9): the one reference to users that
 * blocked it, invitations.invited_by, becomes nullable and is cleared with the account, like every
 * other "who did it" column (invoices, ledger, runs… are ON DELETE SET NULL). Accepted by PostgreSQL 15 and 18.
 */
export class PersonalDataDeletion1764000014100 implements MigrationInterface {
  name = 'PersonalDataDeletion1764000014100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE invitations ALTER COLUMN invited_by DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_invited_by_fkey`);
    await queryRunner.query(`ALTER TABLE invitations ADD CONSTRAINT invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES users (id) ON DELETE SET NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM invitations WHERE invited_by IS NULL`);
    await queryRunner.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_invited_by_fkey`);
    await queryRunner.query(`ALTER TABLE invitations ADD CONSTRAINT invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES users (id)`);
    await queryRunner.query(`ALTER TABLE invitations ALTER COLUMN invited_by SET NOT NULL`);
  }
}
