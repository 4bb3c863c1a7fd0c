// `npm start`: the whole product with demo data — database, Redis, migrations, sample companies,
// a demo creditor with invoices, then the API (serving the web app) and the worker.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstalled, run } from './lib/run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureInstalled(root, existsSync, statSync);
const { resolveDatabase, resolveRedis } = await import('./lib/services.mjs');

const children = [];
const stopAll = (code) => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
};
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

console.log('→ Building scoring, api and web…');
run('npx', ['tsc', '-b', 'scoring', 'api'], { cwd: root });
run('npm', ['run', 'build', '-w', 'web', '--silent'], { cwd: root });

const database = await resolveDatabase(root, children);
const redis = await resolveRedis(children);
const port = process.env.PORT ?? '4000';
const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  DATABASE_URL: database.url,
  REDIS_URL: redis.url,
  PORT: port,
  PUBLIC_WEB_URL: process.env.PUBLIC_WEB_URL ?? `http://localhost:${port}`,
  WEB_DIST_DIR: join(root, 'web', 'dist'),
  // PGlite serves one query at a time: a small pool avoids queueing storms.
  DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? (database.kind.startsWith('embedded') ? '4' : '10'),
};
console.log(`→ Database: ${database.kind}\n→ Redis: ${redis.kind}`);

const built = (file) => join(root, 'api', 'dist', 'api', 'src', file);
run(process.execPath, [built('cli/migrate.js')], { env });
run(process.execPath, [built('cli/import-companies.js'), join(root, 'test/fixtures/sirene/StockUniteLegale_sample.csv')], { env });
run(process.execPath, [built('cli/seed-demo.js')], { env });

for (const [name, file] of [['api', 'main.js'], ['worker', 'worker.js']]) {
  const child = spawn(process.execPath, [built(file)], { env, stdio: 'inherit' });
  child.on('exit', (code) => {
    console.error(`${name} exited (${code}); stopping.`);
    stopAll(code ?? 1);
  });
  children.push(child);
}

console.log(`
  Bonpayeur is starting:
    Web site       http://localhost:${port}/
    GraphQL        http://localhost:${port}/graphql
    Health         http://localhost:${port}/health
    Demo creditor  demo@bonpayeur.fr / demo-bonpayeur-2026
  Ctrl+C stops everything.
`);
