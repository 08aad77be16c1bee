import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    // Vite does not resolve chrono-node's wildcard export `./*` (`chrono-node/en`) that Node
    // and esbuild resolve; point it at the same file they load.
    alias: { 'chrono-node/en': `${root}node_modules/chrono-node/dist/esm/locales/en/index.js` },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built command; property tests run many cases.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
