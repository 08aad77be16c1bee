// The esbuild options of dist/'s files, in one place. test/tools/build.mjs builds dist/ with
// them, and the development tools that build a variant of one of those files start from the
// same options, so a change here reaches all of them: test/bench/convert.mjs (a worker that does
// not parse, for the pipeline-only figure), test/tools/regexp-census.mjs (the lean start,
// unminified and instrumented) and test/bench/stages.mjs (the library, unminified, profiled).
// Importing this module builds nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, ending in `/`: every build below resolves its paths from it. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The package version, inlined as `__WIRESTORY_VERSION__` (src/version.ts). */
export const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;

/**
 * Left outside every bundle and loaded on demand from node_modules (src/core/normalize.ts,
 * src/extract/language.ts): the package's run-time dependencies, exactly
 * (test/package.test.ts compares the two).
 */
export const external = ['franc-min', 'entities'];

/**
 * The stopword package's `main` is a CommonJS build that esbuild cannot tree-shake, so every
 * bundle carried all its 60-odd languages (220 KB of the lean start's file) for the 16 used; its
 * ES build holds the same lists (compared word for word) as separate exports.
 */
export const alias = { stopword: 'stopword/dist/stopword.esm.mjs' };

/**
 * Shared by the CommonJS files (dist/index.cjs, dist/fast*.cjs, dist/worker.cjs).
 * import.meta.url (the worker's location, and where franc-min and entities are loaded from on
 * demand) becomes the file's own URL, worked out when first asked for (loading franc-min or
 * entities, starting a worker), not at every start: pathToFileURL was a measurable part of a
 * one-story run's top level.
 */
export const commonJsFile = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  define: {
    __WIRESTORY_VERSION__: JSON.stringify(version),
    'import.meta.url': '__wirestory_file.url',
  },
  banner: {
    js: "const __wirestory_file = { get url() { const url = require('node:url').pathToFileURL(__filename).href; Object.defineProperty(this, 'url', { value: url }); return url; } };",
  },
  external,
  alias,
};

/**
 * A CommonJS file that bin/wirestory.js compiles with the code cache and that loads its own
 * parts with `require` (dist/fast.cjs, dist/worker.cjs): `import()` of a part becomes
 * `require()`, which bin/ answers from the same cache.
 */
export const cachedFile = {
  ...commonJsFile,
  supported: { ...commonJsFile.supported, 'dynamic-import': false },
};

/**
 * The parts of the lean start that a run loads only when it reaches them: Markdown (remark,
 * yaml) and the warning reporter (vfile, vfile-reporter), imported on demand by the parse
 * command, each a file of its own (dist/fast-markdown.cjs, dist/fast-report.cjs).
 */
const LEAN_PARTS = { '../../render/markdown.js': 'fast-markdown', vfile: 'fast-report', 'vfile-reporter': 'fast-report' };

/**
 * The esbuild plugin that leaves {@link LEAN_PARTS} out of the lean start, each imported from
 * `pathOf(part)` (by default `./fast-markdown.cjs` …, next to dist/fast.cjs), and that builds
 * it with src/cli/sha256-lean.ts in place of src/core/sha256.ts.
 */
export function leanParts(pathOf = (part) => `./${part}.cjs`) {
  return {
    name: 'lean-parts',
    setup(context) {
      context.onResolve({ filter: /^(?:\.\.\/\.\.\/render\/markdown\.js|vfile|vfile-reporter)$/ }, (args) =>
        args.kind === 'dynamic-import' ? { path: pathOf(LEAN_PARTS[args.path]), external: true } : undefined,
      );
      // The lean start hashes its first story without loading node:crypto (src/cli/sha256-lean.ts).
      context.onResolve({ filter: /^\.\/sha256\.js$/ }, (args) =>
        args.importer.endsWith('/src/core/parse.ts') ? { path: `${root}src/cli/sha256-lean.ts` } : undefined,
      );
    },
  };
}

/**
 * dist/fast.cjs, the lean start of the plain parse path (src/cli/fast.ts): one CommonJS file
 * without commander or the other commands, whose rarely used parts are files of their own.
 */
export const leanStart = {
  ...cachedFile,
  entryPoints: { fast: 'src/cli/fast.ts' },
  plugins: [leanParts()],
};
