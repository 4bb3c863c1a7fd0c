import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Companies (unités légales) and their search indexes:
 * - search_vector: full-text on the normalised name with the 'simple' configuration (no stemming,
 *   no stop words: company names are not prose), for "every word as a prefix" queries;
 * - trigram GIN on search_name, for typo tolerance (word_similarity, `<%`);
 * - bpchar_pattern_ops on siren (the text_pattern_ops of char(n)), for SIREN prefix search
 *   whatever the database collation.
 * Accepted by PostgreSQL 15 and 18.
 */
export class Companies1764000000000 implements MigrationInterface {
  name = 'Companies1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE companies (
        siren         char(9)     PRIMARY KEY CHECK (siren ~ '^[0-9]{9}$'),
        name          text        NOT NULL,
        search_name   text        NOT NULL,
        legal_form    text,
        activity_code text,
        city          text,
        active        boolean     NOT NULL DEFAULT true,
        created_on    date,
        source        text        NOT NULL CHECK (source IN ('SIRENE', 'CREDITOR')),
        sole_trader   boolean     NOT NULL DEFAULT false,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_name)) STORED
      )`);
    await queryRunner.query(`CREATE INDEX companies_search_vector_idx ON companies USING gin (search_vector)`);
    await queryRunner.query(`CREATE INDEX companies_search_name_trgm_idx ON companies USING gin (search_name gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX companies_siren_prefix_idx ON companies (siren bpchar_pattern_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE companies`);
    // pg_trgm stays: other tables may rely on it, and it holds no data.
  }
}
