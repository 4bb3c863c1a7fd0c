import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The metrics of this process (API or worker). One registry per process, created once at module
 * load: metrics are about the process, not about one Nest application (tests boot several).
 */
export const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry, prefix: 'bonpayeur_' });

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequestDuration = new Histogram({
  name: 'bonpayeur_http_request_duration_seconds',
  help: 'HTTP requests by method, route (bounded set) and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [processRegistry],
});

export const graphqlOperationDuration = new Histogram({
  name: 'bonpayeur_graphql_operation_duration_seconds',
  help: 'GraphQL operations by type and first root field ("mutation signUp").',
  labelNames: ['operation'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [processRegistry],
});

export const graphqlErrors = new Counter({
  name: 'bonpayeur_graphql_errors_total',
  help: 'GraphQL errors answered, by public extensions.code and operation.',
  labelNames: ['code', 'operation'] as const,
  registers: [processRegistry],
});

export const profileCacheHits = new Counter({
  name: 'bonpayeur_profile_cache_hits_total',
  help: 'Anonymous public-profile queries answered from the response cache at the front of the HTTP chain.',
  registers: [processRegistry],
});

export const jobDuration = new Histogram({
  name: 'bonpayeur_job_duration_seconds',
  help: 'Bull jobs run by this worker, by queue, job name and outcome (completed | failed).',
  labelNames: ['queue', 'job', 'outcome'] as const,
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  registers: [processRegistry],
});

/** What the pg pool exposes (pg.Pool's counters). */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const pools = new Set<PoolStats>();

/** pg pools of this process, read at scrape. */
export function trackPool(pool: PoolStats): () => void {
  pools.add(pool);
  return () => pools.delete(pool);
}

new Gauge({
  name: 'bonpayeur_db_pool_connections',
  help: 'PostgreSQL pool of this process: connections by state (busy, idle) and clients waiting for one.',
  labelNames: ['state'] as const,
  registers: [processRegistry],
  collect() {
    this.reset();
    let total = 0;
    let idle = 0;
    let waiting = 0;
    for (const pool of pools) {
      total += pool.totalCount;
      idle += pool.idleCount;
      waiting += pool.waitingCount;
    }
    this.set({ state: 'busy' }, total - idle);
    this.set({ state: 'idle' }, idle);
    this.set({ state: 'waiting' }, waiting);
  },
});
