import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { TestProject } from 'vitest/node';
import { dataSourceOptions } from '../../api/src/database/data-source-options.js';
import { ADMIN_DATABASE_URL, databaseUrlFor } from './test-env.js';

/**
 * One fresh database per test run, migrated from empty, dropped at the end.
 * Tests build their own data with unique keys, so files may run in parallel on it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const name = `bonpayeur_test_${runId}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  const databaseUrl = databaseUrlFor(name);
  const dataSource = await new DataSource(dataSourceOptions({ databaseUrl, databasePoolSize: 2 })).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  project.provide('databaseUrl', databaseUrl);
  project.provide('runId', runId);

  return async () => {
    if (process.env.KEEP_TEST_DATABASE) return;
    const cleanup = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  };
}
