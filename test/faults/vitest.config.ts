import { defineConfig } from 'vitest/config';
import integration from '../vitest.config.js';

/**
 * Fault injection (issue 8): spawns the built worker (api/dist, so build first) against real
 * PostgreSQL and Redis. Each file makes its own database, so no global setup; one file at a time,
 * since each already runs several processes on a 2-core machine.
 */
export default defineConfig({
  ...integration,
  test: {
    ...integration.test,
    name: 'faults',
    include: ['faults/**/*.fault.test.ts'],
    globalSetup: [],
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
