import type pg from 'pg';
import type { DataSource } from 'typeorm';

/** Where a dedicated connection comes from: the app's TypeORM DataSource, or a pg Pool (CLI, benches). */
export type ConnectionSource = DataSource | pg.Pool;

function isDataSource(source: ConnectionSource): source is DataSource {
  return typeof (source as DataSource).createQueryRunner === 'function';
}

/**
 * Runs `work` on one connection held for its whole duration (COPY and session-local temp tables
 * need the same connection from start to end), then gives it back to its pool. While held, a
 * connection lost (PostgreSQL restarting) fails the running query, which is how the import learns
 * of it; pg also emits it as an 'error' event on the client, which without a listener would crash
 * the process. After a failure the connection is discarded rather than pooled again.
 */
export async function withDedicatedClient<T>(source: ConnectionSource, work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  const ignoreLostConnection = (): void => undefined;
  if (isDataSource(source)) {
    const runner = source.createQueryRunner();
    // TypeORM's postgres driver hands out pg's own PoolClient here.
    const client = (await runner.connect()) as pg.ClientBase;
    client.on('error', ignoreLostConnection);
    try {
      return await work(client);
    } finally {
      client.off('error', ignoreLostConnection);
      await runner.release();
    }
  }
  const client = await source.connect();
  client.on('error', ignoreLostConnection);
  let failed = false;
  try {
    return await work(client);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    client.off('error', ignoreLostConnection);
    client.release(failed);
  }
}
