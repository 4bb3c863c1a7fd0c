// `npm test`: type-checks everything (test files included), then runs every vitest project: score
// engine, web components, integration against real PostgreSQL + Redis, and the browser suite (it
// builds the web app itself).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstalled, run } from './lib/run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureInstalled(root, existsSync, statSync);

// The root tsconfig.json lists every project: scoring, api and web, and the test files beside them
// (scoring/tsconfig.test.json, api/tsconfig.test.json, test/, test/browser/), which emit nothing.
console.log('→ Type-checking (tsc -b: sources and tests)…');
run('npx', ['tsc', '-b'], { cwd: root });

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
