import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * companies.search_vector from the search name's words as they are, without the text-search parser:
 * `array_to_tsvector(words)` instead of `to_tsvector('simple', search_name)`.
 *
 * The search key holds only [a-z0-9] words separated by single spaces (normalizeName), on which the
 * 'simple' configuration yields each word once as its own lexeme: the same lexemes, minus the
 * positions (a test pins it, test/integration/companies/search-vector.test.ts). Search only asks
 * "every word as a prefix" (`a:* & (b:* | c:*)`), never a phrase or a rank, so positions were never
 * read. Measured on 1 M rows (test/bench/RESULTS.md): the SIRENE COPY into the table 14.1–14.7 s →
 * 11.0–11.4 s, vectors 46 → 36 MB. `array_remove` drops the empty word a double space would give
 * (array_to_tsvector refuses it). A word over 2,047 bytes is refused too (to_tsvector skipped it):
 * names are capped at 300 characters by the SIRENE import and 200 for creditors' names, so no
 * search key comes near. The search side changes with it: a tsquery literal, not to_tsquery, so a
 * word the parser would have split (`2e2e` → `2e2`, `e`) is one lexeme on both sides.
 *
 * PostgreSQL 15 cannot change a generated expression in place: the column is added again (one
 * rewrite of the table) and its GIN index rebuilt. Accepted by PostgreSQL 15 and 18.
 */
export class SearchVectorWithoutPositions1764000022100 implements MigrationInterface {
  name = 'SearchVectorWithoutPositions1764000022100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.replaceVector(queryRunner, `array_to_tsvector(array_remove(string_to_array(search_name, ' '), ''))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.replaceVector(queryRunner, `to_tsvector('simple'::regconfig, search_name)`);
  }

  private async replaceVector(queryRunner: QueryRunner, expression: string): Promise<void> {
    await queryRunner.query(`DROP INDEX companies_search_vector_idx`);
    await queryRunner.query(`ALTER TABLE companies DROP COLUMN search_vector`);
    await queryRunner.query(`ALTER TABLE companies ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${expression}) STORED`);
    await queryRunner.query(`CREATE INDEX companies_search_vector_idx ON companies USING gin (search_vector)`);
  }
}
