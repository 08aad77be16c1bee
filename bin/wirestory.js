#!/usr/bin/env node
// Launcher. A plain `wirestory story.txt [--format md] [-q]` (or a story piped in) runs the lean parse path
// (dist/fast.cjs, from src/cli/fast.ts): one CommonJS file compiled through vm.Script with V8's
// code cache, so a shell loop pays for little more than Node's own start. The parts it needs
// only sometimes (Markdown, the warning reporter) are files of their own (dist/fast-*.cjs),
// loaded the same way when a run reaches them. The cache lives in a
// per-user folder ($WIRESTORY_CACHE_DIR, else $XDG_CACHE_HOME/wirestory, else ~/.cache/wirestory),
// one file per build of each part and per V8 (its version, flags and CPU features); it is
// skipped silently when it cannot be written (a read-only global install, a read-only home), and
// a run that writes one removes the oldest of that part beyond the newest few. Anything the lean
// path declines, and any failure to load it, runs the full command line (dist/cli.js). CommonJS
// (bin/package.json) so no ES-module loader is started for the lean path. Required rather than
// run (by the worker threads of `convert` and `validate`), it starts nothing and hands them
// `loadPart`, the same cache for dist/worker.cjs.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const argv = process.argv.slice(2);
const dist = path.join(__dirname, '..', 'dist');

/**
 * Regular expressions compiled once, to machine code, while a story is parsed. By default V8
 * compiles a pattern to bytecode for its first run and again to machine code for its second:
 * the page and stamp stages' hundred-odd case-insensitive Unicode patterns, each run a few times
 * in a one-story process, were compiled twice: about a quarter of what such a run cost above a
 * bare `node`. Only how patterns are compiled changes, never what they match. The flag is set
 * only around the parse (`regexpFlags(true)`): V8 accepts a code cache (Node's own, for its
 * built-in modules, and ours) only under the flags it was made with, so everything is loaded,
 * and every cache written, under the defaults (`regexpFlags(false)`). Node 20–24's V8
 * (11.3–13.6) has the flag; another version runs as before rather than risk V8's `unrecognized
 * flag` on stderr. So does `node --regexp-… bin/wirestory.js`: going back to the defaults would
 * not give back the flags the caches were read with, and every run would write them again.
 */
const regexpFlags = (() => {
  const major = Number(process.versions.node.split('.')[0]);
  const usable = major >= 20 && major <= 24 && !process.execArgv.some((arg) => arg.includes('regexp'));
  const v8 = usable ? require('node:v8') : null;
  let direct = false;
  /** Switches to direct compiling (true) or back to V8's defaults (false); returns the previous state. */
  return function set(wanted) {
    const was = direct;
    if (v8 !== null && wanted !== direct) v8.setFlagsFromString(wanted ? '--no-regexp-tier-up' : '--regexp-tier-up');
    direct = wanted;
    return was;
  };
})();

/**
 * A CommonJS file of dist/ compiled with the code cache (`fast.cjs`, and the parts it loads on
 * demand, `fast-markdown.cjs` …), or null when it cannot be loaded.
 */
