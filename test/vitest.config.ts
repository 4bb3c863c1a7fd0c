import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Nest dependency injection needs decorator metadata, which only swc emits here.
  plugins: [
    swc.vite({
      jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
      module: { type: 'es6' },
    }),
  ],
  oxc: false,
  test: {
    name: 'integration',
    root: import.meta.dirname,
    include: ['integration/**/*.test.ts', 'security/**/*.test.ts', 'browser/**/*.browser.test.ts', '../api/src/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
