import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Read this package's own tsconfig rather than discovering the root solution file, so the
  // engine's tests do not depend on the state of the other workspaces. Vite's top-level option:
  // its `oxc` options leave `tsconfig` out of their type (it only worked by being passed through).
  tsconfig: resolve(import.meta.dirname, 'tsconfig.json'),
  test: {
    name: 'scoring',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
