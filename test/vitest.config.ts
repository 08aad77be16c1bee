import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built command; property tests run many cases.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
