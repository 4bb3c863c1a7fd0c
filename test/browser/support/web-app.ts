import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web');

export interface WebApp {
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the current web sources into a temporary folder (never a stale web/dist) and serves
 * them with `vite preview`, proxying /graphql and /health to the API under test, so the browser
 * sees one origin exactly as in production.
 */
export async function startWebApp(apiUrl: string): Promise<WebApp> {
  const outDir = await mkdtemp(join(tmpdir(), 'bonpayeur-web-'));
  const configFile = join(WEB_DIR, 'vite.config.ts');
  // vitest sets NODE_ENV=test, which Vite would bake in (React's development build): build as production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: WEB_DIR, configFile, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const proxy = { '/graphql': { target: apiUrl }, '/health': { target: apiUrl }, '/publications': { target: apiUrl } };
  const server = await preview({
    root: WEB_DIR,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, proxy },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
