import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Faster company search at millions of rows.
 * - company_search_words: every distinct word of the search names with the number of companies
 *   holding it. A trigram GIN corrects typos (`word % $1`, then the few candidates sorted by
 *   distance) against the dictionary instead of a trigram scan over every name (GIN, not GiST: a
 *   GiST KNN walk read ~1,000 pages of a 100k-word dictionary, the GIN ~20); the frequencies tell a broad query from a narrow one.
 *   `COLLATE "C"` so a prefix (`word >= 'bou' AND word < 'bou{'`) is a btree range whatever the
 *   database collation.
 * - companies_search_rank_idx: active companies in ranking order (shortest name, then SIREN) with
 *   the search key included, so a broad query walks it (index-only) and stops after one page.
 * - companies_search_name_idx: exact-name and "name starts with" lookups.
 * - companies_siren_prefix_idx gains `active`, so a SIREN prefix is ranked from the index alone.
 * - The trigram GIN on every name (the old typo fallback) is dropped: the words table replaces it,
 *   and it was the costliest index to maintain on import.
 * Accepted by PostgreSQL 15 and 18.
 */
export class CompanySearchWords1764000003000 implements MigrationInterface {
  name = 'CompanySearchWords1764000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE company_search_words (
        word      text COLLATE "C" PRIMARY KEY,
        frequency integer NOT NULL
      )`);
    await queryRunner.query(`
      INSERT INTO company_search_words (word, frequency)
      SELECT w.word, count(*)::int
      FROM companies c, LATERAL (SELECT DISTINCT unnest(string_to_array(c.search_name, ' ')) AS word) w
      WHERE w.word <> ''
      GROUP BY w.word`);
    await queryRunner.query(`CREATE INDEX company_search_words_trgm_idx ON company_search_words USING gin (word gin_trgm_ops)`);
    await queryRunner.query(`
      CREATE INDEX companies_search_rank_idx ON companies (length(search_name), siren) INCLUDE (search_name) WHERE active`);
    await queryRunner.query(`CREATE INDEX companies_search_name_idx ON companies (search_name text_pattern_ops) INCLUDE (active, siren)`);
    await queryRunner.query(`DROP INDEX companies_siren_prefix_idx`);
    await queryRunner.query(`CREATE INDEX companies_siren_prefix_idx ON companies (siren bpchar_pattern_ops) INCLUDE (active)`);
    await queryRunner.query(`DROP INDEX companies_search_name_trgm_idx`);
    await queryRunner.query(`ANALYZE companies`);
    await queryRunner.query(`ANALYZE company_search_words`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX companies_search_name_trgm_idx ON companies USING gin (search_name gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX companies_siren_prefix_idx`);
    await queryRunner.query(`CREATE INDEX companies_siren_prefix_idx ON companies (siren bpchar_pattern_ops)`);
    await queryRunner.query(`DROP INDEX companies_search_name_idx`);
    await queryRunner.query(`DROP INDEX companies_search_rank_idx`);
    await queryRunner.query(`DROP TABLE company_search_words`);
  }
}
