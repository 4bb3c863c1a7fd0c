import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 6, first part:
 * - notification_emails: the outbox of platform notices (claim codes, publication notices,
 *   moderation decisions). The worker sends PENDING rows; without provider credentials a row waits
 *   as NOT_CONFIGURED and is sent once a provider is configured, never dropped.
 * - companies.verified_at / email_domain and memberships.verified_at: a company is "verified" once
 *   somebody's claim to speak for it was verified (by a moderator or by a code sent to an address on
 *   the company's own domain); a membership is verified when its user's claim was, or when a
 *   verified member invited it. Existing rows start unverified: sign-up alone proves nothing.
 * - company_claims: one request to speak for a company, with its verification path.
 * - recommendations: one ACTIVE recommendation per (creditor, debtor) (partial unique index);
 *   withdrawn rows stay for the history.
 * Accepted by PostgreSQL 15 and 18.
 */
export class ClaimsAndRecommendations1764000013000 implements MigrationInterface {
  name = 'ClaimsAndRecommendations1764000013000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification_emails (
        id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        kind                text        NOT NULL CHECK (kind ~ '^[A-Z][A-Z0-9_]*$'),
        to_address          text        NOT NULL CHECK (to_address LIKE '%@%'),
        subject             text        NOT NULL,
        body                text        NOT NULL,
        subject_type        text        NOT NULL,
        subject_id          text        NOT NULL,
        status              text        NOT NULL DEFAULT 'PENDING'
                              CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNKNOWN', 'NOT_CONFIGURED')),
        attempts            integer     NOT NULL DEFAULT 0,
        provider            text,
        provider_message_id text,
        last_error          text,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        sent_at             timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX notification_emails_status_idx ON notification_emails (status, created_at)`);
    await queryRunner.query(`CREATE INDEX notification_emails_subject_idx ON notification_emails (subject_type, subject_id)`);

    await queryRunner.query(`ALTER TABLE companies ADD COLUMN verified_at timestamptz, ADD COLUMN email_domain text
      CHECK (email_domain IS NULL OR email_domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$')`);
    await queryRunner.query(`ALTER TABLE memberships ADD COLUMN verified_at timestamptz`);

    await queryRunner.query(`
      CREATE TABLE company_claims (
        id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        company_siren   char(9)     NOT NULL REFERENCES companies (siren),
        user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        method          text        NOT NULL CHECK (method IN ('MODERATOR_REVIEW', 'EMAIL_CODE')),
        status          text        NOT NULL CHECK (status IN ('PENDING_CODE', 'PENDING_REVIEW', 'VERIFIED', 'REJECTED', 'CANCELLED')),
        email           text,
        note            text        NOT NULL DEFAULT '',
        code_hash       text,
        code_expires_at timestamptz,
        code_attempts   integer     NOT NULL DEFAULT 0,
        decided_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
        decision_reason text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        decided_at      timestamptz,
        CONSTRAINT company_claims_code_has_email CHECK (method <> 'EMAIL_CODE' OR email IS NOT NULL)
      )`);
    // One open claim per user and company: a second request replaces nothing silently.
    await queryRunner.query(`CREATE UNIQUE INDEX company_claims_one_open ON company_claims (user_id, company_siren)
      WHERE status IN ('PENDING_CODE', 'PENDING_REVIEW')`);
    await queryRunner.query(`CREATE INDEX company_claims_review_idx ON company_claims (status, created_at, id)`);

    await queryRunner.query(`
      CREATE TABLE recommendations (
        id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        creditor_siren char(9)     NOT NULL REFERENCES companies (siren),
        debtor_siren   char(9)     NOT NULL REFERENCES companies (siren),
        message        text        NOT NULL CHECK (length(message) BETWEEN 1 AND 1000),
        author_user_id uuid        REFERENCES users (id) ON DELETE SET NULL,
        status         text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        withdrawn_at   timestamptz,
        CONSTRAINT recommendations_not_self CHECK (creditor_siren <> debtor_siren)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX recommendations_one_active ON recommendations (creditor_siren, debtor_siren) WHERE status = 'ACTIVE'`);
    await queryRunner.query(`CREATE INDEX recommendations_debtor_idx ON recommendations (debtor_siren, status, created_at DESC, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE recommendations`);
    await queryRunner.query(`DROP TABLE company_claims`);
    await queryRunner.query(`ALTER TABLE memberships DROP COLUMN verified_at`);
    await queryRunner.query(`ALTER TABLE companies DROP COLUMN verified_at, DROP COLUMN email_domain`);
    await queryRunner.query(`DROP TABLE notification_emails`);
  }
}
