import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * companies_search_start_idx keyed by its first letters in byte order (COLLATE "C"): search keys are
 * [a-z0-9 ] only, so nothing changes but the cost of comparing them, which under the database's
 * libc collation went through strcoll. Building it on 1 M rows: 4.0 s → 2.6 s, time the SIRENE
 * import spends with the table locked. Accepted by PostgreSQL 15 and 18.
 */
export class CompanySearchStartIndexByteOrder1764000022300 implements MigrationInterface {
  name = 'CompanySearchStartIndexByteOrder1764000022300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX companies_search_start_idx`);
    await queryRunner.query(
      `CREATE INDEX companies_search_start_idx ON companies ((left(search_name, 3) COLLATE "C"), length(search_name), siren) INCLUDE (search_name) WHERE active`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX companies_search_start_idx`);
    await queryRunner.query(
      `CREATE INDEX companies_search_start_idx ON companies (left(search_name, 3), length(search_name), siren) INCLUDE (search_name) WHERE active`,
    );
  }
}
