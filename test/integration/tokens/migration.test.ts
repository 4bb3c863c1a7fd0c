import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '../../../api/src/database/data-source-options.js';
import { ADMIN_DATABASE_URL, databaseUrlFor } from '../../support/test-env.js';

/** On a database of its own: undoing migrations must not disturb the other files' shared one. */
describe('the tokens migration', () => {
  const name = `bonpayeur_test_tokens_mig_${process.pid.toString(36)}${Date.now().toString(36)}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    dataSource = await new DataSource(dataSourceOptions({ databaseUrl: databaseUrlFor(name), databasePoolSize: 1 })).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await dataSource.destroy();
    const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  const tokenTables = async () =>
    ((await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'token%' ORDER BY 1`)) as { table_name: string }[]).map(
      (row) => row.table_name,
    );

  it('seeds the three packs, goes down cleanly and up again', async () => {
    expect(await tokenTables()).toEqual(['token_ledger_entries', 'token_packs', 'token_purchases', 'token_receipt_counters', 'token_wallets']);
    expect(await dataSource.query(`SELECT id, tokens, price_cents FROM token_packs ORDER BY position`)).toEqual([
      { id: 'pack-10', tokens: 10, price_cents: 3000 },
      { id: 'pack-50', tokens: 50, price_cents: 12500 },
      { id: 'pack-200', tokens: 200, price_cents: 40000 },
    ]);
    while ((await tokenTables()).length > 0) await dataSource.undoLastMigration({ transaction: 'each' });
    const functions: unknown[] = await dataSource.query(`SELECT 1 FROM pg_proc WHERE proname = 'token_ledger_entries_immutable'`);
    expect(functions).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tokenTables()).toHaveLength(5);
  });
});
