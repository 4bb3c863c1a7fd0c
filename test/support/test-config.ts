import { inject } from 'vitest';
import { AppConfig } from '../../api/src/config/env.variables.js';
import { loadConfig } from '../../api/src/config/load-config.js';
import { TEST_REDIS_URL } from './test-env.js';

/** The API configuration of a test: the run's database, a Redis key prefix of its own. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const runId = inject('runId');
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: inject('databaseUrl'),
    DATABASE_POOL_SIZE: '4',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `{bp-test-${runId}-${Math.random().toString(36).slice(2, 8)}}`,
    PORT: '0',
    // Tests read right after they write: the anonymous profile cache (evicted by NOTIFY a moment
    // after a commit) stays off unless a test turns it on (test/integration/profile-cache).
    PROFILE_CACHE_SECONDS: '0',
    ...overrides,
  });
}
