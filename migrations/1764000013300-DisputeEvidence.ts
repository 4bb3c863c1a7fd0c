import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The debtor's evidence for a dispute (issue 6: disputeInvoice(id, reason, evidence)): PDFs a
 * verified member of the debtor attaches to its open dispute, for the moderator who rules. Stored
 * in PostgreSQL like the creditors' evidence (no shared disk between API machines; kept with the
 * dispute in the same transactions and backups; size-capped).
 * Accepted by PostgreSQL 15 and 18.
 */
export class DisputeEvidence1764000013300 implements MigrationInterface {
  name = 'DisputeEvidence1764000013300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dispute_evidence (
        id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        dispute_id   uuid        NOT NULL REFERENCES invoice_disputes (id) ON DELETE CASCADE,
        uploaded_by  uuid        REFERENCES users (id) ON DELETE SET NULL,
        filename     text        NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
        content_type text        NOT NULL CHECK (content_type = 'application/pdf'),
        size_bytes   integer     NOT NULL CHECK (size_bytes > 0),
        sha256       char(64)    NOT NULL,
        content      bytea       NOT NULL,
        created_at   timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX dispute_evidence_dispute_idx ON dispute_evidence (dispute_id, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE dispute_evidence`);
  }
}
