import type pg from 'pg';
import type { DataSource } from 'typeorm';

/** Where a dedicated connection comes from: the app's TypeORM DataSource, or a pg Pool (CLI, benches). */
export type ConnectionSource = DataSource | pg.Pool;

function isDataSource(source: ConnectionSource): source is DataSource {
  return typeof (source as DataSource).createQueryRunner === 'function';
}

/**
 * Runs `work` on one connection held for its whole duration (COPY and session-local temp tables
 * need the same connection from start to end), then gives it back to its pool.
 */
export async function withDedicatedClient<T>(source: ConnectionSource, work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  if (isDataSource(source)) {
    const runner = source.createQueryRunner();
    // TypeORM's postgres driver hands out pg's own PoolClient here.
    const client = (await runner.connect()) as pg.ClientBase;
    try {
      return await work(client);
    } finally {
      await runner.release();
    }
  }
  const client = await source.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}
