/** The built API as its own process, on a free port, against a bench database (shared by the HTTP benches). */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface SpawnedApi {
  url: string;
  child: ChildProcess;
  stop(): void;
}

/** NODE_ENV=production (what is measured is what runs), no public rate limit (one address sends everything). */
export async function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<SpawnedApi> {
  const port = await freePort();
  const child = spawn(process.execPath, ['api/dist/api/src/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '4',
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/6',
      QUEUE_PREFIX: '{bp-bench}',
      WEB_DIST_DIR: '',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
      // Required in production; the benches neither sign links nor take payments.
      DEBTOR_LINK_SECRET: 'bench-only-debtor-link-secret-0123456789',
      PAYMENT_PROVIDER: 'none',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = (): void => {
    child.kill('SIGTERM');
  };
  for (let i = 0; i < 150; i += 1) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('API did not become healthy in 30 s');
}
