// `npm test`: type-checks everything, then runs every vitest project: score engine, web components,
// integration against real PostgreSQL + Redis, and the browser suite (it builds the web app itself).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstalled, run } from './lib/run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureInstalled(root, existsSync, statSync);

console.log('→ Type-checking (tsc -b)…');
run('npx', ['tsc', '-b', 'scoring', 'api', 'web'], { cwd: root });

const report = join(root, 'test', 'artifacts', 'vitest.json');
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\n${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
}
process.exit(vitest.status ?? 1);
