import { spawnSync } from 'node:child_process';

/** Runs a command in the foreground and exits the whole script when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureInstalled(root, existsSync, statSync) {
  const modules = `${root}/node_modules/.package-lock.json`;
  const lock = `${root}/package-lock.json`;
  if (!existsSync(modules) || statSync(lock).mtimeMs > statSync(modules).mtimeMs) {
    console.log('→ Installing dependencies (npm ci)…');
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root });
  }
}
