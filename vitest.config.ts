import { defineConfig } from 'vitest/config';

/** `npm test` runs every project: the score engine, the web components, and the integration + browser suites. */
export default defineConfig({
  test: {
    projects: ['scoring/vitest.config.ts', 'web/vitest.config.ts', 'test/vitest.config.ts'],
  },
});
