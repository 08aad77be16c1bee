// Builds dist/: one esbuild bundle for the command (fast start-up: a single file, with
// rarely-used parts such as Markdown, convert, validate and the zod schema split into
// chunks loaded on demand), one for the library, and .d.ts files from tsc (which also
// type-checks src/). Runs from `npm run build` and from `prepare`, so `npm ci` leaves a
// working bin/wirestory.js. Builds into a fresh folder and swaps it in, so a command that is
// running meanwhile never sees a half-built dist/.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root);
const out = `dist.${process.pid}.tmp`;
rmSync(out, { recursive: true, force: true });

try {
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting: true,
    sourcemap: 'linked',
    legalComments: 'none',
    // Less source to parse at every start; names are kept (the date parser filters chrono's parts by class name).
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    define: { __WIRESTORY_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
    // Some dependencies (commander) are CommonJS and call require() for Node built-ins; those
    // are all they require. process.getBuiltinModule is far cheaper than createRequire at start-up.
    banner: {
      js: "const require = (id) => { const m = process.getBuiltinModule(id); if (m === undefined) throw new Error(`wirestory: cannot load ${id}`); return m; };",
    },
    // Loaded on demand from node_modules (see src/core/decode.ts, src/core/normalize.ts and src/extract/language.ts).
    external: ['iconv-lite', 'franc-min', 'entities'],
    entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', worker: 'src/batch/worker.ts' },
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
  });
  // `require('wirestory')`: the library once more as one CommonJS file (no chunks), for
  // CommonJS callers on Node versions without require(esm). import.meta.url (used to load
  // iconv-lite) is the file's own URL there too.
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    legalComments: 'none',
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    define: {
      __WIRESTORY_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
      'import.meta.url': '__wirestory_url',
    },
    banner: { js: "const __wirestory_url = require('node:url').pathToFileURL(__filename).href;" },
    external: ['iconv-lite', 'franc-min', 'entities'],
    entryPoints: { index: 'src/index.ts' },
    outExtension: { '.js': '.cjs' },
    outdir: out,
  });
  // Type declarations for library users, and a full type check of src/.
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--emitDeclarationOnly', '--declarationDir', `${out}/types`], {
    stdio: 'inherit',
  });
} catch (error) {
  rmSync(out, { recursive: true, force: true });
  console.error(`build failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  process.exit(1);
}
rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
