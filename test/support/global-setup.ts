import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { TestProject } from 'vitest/node';
import { dataSourceOptions } from '../../api/src/database/data-source-options.js';
import { ADMIN_DATABASE_URL, databaseUrlFor } from './test-env.js';

/**
 * One fresh database per test run, migrated from empty, dropped at the end. Tests build their own
 * data with unique keys, so files may run in parallel on it. A file whose work reaches every row of
 * a table (a dispatcher, an outbox drain, a periodic check) runs on a database of its own instead:
 * createPrivateDatabase copies the template migrated here, in a fraction of a second.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const template = `bonpayeur_template_${runId}`;
  const name = `bonpayeur_test_${runId}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const dataSource = await new DataSource(dataSourceOptions({ databaseUrl: databaseUrlFor(template), databasePoolSize: 2 })).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();

  project.provide('databaseUrl', databaseUrlFor(name));
  project.provide('runId', runId);
  project.provide('templateDatabase', template);

  return async () => {
    if (process.env.KEEP_TEST_DATABASE) return;
    const cleanup = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await cleanup.end();
  };
}
