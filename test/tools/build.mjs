// Builds dist/: one esbuild bundle for the command (fast start-up: a single file, with
// rarely-used parts such as Markdown, convert, validate and the zod schema split into
// chunks loaded on demand), one for the library, and .d.ts files from tsc (which also
// type-checks src/). Runs from `npm run build` and from `prepare`, so `npm ci` leaves a
// working bin/wirestory.js. Builds into a fresh folder and swaps it in, so a command that is
// running meanwhile never sees a half-built dist/.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { asciiOnly, buildLine, wrapped } from './build-line.mjs';
import { alias, cachedFile, commonJsFile, external, leanParts, leanStart, root, version } from './build-options.mjs';

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
    define: { __WIRESTORY_VERSION__: JSON.stringify(version) },
    // Some dependencies (commander) are CommonJS and call require() for Node built-ins; those
    // are all they require. process.getBuiltinModule is far cheaper than createRequire at start-up.
    banner: {
      js: "const require = (id) => { const m = process.getBuiltinModule(id); if (m === undefined) throw new Error(`wirestory: cannot load ${id}`); return m; };",
    },
    external,
    alias,
    entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
  });
  // `require('wirestory')`: the library once more as one CommonJS file (no chunks), for
  // CommonJS callers on Node versions without require(esm). import.meta.url (the worker's
  // location) is the file's own URL there too.
  await build({
    ...commonJsFile,
    entryPoints: { index: 'src/index.ts' },
    outExtension: { '.js': '.cjs' },
    outdir: out,
  });
  // The lean start of the plain parse path (src/cli/fast.ts), as one CommonJS file that
  // bin/wirestory.js compiles with vm.Script and V8's code cache: no ES-module loader, no
  // commander, and no compiling on a warm start. Parts used only sometimes (Markdown, the
  // reporter) are in it but run only when reached.
  // Markdown (remark, yaml) and the warning reporter (vfile-reporter) are imported on demand;
  // here each becomes a file of its own (dist/fast-*.cjs, below), which bin/wirestory.js
  // compiles with the code cache too when a run reaches it: a JSON run without warnings never
  // reads them.
  // The page test that Markdown uses to tell a story's headings from page clutter comes from
  // dist/fast.cjs (src/cli/fast.ts exports it; bin/wirestory.js hands the loaded file over),
  // not from a second copy of src/extract/boilerplate.ts here.
  const sharedPageTest = {
    name: 'shared-page-test',
    setup(context) {
      context.onResolve({ filter: /^\.\.\/extract\/boilerplate\.js$/ }, (args) =>
        args.importer.endsWith('render/markdown.ts') ? { path: './fast.cjs', external: true } : undefined,
      );
    },
  };
  await build({
    ...commonJsFile,
    plugins: [sharedPageTest],
    entryPoints: { 'fast-markdown': 'src/render/markdown.ts' },
    outExtension: { '.js': '.cjs' },
    metafile: true,
    outdir: out,
  }).then(({ metafile }) => {
    const copied = Object.keys(metafile.inputs).filter((path) => path.startsWith('src/extract/'));
    if (copied.length > 0) throw new Error(`dist/fast-markdown.cjs must take ${copied.join(', ')} from dist/fast.cjs, not bundle it`);
  });
  // vfile and vfile-reporter in one file: a run with a warning needs both. The reporter's
  // string-width is src/cli/report-width.ts there (the same widths, without Intl.Segmenter and
  // the emoji pattern for plain ASCII).
  const reportWidth = {
    name: 'report-width',
    setup(context) {
      context.onResolve({ filter: /^string-width$/ }, (args) =>
        args.importer.endsWith('report-width.ts') ? undefined : { path: fileURLToPath(new URL('../../src/cli/report-width.ts', import.meta.url)) },
      );
    },
  };
  await build({
    ...commonJsFile,
    plugins: [reportWidth],
    stdin: { contents: "export { VFile } from 'vfile';\nexport { reporter } from 'vfile-reporter';\n", resolveDir: root, loader: 'js' },
    outfile: `${out}/fast-report.cjs`,
  });
  await build({
    ...leanStart,
    metafile: true,
    outdir: out,
    outExtension: { '.js': '.cjs' },
  }).then(({ metafile }) => {
    // The point of this file is what it leaves out.
    const inputs = Object.keys(metafile.inputs);
    const heavy = inputs.filter((path) => /node_modules\/(commander|leven|zod|tinyglobby|remark-\w+|yaml|vfile-reporter)\//.test(path));
    if (heavy.length > 0) throw new Error(`dist/fast.cjs must not bundle ${heavy.join(', ')}`);
    if (inputs.includes('src/core/sha256.ts')) throw new Error('dist/fast.cjs must hash with src/cli/sha256-lean.ts (leanParts), not load node:crypto');
  });
  // The lean start of `wirestory convert` (src/cli/commands/convert-lean.ts), which bin/ loads
  // as it loads dist/fast.cjs: the convert command and its batch engine without commander.
  await build({
    ...cachedFile,
    plugins: [leanParts()],
    entryPoints: { 'fast-convert': 'src/cli/commands/convert-lean.ts' },
    outExtension: { '.js': '.cjs' },
    metafile: true,
    outdir: out,
  }).then(({ metafile }) => {
    const heavy = Object.keys(metafile.inputs).filter((path) => /node_modules\/(commander|leven|zod|remark-\w+|yaml|vfile-reporter)\//.test(path));
    if (heavy.length > 0) throw new Error(`dist/fast-convert.cjs must not bundle ${heavy.join(', ')}`);
  });
  // The worker of `convert` and `validate` (src/workers/worker.ts) as one CommonJS file, which
  // each worker thread compiles through bin/wirestory.js with the code cache (see
  // src/workers/worker-entry.ts): the parts only some runs need (Markdown, validation) are in it
  // but start only when reached, and a cache holds only what ran.
  await build({
    ...cachedFile,
    entryPoints: { worker: 'src/workers/worker.ts' },
    outExtension: { '.js': '.cjs' },
    outdir: out,
  });
  // Each file bin/wirestory.js compiles with the code cache starts with a hash of its build, which
  // names its cache files: V8 checks a cache against the source's length only, and npm gives
  // every installed file the same modification time. And each is ASCII only, so that V8 holds
  // its source as one byte a character, not two (esbuild escapes non-ASCII characters
  // everywhere but in regular expression literals), and bin/ reads it as such. dist/fast.cjs,
  // read at every lean start, comes inside CommonJS's wrapper (build-line.mjs's `wrapped`).
  for (const name of ['fast.cjs', 'fast-convert.cjs', 'fast-markdown.cjs', 'fast-report.cjs', 'worker.cjs']) {
    const code = asciiOnly(readFileSync(`${out}/${name}`, 'utf8'), name);
    writeFileSync(`${out}/${name}`, `${buildLine(code)}\n${name === 'fast.cjs' || name === 'fast-convert.cjs' ? wrapped(code) : code}`);
  }
  // Type declarations for library users, and a full type check of src/.
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--emitDeclarationOnly', '--declarationDir', `${out}/types`], {
    stdio: 'inherit',
  });
  // The man page, from the commander definitions of the CLI just built.
  const { writeManPage } = await import('./man.mjs');
  await writeManPage(out, version);
} catch (error) {
  rmSync(out, { recursive: true, force: true });
  console.error(`build failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  process.exit(1);
}
rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
