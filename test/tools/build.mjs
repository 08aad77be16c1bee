// Builds dist/: one esbuild bundle for the command (fast start-up: a single file, with
// rarely-used parts such as Markdown, convert, validate and the zod schema split into
// chunks loaded on demand), one for the library, and .d.ts files from tsc.
// Runs from `npm run build` and from `prepare`, so `npm ci` leaves a working bin/wirestory.js.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root);
rmSync('dist', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __WIRESTORY_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  // Some dependencies (commander) are CommonJS and call require() for node built-ins.
  banner: { js: "import { createRequire as __wsCreateRequire } from 'node:module'; const require = __wsCreateRequire(import.meta.url);" },
};

await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
});

// Type declarations for library users (and a full type check of src/).
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--emitDeclarationOnly'], { stdio: 'inherit' });
