/**
 * A PostgreSQL server of the test's own, to restart at will.
 *
 * Why not restart the machine's PostgreSQL: every engineer's test run and the demo share it; a
 * restart would fail their tests at random. Why not a TCP proxy cut instead: a proxy only drops
 * connections, while a real restart also aborts in-flight transactions on the server side, runs
 * crash recovery (`-m immediate`), and refuses connections while it starts ("the database system
 * is starting up", 57P03) — the failure modes we want the API to survive. So: initdb into a temp
 * directory with the machine's own binaries (/usr/lib/postgresql/<newest>/bin), on a free port, as
 * the `postgres` user when running as root (PostgreSQL refuses to run as root). Trust auth on
 * 127.0.0.1 only; fsync off (the OS never crashes here, only the server does).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../api/src/database/data-source-options.js';
import { freePort } from '../bench/support/spawn-api.js';

function binDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'pg_ctl'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)');
  return join(base, versions[0] as string, 'bin');
}

export interface PrivatePostgres {
  url: string;
  port: number;
  /** Immediate shutdown (a crash: transactions in flight are lost, recovery runs at start). */
  stop(): void;
  start(): void;
  destroy(): void;
  log(): string;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'bonpayeur-pg-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (tool: string, args: string[]): void => {
    const command = asRoot ? 'runuser' : join(bin, tool);
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  };
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=50`;
  const start = (): void => run('pg_ctl', ['-D', data, '-o', options, '-l', logFile, '-w', '-t', '60', 'start']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    start,
    destroy: () => {
      spawnSync(asRoot ? 'runuser' : join(bin, 'pg_ctl'), asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'] : ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
    log: () => (existsSync(logFile) ? execFileSync('tail', ['-n', '30', logFile]).toString() : ''),
  };
}

/** Creates database `name` on the server and runs every migration in it; answers its URL. */
export async function createMigratedDatabase(server: PrivatePostgres, name: string): Promise<string> {
  const bootstrap = new pg.Client({ connectionString: server.url });
  await bootstrap.connect();
  await bootstrap.query(`CREATE DATABASE ${name}`);
  await bootstrap.end();
  const databaseUrl = server.url.replace(/\/postgres$/, `/${name}`);
  const dataSource = await new DataSource(dataSourceOptions({ databaseUrl, databasePoolSize: 2 })).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  return databaseUrl;
}

/** A connected client the test may stop the server under: the 'error' event that follows is expected. */
export async function connectThroughCrashes(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined); // the server is stopped on purpose
  await client.connect();
  return client;
}
