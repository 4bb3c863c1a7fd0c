import pg from 'pg';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { dataSourceOptions } from '../../api/src/database/data-source-options.js';
import { ADMIN_DATABASE_URL, databaseUrlFor } from './test-env.js';

/**
 * A database of its own for a test file whose work scans every row of a table (a dispatcher, an
 * outbox drain, a periodic check, a global count): in the run's shared database it would take, or
 * touch, other files' rows, and theirs its own. A copy of the run's migrated template when the global
 * setup made one (the integration suite), else migrated from empty (the fault tests).
 */
export async function createPrivateDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bonpayeur_${label}_${Date.now().toString(36)}${process.pid.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const template = inject('templateDatabase');
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  await admin.end();
  const url = databaseUrlFor(name);
  if (!template) {
    const dataSource = await new DataSource(dataSourceOptions({ databaseUrl: url, databasePoolSize: 2 })).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
  }
  return {
    url,
    drop: async () => {
      if (process.env.KEEP_TEST_DATABASE) return;
      const cleanup = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
