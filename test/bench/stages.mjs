// Where the parse spends its time, by stage (issue #10): a CPU profile (node:inspector, sampled every 100 µs)
// of `parseArticle` + `toJson` over the fixtures (seed, bbc, reuters, horne, fakebr; a pass is
// every story once, after two warm-up passes), each sample's self time given to the nearest stage
// function on its stack (`clutterKind` called by the header counts as `clutterKind`; a sample
// under no stage is `(other)`), then the functions with the most self time. The source is bundled
// for the profile without minifying (src/index.ts, into a temporary folder), so functions keep
// their names, with the build's settings that matter for speed (Unicode property escapes left to
// V8: lowered, each `\p{…}` literal becomes a `new RegExp` built at every call).
//
//   node test/bench/stages.mjs [--passes N] [--folders a,b,…] [--top N] [--stages a,b,…]
//
//   --passes N        passes profiled (default 20)
//   --folders a,b,…   fixture folders (default seed,bbc,reuters,horne,fakebr)
//   --top N           functions listed by self time (default 25)
//   --stages a,b,…    the stage functions (default: the parse's stages, below)
//   -h, --help        this text
//
// Shares are of the samples taken in the passes, and of garbage collection; figures move by a few
// points between runs on a busy machine, so compare stages within one run.
//
// The bundle is made in a temporary folder of the system's (TMPDIR), with a link to the
// repository's node_modules in it so the dependencies it loads on demand resolve; the folder goes
// when the script ends, also on Ctrl-C (SIGINT) or SIGTERM (exit 130 / 143).
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { alias, commonJsFile, external, root, version } from '../tools/build-options.mjs';
import { commentUsage, readArgs, usageError } from './args.mjs';

const USAGE = commentUsage(import.meta.url);
const { values } = readArgs({
  options: {
    passes: { type: 'string', default: '20' },
    folders: { type: 'string', default: 'seed,bbc,reuters,horne,fakebr' },
    top: { type: 'string', default: '25' },
    stages: { type: 'string' },
  },
}, USAGE);

/**
 * The parse's stages, by the function that runs each (nearest on the stack wins): the page
 * pre-check's line classifier apart from the rest of the page stage, the header's stamp reader
 * and language guess apart from its other claimers.
 */
const STAGES = [
  'decode', 'normalize', 'findPage', 'clutterKind', 'readHeader', 'findTimestamps', 'get languages',
  'readTail', 'segment', 'matchDateline', 'detectLanguageAfter', 'toJson', 'hash',
];
const stages = values.stages === undefined ? STAGES : values.stages.split(',');
const passes = Number(values.passes);
const top = Number(values.top);
if (!Number.isInteger(passes) || passes < 1) usageError(`Bad --passes \`${values.passes}\`, expected a whole number from 1`, USAGE);
if (!Number.isInteger(top) || top < 0) usageError(`Bad --top \`${values.top}\`, expected a whole number`, USAGE);

const texts = [];
for (const folder of values.folders.split(',')) {
  for (const name of readdirSync(join(root, 'fixtures', folder)).sort()) if (name.endsWith('.txt')) texts.push(readFileSync(join(root, 'fixtures', folder, name)));
}

// Outside the repository (a read-only install, and nothing left in it if the script is killed);
// franc-min and entities, loaded on demand, resolve through the link to node_modules.
const out = mkdtempSync(join(tmpdir(), 'wirestory-stages-'));
const removeOut = () => rmSync(out, { recursive: true, force: true });
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    removeOut();
    process.exit(code);
  });
}
process.on('exit', removeOut);
try {
  symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'), 'junction');
  await build({
    entryPoints: [join(root, 'src/index.ts')],
    outfile: join(out, 'index.mjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // dist/'s settings that change the code V8 runs (test/tools/build-options.mjs), unminified.
    supported: commonJsFile.supported,
    define: { __WIRESTORY_VERSION__: JSON.stringify(version) },
    external,
    alias,
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  const lib = await import(pathToFileURL(join(out, 'index.mjs')).href);
  const pass = () => {
    for (const text of texts) {
      const result = lib.parseArticle(text);
      if (result.ok) lib.toJson(result.article);
    }
  };
  // A turn of the event loop after each pass, so a signal is heard within a pass.
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  pass();
  await turn();
  pass();
  await turn();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < passes; i++) {
    pass();
    await turn();
  }
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  report(profile);
} finally {
  removeOut();
}

function report(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + delta);
    total += delta;
  });
  const byStage = new Map();
  const byFunction = new Map();
  for (const [id, time] of self) {
    // Only the passes (the profiler's own work, and whatever ran between, stays out).
    let inPass = false;
    for (let at = id; at !== undefined && !inPass; at = parent.get(at)) inPass = nodes.get(at).callFrame.functionName === 'pass';
    if (!inPass && nodes.get(id).callFrame.functionName !== '(garbage collector)') {
      total -= time;
      continue;
    }
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const where = url.endsWith('index.mjs') ? `:${lineNumber + 1}` : url === '' ? '' : ` (${url.replace(/^.*\//u, '')})`;
    const name = `${functionName || '(anonymous)'}${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    let stage = functionName.startsWith('(') ? functionName : '(other)';
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at).callFrame.functionName;
      if (stages.includes(frame)) {
        stage = frame;
        break;
      }
    }
    byStage.set(stage, (byStage.get(stage) ?? 0) + time);
  }
  const share = (time) => `${((100 * time) / total).toFixed(1).padStart(5)} %`;
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  process.stdout.write(`${texts.length} stories, ${(bytes / 1e6).toFixed(2)} MB a pass, ${passes} passes, ${(total / 1e6).toFixed(2)} s profiled\n\nself time by stage\n`);
  for (const [stage, time] of [...byStage].sort((a, b) => b[1] - a[1])) process.stdout.write(`${share(time)}  ${stage}\n`);
  if (top === 0) return;
  process.stdout.write(`\nself time by function (line in the bundle)\n`);
  for (const [name, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${share(time)}  ${name.slice(0, 120)}\n`);
}
