import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One append-only audit log for every decision and state change that must be accountable
 * (moderation, claims, publications, admin actions). A trigger refuses UPDATE and DELETE, so even
 * a bug or a hand-typed query cannot rewrite history. Accepted by PostgreSQL 15 and 18.
 */
export class AuditLog1764000010000 implements MigrationInterface {
  name = 'AuditLog1764000010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at   timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        actor_label   text NOT NULL,
        action        text NOT NULL CHECK (action ~ '^[A-Z][A-Z0-9_]*$'),
        subject_type  text NOT NULL CHECK (subject_type ~ '^[A-Z][A-Z0-9_]*$'),
        subject_id    text NOT NULL,
        reason        text,
        details       jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, id)`);
    await queryRunner.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, id)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    // Deleting a user detaches its entries (ON DELETE SET NULL) without rewriting what they say:
    // that one UPDATE of actor_user_id alone is allowed.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.actor_user_id IS NULL AND OLD.actor_user_id IS NOT NULL
           AND (NEW.id, NEW.occurred_at, NEW.actor_label, NEW.action, NEW.subject_type, NEW.subject_id, NEW.reason, NEW.details)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.occurred_at, OLD.actor_label, OLD.action, OLD.subject_type, OLD.subject_id, OLD.reason, OLD.details) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_guard_update()`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_guard_update()`);
    await queryRunner.query(`DROP FUNCTION audit_log_is_append_only()`);
  }
}
