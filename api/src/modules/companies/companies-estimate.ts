import { queryRows, type SqlRunner } from './sql-runner.js';

/**
 * The planner's estimate of how many companies there are (pg_class.reltuples, kept by ANALYZE and
 * autovacuum: free to read, whatever the table's size), or null while the table was never analysed.
 */
export async function companiesEstimate(runner: SqlRunner): Promise<number | null> {
  const [row] = await queryRows<{ estimate: number }>(runner, `SELECT reltuples::float8 AS estimate FROM pg_class WHERE oid = 'companies'::regclass`);
  const estimate = Number(row?.estimate ?? -1);
  return estimate >= 0 ? estimate : null;
}
