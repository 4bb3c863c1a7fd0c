import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells API processes which companies' public profile changed (ProfileCache evicts them): after
 * every statement on companies, company_scores, invoices (the debtor's statistics) and
 * recommendations, one NOTIFY company_profile_changed with the distinct SIRENs touched, or `*`
 * beyond 200 of them (a bulk import: everything is evicted, cheaper than a huge payload).
 * Statement-level triggers with transition tables: one notification per statement, not per row,
 * and PostgreSQL delivers it only on commit (a rolled-back change signals nothing).
 * A trigger per event, because a transition table belongs to a single-event trigger.
 * Accepted by PostgreSQL 15 and 18.
 */
const TABLES: readonly { table: string; columns: readonly string[] }[] = [
  { table: 'companies', columns: ['siren'] },
  { table: 'company_scores', columns: ['siren'] },
  { table: 'invoices', columns: ['debtor_siren'] },
  { table: 'recommendations', columns: ['debtor_siren', 'creditor_siren'] },
];

export class ProfileChangeNotify1764000017000 implements MigrationInterface {
  name = 'ProfileChangeNotify1764000017000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TG_ARGV: the SIREN columns of the table. Reads the transition tables the trigger declared.
    await queryRunner.query(`
      CREATE FUNCTION notify_company_profile_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        sources text[] := CASE TG_OP WHEN 'INSERT' THEN ARRAY['new_rows'] WHEN 'DELETE' THEN ARRAY['old_rows'] ELSE ARRAY['new_rows', 'old_rows'] END;
        parts text[] := '{}';
        source text;
        col text;
        sirens text[];
      BEGIN
        FOREACH source IN ARRAY sources LOOP
          FOREACH col IN ARRAY TG_ARGV LOOP
            parts := parts || format('SELECT %I::text AS siren FROM %I', col, source);
          END LOOP;
        END LOOP;
        EXECUTE format('SELECT array_agg(DISTINCT siren) FROM (%s) s WHERE siren IS NOT NULL', array_to_string(parts, ' UNION ALL '))
          INTO sirens;
        IF sirens IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM pg_notify('company_profile_changed', CASE WHEN cardinality(sirens) > 200 THEN '*' ELSE array_to_string(sirens, ',') END);
        RETURN NULL;
      END
      $$`);
    for (const { table, columns } of TABLES) {
      const args = columns.map((c) => `'${c}'`).join(', ');
      await queryRunner.query(`CREATE TRIGGER ${table}_profile_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION notify_company_profile_changed(${args})`);
      await queryRunner.query(`CREATE TRIGGER ${table}_profile_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION notify_company_profile_changed(${args})`);
      await queryRunner.query(`CREATE TRIGGER ${table}_profile_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION notify_company_profile_changed(${args})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of TABLES) {
      for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER ${table}_profile_${event} ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION notify_company_profile_changed()`);
  }
}
