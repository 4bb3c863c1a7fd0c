import { envReaders } from './env-readers.js';
import type { NodeEnv } from './env.variables.js';

type Env = Record<string, string | undefined>;

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** What an operator tunes: logging, the metrics endpoint, graceful shutdown. */
export interface OperationsConfig {
  /** pino level; `info` logs one line per request and per job. Tests default to `error`. */
  logLevel: LogLevel;
  /**
   * Bearer token a Prometheus scraper presents to `/metrics` (API) and to the worker's metrics port.
   * Empty: only an ADMIN session may read the API's `/metrics`, and the worker exposes none.
   */
  metricsToken: string;
  /** Port of the worker's own metrics endpoint (`GET /metrics`); 0 = not served. */
  workerMetricsPort: number;
  /** How long SIGTERM waits for requests and jobs in flight before closing anyway. */
  shutdownGraceMs: number;
}

export function operationsConfig(env: Env, nodeEnv: NodeEnv, problems: string[]): OperationsConfig {
  const { text, int } = envReaders(env, problems);
  const rawLevel = text('LOG_LEVEL', nodeEnv === 'test' ? 'error' : 'info');
  const logLevel = LOG_LEVELS.find((level) => level === rawLevel);
  if (!logLevel) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${rawLevel}")`);
  const metricsToken = text('METRICS_TOKEN');
  if (metricsToken !== '' && metricsToken.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters long');
  const workerMetricsPort = int('WORKER_METRICS_PORT', 0, 0, 65535);
  if (workerMetricsPort !== 0 && metricsToken === '') problems.push('WORKER_METRICS_PORT needs METRICS_TOKEN (the worker has no sessions to check)');
  return {
    logLevel: logLevel ?? 'info',
    metricsToken,
    workerMetricsPort,
    shutdownGraceMs: int('SHUTDOWN_GRACE_MS', 25_000, 0, 600_000),
  };
}
