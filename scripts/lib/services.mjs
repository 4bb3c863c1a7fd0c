// Finding (or starting) PostgreSQL and Redis for the start command. Plain Node, no build needed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';

export function canConnect(host, port, timeoutMs = 800) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** DATABASE_URL, else the local server (creating the database), else an embedded PGlite kept in .data/. */
export async function resolveDatabase(root, children) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, kind: 'DATABASE_URL' };
  if (await canConnect('127.0.0.1', 5432)) {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    try {
      await admin.connect();
      const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'bonpayeur'`);
      if (exists.rowCount === 0) await admin.query('CREATE DATABASE bonpayeur');
      await admin.end();
      return { url: 'postgres://postgres@127.0.0.1:5432/bonpayeur', kind: 'local PostgreSQL' };
    } catch (error) {
      await admin.end().catch(() => {});
      console.warn(`PostgreSQL on 127.0.0.1:5432 refused us (${error.message}); using the embedded database.`);
    }
  }
  const port = 54329;
  const dataDir = join(root, '.data', 'pglite');
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(process.execPath, [join(root, 'scripts', 'pglite-server.mjs'), dataDir, String(port)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await canConnect('127.0.0.1', port)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, kind: `embedded PGlite in ${dataDir}` };
}

/** REDIS_URL, else the local server, else a redis-server we start, else a clear message. */
export async function resolveRedis(children) {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, kind: 'REDIS_URL' };
  if (await canConnect('127.0.0.1', 6379)) return { url: 'redis://127.0.0.1:6379/0', kind: 'local Redis' };
  if (!hasCommand('redis-server')) {
    console.error(
      'Redis is not reachable on 127.0.0.1:6379 and redis-server is not installed.\n' +
        'Install it with:  sudo apt-get install -y redis-server   (or set REDIS_URL)',
    );
    process.exit(1);
  }
  const port = 6390;
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  children.push(child);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await canConnect('127.0.0.1', port)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `redis://127.0.0.1:${port}/0`, kind: `redis-server started on port ${port}` };
}
