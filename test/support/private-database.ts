import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../api/src/database/data-source-options.js';
import { ADMIN_DATABASE_URL, databaseUrlFor } from './test-env.js';

/**
 * A database of its own, migrated from empty, for a test file whose work scans every row of a table
 * (an outbox drain, a periodic check): in the run's shared database it would take, or touch, other
 * files' rows, and theirs its own.
 */
export async function createPrivateDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bonpayeur_${label}_${Date.now().toString(36)}${process.pid.toString(36)}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = databaseUrlFor(name);
  const dataSource = await new DataSource(dataSourceOptions({ databaseUrl: url, databasePoolSize: 2 })).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  return {
    url,
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
