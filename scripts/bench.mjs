// `npm run bench [-- name …]`: builds, then runs each benchmark under test/bench/<name>/ with tsx.
// Each prints its figures beside a baseline measured in the same run, then a one-line summary.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './lib/run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'test', 'bench');
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const passThrough = process.argv.slice(2).filter((arg) => arg.startsWith('-'));
const names = readdirSync(benchDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'support')
  .map((entry) => entry.name)
  .filter((name) => wanted.length === 0 || wanted.includes(name));

run('npx', ['tsc', '-b', 'scoring', 'api'], { cwd: root });
for (const name of names) {
  const file = join(benchDir, name, `${name}.bench.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench: ${name} ===`);
  run('npx', ['tsx', file, ...passThrough], { cwd: root });
}
