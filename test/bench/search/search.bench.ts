/**
 * Company search latency: the full GraphQL request to a spawned API process over HTTP, and the same
 * search (same code, api/src/modules/companies/search/search-companies.ts) straight through pg.
 *
 *   npx tsc -b scoring api && npx tsx test/bench/search/search.bench.ts [--scale 1000000] [--rounds 3]
 *
 * The database `bonpayeur_bench` is built once by the shared data-set generator (test/bench/support/dataset.ts).
 * Goal: GraphQL p95 ≤ 25 ms at 1 M companies. Queries run one at a time (latency, not throughput).
 */
import pg from 'pg';
import { searchCompanies } from '../../../api/src/modules/companies/search/search-companies.js';
import { luhnValid } from '../../../api/src/modules/companies/domain/siren.js';
import { ensureDataset } from '../support/dataset.js';
import { FORMS, PLACES, SURNAMES, TRADES } from '../support/names.js';
import { startApi } from '../support/spawn-api.js';
import { prng } from '../../support/prng.js';

const SEARCH = `query Search($query: String!, $first: Int, $after: String) {
  searchCompanies(query: $query, first: $first, after: $after) {
    edges { cursor node { siren name legalForm activityCode city active createdOn } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
}


interface BenchQuery {
  kind: 'prefix' | 'words' | 'accents' | 'typo' | 'siren';
  query: string;
}

/** 200 queries a person would type: name prefixes, several words, accents/lower case, typos, SIREN prefixes. */
async function buildQueries(pool: pg.Pool): Promise<BenchQuery[]> {
  const rand = prng(2024);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const word = (s: string): string => s.split(/[\s'’-]+/).filter((w) => w.length > 2).pop() ?? s;
  const queries: BenchQuery[] = [];
  for (let i = 0; i < 50; i += 1) {
    const w = pick(rand() < 0.7 ? TRADES : SURNAMES);
    queries.push({ kind: 'prefix', query: w.slice(0, 3 + Math.floor(rand() * Math.max(1, w.length - 2))) });
  }
  for (let i = 0; i < 50; i += 1) {
    const r = rand();
    const q = r < 0.4 ? `${pick(TRADES)} ${pick(SURNAMES).slice(0, 4)}`
      : r < 0.7 ? `${pick(TRADES).slice(0, 5)} ${word(pick(PLACES))}`
      : r < 0.85 ? `${pick(FORMS)} ${pick(SURNAMES)}`
      : `${pick(SURNAMES)} ${pick(['et fils', 'freres', 'groupe', 'services'])}`;
    queries.push({ kind: 'words', query: q });
  }
  for (let i = 0; i < 30; i += 1) {
    const q = `${pick(TRADES)} ${word(pick(PLACES))}`;
    queries.push({ kind: 'accents', query: rand() < 0.5 ? q.toLowerCase() : q.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() });
  }
  for (let i = 0; i < 30; i += 1) {
    const w = pick(TRADES.filter((t) => t.length >= 7 && !t.includes(' ')));
    const at = 2 + Math.floor(rand() * (w.length - 3));
    const typo = rand() < 0.5 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + (w[at + 1] ?? '') + (w[at] ?? '') + w.slice(at + 2);
    queries.push({ kind: 'typo', query: typo.toLowerCase() });
  }
  const { rows } = await pool.query<{ siren: string }>(`SELECT siren FROM companies TABLESAMPLE SYSTEM (1) LIMIT 40`);
  for (const [i, row] of rows.entries()) {
    if (!luhnValid(row.siren)) throw new Error(`generated SIREN ${row.siren} is not Luhn-valid`);
    queries.push({ kind: 'siren', query: row.siren.slice(0, 3 + (i % 7)) });
  }
  return queries.slice(0, 200);
}

async function graphql(url: string, query: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SEARCH, variables: { query, first: 20 } }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL error for "${query}": ${JSON.stringify(body.errors)}`);
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

interface Stats { p50: number; p95: number; p99: number; max: number }
function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? 0 };
}
const ms = (n: number): string => `${n.toFixed(1)} ms`;
const line = (s: Stats): string => `p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  max ${ms(s.max)}`;

async function measure(queries: BenchQuery[], rounds: number, run: (q: string) => Promise<unknown>): Promise<Map<BenchQuery, number[]>> {
  for (const q of queries) await run(q.query); // warm-up: plans, caches, JIT
  const times = new Map<BenchQuery, number[]>(queries.map((q) => [q, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const q of queries) {
      const t = performance.now();
      await run(q.query);
      times.get(q)?.push(performance.now() - t);
    }
  }
  return times;
}

async function main(): Promise<void> {
  const scale = option('scale', 1_000_000);
  const rounds = option('rounds', 3);
  const { databaseUrl } = await ensureDataset({ companies: scale });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const queries = await buildQueries(pool);
  const api = await startApi(databaseUrl);
  try {
    const viaGraphql = await measure(queries, rounds, (q) => graphql(api.url, q));
    const viaPg = await measure(queries, rounds, (q) => searchCompanies(pool, { query: q, first: 20 }));
    const all = (m: Map<BenchQuery, number[]>, kind?: string) => [...m].filter(([q]) => !kind || q.kind === kind).flatMap(([, t]) => t);

    const g = stats(all(viaGraphql));
    const r = stats(all(viaPg));
    console.log(`\nsearchCompanies over ${scale.toLocaleString('en-US')} companies, ${queries.length} queries × ${rounds} rounds, first: 20, one at a time`);
    console.log(`GraphQL (HTTP, spawned API)  ${line(g)}`);
    console.log(`raw pg (same search code)    ${line(r)}`);
    for (const kind of ['prefix', 'words', 'accents', 'typo', 'siren']) {
      console.log(`  ${kind.padEnd(8)} GraphQL ${line(stats(all(viaGraphql, kind)))}  |  pg p95 ${ms(stats(all(viaPg, kind)).p95)}`);
    }
    const slowest = [...viaPg].map(([q, t]) => [q, Math.max(...t)] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`slowest through pg: ${slowest.map(([q, t]) => `"${q.query}" (${q.kind}) ${ms(t)}`).join(', ')}`);
    const ratio = g.p95 / Math.max(r.p95, 0.001);
    console.log(
      `\nSUMMARY scale=${scale} graphql_p95=${g.p95.toFixed(1)}ms raw_pg_p95=${r.p95.toFixed(1)}ms ratio=${ratio.toFixed(2)} ` +
        `goal_p95<=25ms ${g.p95 <= 25 ? 'MET' : 'NOT MET'}`,
    );
  } finally {
    api.stop();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
