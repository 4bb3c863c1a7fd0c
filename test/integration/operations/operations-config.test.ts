import { describe, expect, it } from 'vitest';
import { ConfigValidationError } from '../../../api/src/config/env.variables.js';
import { loadConfig } from '../../../api/src/config/load-config.js';

const BASE = { DATABASE_URL: 'postgres://x@localhost/db', REDIS_URL: 'redis://localhost:6379' };

describe('operations configuration', () => {
  it('has working defaults: info logs, no metrics token, no worker metrics port, 25 s of grace', () => {
    expect(loadConfig(BASE).operations).toEqual({ logLevel: 'info', metricsToken: '', workerMetricsPort: 0, shutdownGraceMs: 25_000 });
    expect(loadConfig({ ...BASE, NODE_ENV: 'test' }).operations.logLevel).toBe('error');
  });

  it('names every bad operations variable at once', () => {
    const attempt = () => loadConfig({ ...BASE, LOG_LEVEL: 'loud', METRICS_TOKEN: 'short', WORKER_METRICS_PORT: '9464', QUEUE_PREFIX: 'bonpayeur' });
    expect(attempt).toThrow(ConfigValidationError);
    const problems = (() => {
      try {
        attempt();
        return [];
      } catch (error) {
        return (error as ConfigValidationError).problems;
      }
    })();
    expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
    expect(problems.join('\n')).toMatch(/METRICS_TOKEN must be at least 16/);
    expect(problems.join('\n')).toMatch(/QUEUE_PREFIX must contain a Redis Cluster hash tag/);
  });

  it('wants a token before the worker serves metrics', () => {
    expect(() => loadConfig({ ...BASE, WORKER_METRICS_PORT: '9464' })).toThrow(/WORKER_METRICS_PORT needs METRICS_TOKEN/);
    expect(loadConfig({ ...BASE, WORKER_METRICS_PORT: '9464', METRICS_TOKEN: 'a-long-enough-metrics-token' }).operations.workerMetricsPort).toBe(9464);
  });
});
