import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * BADPayeur publications (issue 6):
 * - publication_evidence: the invoice PDF a creditor attaches, stored in PostgreSQL (bytea) rather
 *   than on disk: API and worker run on several machines with no shared disk, the evidence must
 *   live and die with the request in the same transaction and the same backups, and files are
 *   small (size-capped, checked to be PDFs by their bytes). Unattached uploads are the creditor's.
 * - publications: one request per invoice at a time (REQUESTED or APPROVED, partial unique
 *   index); a snapshot of the invoice, the ultimatum and the whole reminder timeline is kept with
 *   it, so the moderator judges what the debtor received even if runs change later.
 * - publication_replies: the debtor's one public reply per publication (editable).
 * Accepted by PostgreSQL 15 and 18.
 */
export class Publications1764000013100 implements MigrationInterface {
  name = 'Publications1764000013100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE publication_evidence (
        id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        creditor_siren char(9)     NOT NULL REFERENCES companies (siren),
        uploaded_by    uuid        REFERENCES users (id) ON DELETE SET NULL,
        filename       text        NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
        content_type   text        NOT NULL CHECK (content_type = 'application/pdf'),
        size_bytes     integer     NOT NULL CHECK (size_bytes > 0),
        sha256         char(64)    NOT NULL,
        content        bytea       NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX publication_evidence_creditor_idx ON publication_evidence (creditor_siren, created_at)`);

    await queryRunner.query(`
      CREATE TABLE publications (
        id                    uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id            uuid        NOT NULL REFERENCES invoices (id),
        creditor_siren        char(9)     NOT NULL REFERENCES companies (siren),
        debtor_siren          char(9)     NOT NULL REFERENCES companies (siren),
        status                text        NOT NULL DEFAULT 'REQUESTED'
                                CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'SETTLED', 'WITHDRAWN', 'REMOVED')),
        statement             text        NOT NULL CHECK (length(statement) BETWEEN 1 AND 2000),
        invoice_number        text        NOT NULL,
        amount_cents          bigint      NOT NULL CHECK (amount_cents > 0),
        currency              char(3)     NOT NULL,
        issue_date            date        NOT NULL,
        due_date              date        NOT NULL,
        ultimatum_message_id  uuid        NOT NULL REFERENCES reminder_messages (id),
        ultimatum_sent_at     timestamptz NOT NULL,
        ultimatum_deadline    date        NOT NULL,
        timeline              jsonb       NOT NULL CHECK (jsonb_typeof(timeline) = 'array'),
        evidence_id           uuid        NOT NULL UNIQUE REFERENCES publication_evidence (id),
        requested_by          uuid        REFERENCES users (id) ON DELETE SET NULL,
        requested_at          timestamptz NOT NULL,
        answer_until          timestamptz NOT NULL,
        debtor_waived_at      timestamptz,
        disputed_at           timestamptz,
        approvals_required    smallint    NOT NULL DEFAULT 1 CHECK (approvals_required IN (1, 2)),
        creditor_weight       numeric(3,2) NOT NULL DEFAULT 1 CHECK (creditor_weight > 0 AND creditor_weight <= 1),
        first_approval_by     uuid        REFERENCES users (id) ON DELETE SET NULL,
        first_approval_at     timestamptz,
        first_approval_reason text,
        decided_by            uuid        REFERENCES users (id) ON DELETE SET NULL,
        decided_at            timestamptz,
        decision_reason       text,
        approved_at           timestamptz,
        settled_at            timestamptz,
        hidden_at             timestamptz,
        ended_at              timestamptz,
        end_reason            text,
        updated_at            timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX publications_one_open_per_invoice ON publications (invoice_id) WHERE status IN ('REQUESTED', 'APPROVED')`);
    await queryRunner.query(`CREATE INDEX publications_queue_idx ON publications (status, requested_at, id)`);
    await queryRunner.query(`CREATE INDEX publications_debtor_idx ON publications (debtor_siren, status, approved_at DESC)`);
    await queryRunner.query(`CREATE INDEX publications_creditor_idx ON publications (creditor_siren, status)`);
    await queryRunner.query(`CREATE INDEX publications_settled_visible_idx ON publications (settled_at) WHERE status = 'SETTLED' AND hidden_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE publication_replies (
        publication_id uuid        PRIMARY KEY REFERENCES publications (id),
        author_user_id uuid        REFERENCES users (id) ON DELETE SET NULL,
        text           text        NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
        created_at     timestamptz NOT NULL,
        updated_at     timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE publication_replies`);
    await queryRunner.query(`DROP TABLE publications`);
    await queryRunner.query(`DROP TABLE publication_evidence`);
  }
}
