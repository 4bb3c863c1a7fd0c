import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { PlatformRole } from '../modules/auth/domain/roles.js';
import { changePlatformRoleByEmail } from '../modules/admin/grant-platform-role.js';

const USAGE = 'usage: npm run admin:grant -- <email> ADMIN|MODERATOR [--revoke]';

/** `npm run admin:grant -- <email> ADMIN`: makes the first admin (then the console takes over). */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--revoke');
  const revoke = process.argv.includes('--revoke');
  const [email, roleName] = args;
  const role = Object.values(PlatformRole).find((candidate) => candidate === roleName);
  if (!email || !role || args.length !== 2) throw new Error(USAGE);
  const dataSource = await new DataSource({ ...dataSourceOptions(loadConfig()), logging: ['error'] }).initialize();
  try {
    const change = await changePlatformRoleByEmail(dataSource, email, role, { revoke, by: 'cli admin:grant' });
    console.log(`${email}: platform roles ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