function loadCached(name) {
  const file = path.join(dist, name);
  let source;
  let info;
  try {
    info = fs.statSync(file);
    // The build writes these files in ASCII (test/tools/build.mjs), so one byte is one
    // character: read so, V8 makes the string without decoding UTF-8. A file without the
    // build's first line may hold more, so it is read as UTF-8.
    source = fs.readFileSync(file, 'latin1');
    if (!source.startsWith(BUILD_LINE)) source = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const vm = require('node:vm');
  const cacheFile = cachePath(name, info, source);
  let cachedData;
  if (cacheFile !== null) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  // dist/fast.cjs comes wrapped by the build (below its first line): wrapping it here made V8
  // copy the 400 KB source once more to flatten the joined string (~100 page faults a run).
  const wrapped = source.startsWith(WRAPPER, source.indexOf('\n') + 1) ? source : `${WRAPPER}${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData, importModuleDynamically: undefined });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requireFromDist, module, file, dist);
  if (cacheFile !== null && (cachedData === undefined || script.cachedDataRejected)) {
    // Written after the run, so the functions the run compiled are in the cache too.
    process.once('exit', () => {
      regexpFlags(false);
      // Not when the run changed V8's flags for good (`convert` tunes the heap): V8 would stamp
      // the cache with those flags and reject it in every plain run, which would write it again.
      if (cacheFile.endsWith(`-${versionTag()}.v8cache`)) writeCache(cacheFile, partOf(name), script);
    });
  }
  return module.exports;
}

const parts = new Map();

/** `require` for the files of dist/: their own parts (`./fast-….cjs`) from the code cache, each once; the rest as usual. */
function requireFromDist(id) {
  if (!id.startsWith('./')) return require(id);
  let part = parts.get(id);
  if (part === undefined) {
    // Loaded mid-parse: under V8's default flags, as its cache was written (see regexpFlags).
    const direct = regexpFlags(false);
    try {
      part = loadCached(id.slice(2));
    } finally {
      regexpFlags(direct);
    }
    if (part === null) throw new Error(`wirestory: cannot load dist/${id.slice(2)}`);
    parts.set(id, part);
  }
  return part;
}

/** The first line of each dist/fast*.cjs: a hash of the rest, written by test/tools/build.mjs. */
const BUILD_LINE = '// wirestory-build:';
/** CommonJS's wrapper, as the build writes it around dist/fast.cjs (test/tools/build-line.mjs). */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/**
 * The cache file for this build of a file of dist/, or null when there is no cache folder. V8
 * checks a cache against the source's length only, not its text, so the name holds a hash of the
 * build (the file's first line) and its size and modification time: a rebuilt file never runs the
 * old build's code, even one of the same length, or an installed package (npm gives every file
 * the same time) of another build under the same version. It also holds V8's own tag for its
 * version, its flags and the CPU's features (`v8.cachedDataVersionTag()`, read under the default
 * flags, as every cache is made): a `node --jitless …` run, whose V8 would reject the cache of a
 * plain run, has a file of its own instead of rewriting the other's at every run.
 */
function cachePath(name, info, source) {
  const base = cacheFolder();
  if (base === null) return null;
  const build = source.startsWith(BUILD_LINE) ? source.slice(BUILD_LINE.length, source.indexOf('\n')) : 'nobuild';
  return path.join(base, `${partOf(name)}-${info.size}-${Math.round(info.mtimeMs)}-${build}-node${process.version}-${process.arch}-${versionTag()}.v8cache`);
}

/** V8's tag for its version, its flags as they are now and the CPU's features: what a cache made now is valid for. */
function versionTag() {
  return require('node:v8').cachedDataVersionTag().toString(16);
}

function cacheFolder() {
  const env = process.env;
  const home = env.HOME || env.USERPROFILE;
  return env.WIRESTORY_CACHE_DIR || (env.XDG_CACHE_HOME ? path.join(env.XDG_CACHE_HOME, 'wirestory') : home ? path.join(home, '.cache', 'wirestory') : null);
}

/** `fast`, `fast-markdown` …: the part a file of dist/ is, and the start of its cache files' names. */
function partOf(name) {
  return path.basename(name, '.cjs');
}

/** Cache files of each part kept: the one just written and the newest others (another install, another Node). */
const KEEP = 4;

/**
 * Removes the cache files of `part` beyond the newest KEEP, and temporary files of it that a
 * writer killed mid-way left over an hour ago, so rebuilds and upgrades do not pile files up.
 * Only names this file writes (`<part>-<digit>…`) are touched: `fast-markdown-…` is not `fast`'s.
 */
function prune(folder, part) {
  const files = [];
  for (const name of fs.readdirSync(folder)) {
    if (!name.startsWith(`${part}-`) || !/^\d/.test(name.slice(part.length + 1))) continue;
    const file = path.join(folder, name);
    let info;
    try {
      info = fs.statSync(file);
    } catch {
      continue;
    }
    if (name.endsWith('.v8cache')) files.push({ file, time: info.mtimeMs });
    else if (name.endsWith('.tmp') && Date.now() - info.mtimeMs > 3_600_000) fs.rmSync(file, { force: true });
  }
  files.sort((a, b) => b.time - a.time);
  for (const { file } of files.slice(KEEP)) fs.rmSync(file, { force: true });
}

/**
 * `mkdir -p` that gives up: Node's recursive mkdir retries for ever where a file system answers
 * ENOENT to every attempt (a cache dir under /proc spun the CPU after the output was printed).
 * Each missing level is made once, from the deepest one that exists; any error but EEXIST (a
 * worker making the same folder) throws.
 */
function makeFolder(dir) {
  const missing = [];
  for (let at = dir; !fs.existsSync(at) && path.dirname(at) !== at; at = path.dirname(at)) missing.push(at);
  for (const level of missing.reverse()) {
    try {
      fs.mkdirSync(level);
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
  }
}

function writeCache(cacheFile, part, script) {
  try {
    const data = script.createCachedData();
    makeFolder(path.dirname(cacheFile));
    // Whole or not at all: a temporary name renamed into place, one per thread (convert's
    // workers share the process id and may write the same cache at once).
    const temporary = `${cacheFile}.${process.pid}-${require('node:worker_threads').threadId}.tmp`;
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, cacheFile);
    prune(path.dirname(cacheFile), part);
  } catch {
    // Not writable (read-only install or home): run without a cache.
  }
}

/**
 * For a worker thread of `convert` or `validate` (src/workers/worker-entry.ts starts each with
 * `require('…/bin/wirestory.js').loadPart('worker.cjs')`): runs a file of dist/ through the same
 * code cache as the lean start, or throws when it cannot be read. A worker leaves V8's flags
 * alone (they are the whole process's): it loads under the flags the main thread set, V8's
 * defaults for `validate`, the heap and pattern flags for `convert`
 * (src/cli/commands/convert.ts), and its cache file is named for them (`versionTag`), so each
 * command reads back the cache its workers wrote.
 */
function loadPart(name) {
  const part = loadCached(name);
  if (part === null) throw new Error(`wirestory: cannot load dist/${name}`);
  return part;
}

/**
 * Command words: the lean path declines any command line holding one (src/cli/fast.ts's
 * COMMANDS), so for one in first place it is not even loaded. A word missing here only costs
 * that command the loading.
 */
const COMMANDS = new Set(['parse', 'convert', 'stream', 'validate', 'explain', 'schema', 'completion', 'complete', 'help']);

function start() {
  // `convert` has a lean start of its own (src/cli/commands/convert-lean.ts), loaded the same
  // way; the pattern flags stay as they are (its main thread parses nothing).
  if (argv[0] === 'convert' && !argv.includes('--debug')) {
    let lean = null;
    try {
      lean = loadCached('fast-convert.cjs');
    } catch {
      lean = null;
    }
    if (lean !== null && lean.main(argv)) return;
  }
  let fast = null;
  try {
    fast = !argv.includes('--debug') && !COMMANDS.has(argv[0]) ? loadCached('fast.cjs') : null;
  } catch {
    fast = null;
  }
  if (fast !== null) {
    // Its parts take what they share with it from it (`require('./fast.cjs')`), not from a second copy.
    parts.set('./fast.cjs', fast);
    regexpFlags(true);
  }
  /** Runs `make` under V8's default flags, as Node's cache of its own modules was made (making a stream loads some). */
  function outside(make) {
    const direct = regexpFlags(false);
    try {
      return make();
    } finally {
      regexpFlags(direct);
    }
  }
  if (fast === null || !fast.main(argv, outside)) {
    regexpFlags(false);
    import('../dist/cli.js').then(
      (cli) => cli.main(argv),
      (error) => {
        // A checkout run before `npm ci` or `npm run build`: one line saying so, not a stack trace.
        if (error && error.code === 'ERR_MODULE_NOT_FOUND' && !fs.existsSync(path.join(dist, 'cli.js'))) {
          process.stderr.write(`wirestory: ${dist} holds no build; run \`npm ci\` (or \`npm run build\`) in ${path.dirname(dist)} first\n`);
          process.exitCode = 1;
          return;
        }
        throw error;
      },
    );
  }
}

if (require.main !== module) {
  module.exports = { loadPart };
} else {
  start();
}
