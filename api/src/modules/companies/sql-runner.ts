/**
 * What the importer and the search need from PostgreSQL. TypeORM's DataSource (resolves to rows)
 * and pg's Pool (resolves to a QueryResult) both fit, so the CLI and the benches reuse the same
 * code without Nest.
 */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export async function queryRows<T>(runner: SqlRunner, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await runner.query(sql, params);
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
