import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'scoring',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
