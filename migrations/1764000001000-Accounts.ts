import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, their memberships in companies, sessions and invitations. */
export class Accounts1764000001000 implements MigrationInterface {
  name = 'Accounts1764000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        platform_roles text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_lower CHECK (email = lower(email))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await queryRunner.query(`
      CREATE TABLE memberships (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        company_siren char(9) NOT NULL REFERENCES companies (siren),
        role text NOT NULL CHECK (role IN ('OWNER', 'ACCOUNTING', 'SALES', 'SUPPORT')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, company_siren)
      )`);
    await queryRunner.query(`CREATE INDEX memberships_company_idx ON memberships (company_siren)`);
    await queryRunner.query(`
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        active_company_siren char(9) REFERENCES companies (siren),
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await queryRunner.query(`
      CREATE TABLE invitations (
        token_hash text PRIMARY KEY,
        company_siren char(9) NOT NULL REFERENCES companies (siren),
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('OWNER', 'ACCOUNTING', 'SALES', 'SUPPORT')),
        invited_by uuid NOT NULL REFERENCES users (id),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE invitations`);
    await queryRunner.query(`DROP TABLE sessions`);
    await queryRunner.query(`DROP TABLE memberships`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
