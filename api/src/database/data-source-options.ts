import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';
import { AppConfig } from '../config/env.variables.js';
import { ENTITIES } from './entities.js';

/** One definition of the connection, shared by the API, the worker, the CLIs and the tests. */
export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl' | 'databasePoolSize'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: {
      max: config.databasePoolSize,
      connectionTimeoutMillis: 5_000,
      // Keeps a runaway query from holding a pooled connection forever.
      statement_timeout: 30_000,
    },
  };
}
