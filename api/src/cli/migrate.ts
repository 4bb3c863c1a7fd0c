import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';

/** `npm run migrate`: applies pending migrations (`-- --revert` undoes the last one). */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await new DataSource({ ...dataSourceOptions(config), logging: ['error'] }).initialize();
  try {
    if (process.argv.includes('--revert')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
    } else {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Database is up to date.');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
