import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built command; property tests run many cases.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
