/**
 * The public company profile under load: `company(siren)` with score, stats and recommendations over
 * HTTP (the spawned, built API in production mode), at rising concurrency, beside a plain node:http
 * server answering the same JSON from one raw pg query (raw-profile-server.ts), on the same data
 * set, in the same run. Sirens rotate over debtors that have invoices, scores and recommendations,
 * each asked once before measuring (the API's profile cache is warm; the raw server has none).
 * `--cold` runs the API with PROFILE_CACHE_SECONDS=0 (every request executes GraphQL and SQL).
 *
 *   npx tsc -b scoring api && npx tsx test/bench/profile/profile.bench.ts [--duration=8] [--connections=1,10,50] [--sirens=1000] [--cold]
 *
 * Goal (issue 8): ≥ 0.5× the raw req/s at every concurrency, and p99 ≤ 20 ms at 10 connections.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { ensureDataset, sampleDebtors } from '../support/dataset.js';
import { freePort, startApi } from '../support/spawn-api.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PROFILE_QUERY = `query Profile($siren: String!) {
  company(siren: $siren) {
    siren name legalForm activityCode city active createdOn
    score { value grade confidence enoughData trend { direction delta } }
    stats { invoicesReported onTimeRate averageDaysLate }
    recommendations(first: 3) { totalCount edges { node { creditor { siren name } message createdAt } } }
  }
}`;

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

async function startRaw(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/profile/raw-profile-server.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), POOL_SIZE: '4' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(url, { method: 'POST', body: '{"variables":{"siren":"000000000"}}' });
      return { url, child };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('raw server did not start');
}

const body = (siren: string): string => JSON.stringify({ query: PROFILE_QUERY, variables: { siren } });

async function fetchProfile(url: string, siren: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(siren) });
  return response.json();
}

interface Run { connections: number; rps: number; p50: number; p99: number; errors: number }

async function load(url: string, sirens: readonly string[], connections: number, duration: number): Promise<Run> {
  let next = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: body(sirens[next++ % sirens.length] as string) }) }],
  });
  return { connections, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function main(): Promise<void> {
  const duration = Number(option('duration', '8'));
  const levels = option('connections', '1,10,50').split(',').map(Number);
  const { databaseUrl } = await ensureDataset();
  const sirens = await sampleDebtors(databaseUrl, Number(option('sirens', '1000')));
  const cold = process.argv.includes('--cold');
  const api = await startApi(databaseUrl, cold ? { PROFILE_CACHE_SECONDS: '0' } : {});
  const raw = await startRaw(databaseUrl);
  try {
    // Same answer from both, or the comparison means nothing.
    for (const siren of sirens.slice(0, 50)) {
      const [a, b] = [await fetchProfile(api.url, siren), await fetchProfile(raw.url, siren)];
      if (!isDeepStrictEqual(a, b)) throw new Error(`API and raw answers differ for ${siren}:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
    }
    // Warm-up: JIT and pools on both sides, and every profile asked once, so the API's profile cache
    // holds them all (the steady state of a public page: read far more often than it changes).
    await Promise.all(Array.from({ length: 10 }, async (_, w) => {
      for (let i = w; i < sirens.length; i += 10) await fetchProfile(api.url, sirens[i] as string);
    }));
    await load(api.url, sirens, 10, 3);
    await load(raw.url, sirens, 10, 3);
    const rows: [Run, Run][] = [];
    console.log(`\ncompany(siren) profile over ${sirens.length.toLocaleString('en-US')} debtors, ${duration} s per level, API profile cache ${cold ? 'OFF' : 'warm'}`);
    console.log('connections |   API req/s    p50    p99 |   raw req/s    p50    p99 | ratio');
    for (const connections of levels) {
      const a = await load(api.url, sirens, connections, duration);
      const r = await load(raw.url, sirens, connections, duration);
      rows.push([a, r]);
      const cell = (x: Run): string => `${x.rps.toFixed(0).padStart(11)} ${String(x.p50).padStart(4)} ms ${String(x.p99).padStart(4)} ms`;
      console.log(`${String(connections).padStart(11)} | ${cell(a)} | ${cell(r)} | ${(a.rps / r.rps).toFixed(2)}${a.errors + r.errors ? `  (errors: API ${a.errors}, raw ${r.errors})` : ''}`);
    }
    const worst = Math.min(...rows.map(([a, r]) => a.rps / r.rps));
    const at10 = rows.find(([a]) => a.connections === 10)?.[0] ?? rows[0]![0];
    const met = worst >= 0.5 && at10.p99 <= 20;
    console.log(
      `\nSUMMARY profile${cold ? '(cold)' : ''} api_rps@${at10.connections}=${at10.rps.toFixed(0)} p99@${at10.connections}=${at10.p99}ms worst_ratio=${worst.toFixed(2)} ` +
        `goal ratio>=0.5 and p99<=20ms ${met ? 'MET' : 'NOT MET'}`,
    );
  } finally {
    api.stop();
    raw.child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
