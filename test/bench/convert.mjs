// Benchmark of `wirestory convert` against the I/O floor, on tmpfs (/dev/shm) and on the disk
// (the system temp folder), at 3,000 and at 100,000 files.
//
//   npm run build && node test/bench/convert.mjs [--files 3000,100000] [--storage shm,disk]
//       [--jobs N] [--runs 3] [--format json|md|ndjson] [--keep] [--summary FILE] [--baseline DIR]
//
// For each storage kind and corpus size it builds a generated corpus (500 stories per
// sub-folder), then times, in the same run and on the same warm page cache:
//   floor    a plain Node script that reads each file and writes a JSON copy of its text
//   convert  node bin/wirestory.js convert IN --out OUT --quiet
//   baseline (with --baseline DIR) the same command from another build (a copy of an older
//            checkout's bin/ and dist/), for before/after figures measured in the same rounds
//   pipeline (with --pipeline) the same command from a bench copy of this build whose worker
//            does not parse: it writes what the floor writes (a JSON copy of each file's text),
//            through convert's whole pipeline (walk, batches to the workers, reads, results
//            back, writes in walk order), so pipeline/floor is what the pipeline alone costs
//            and convert/pipeline what parsing adds. Built into a temporary folder from
//            test/bench/pipeline/ (stand-ins for src/core/parse.ts and src/render/json.ts):
//            nothing in dist/ or in the command's options changes.
// and prints files/s, MB/s, the ratio convert/floor (median of --runs) and peak RSS (from
// `/usr/bin/time -f %M` when installed, else by polling /proc/<pid>/status VmHWM).
// --summary FILE writes the rows as JSON (npm run bench prints them in its summary).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArgs, usageError } from './args.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = `
usage: node test/bench/convert.mjs [--files 3000,100000] [--storage shm,disk] [--jobs N]
           [--runs 3] [--format json|md|ndjson] [--keep] [--summary FILE] [--baseline DIR]
           [--pipeline]

\`wirestory convert\` against an I/O floor (a script that reads each file and writes a JSON copy)
on generated corpora, on tmpfs (/dev/shm) and on the disk: files/s, MB/s, ratio, peak RSS.
Run \`npm run build\` first.

  --files LIST      corpus sizes (default 3000,100000)
  --storage LIST    shm and/or disk (default shm,disk)
  --jobs N          convert's --jobs (default: convert's own)
  --runs N          timed rounds after a warm-up (default 3)
  --format F        json, md or ndjson (default json)
  --keep            keep the corpora and outputs
  --summary FILE    write the rows as JSON
  --baseline DIR    also time DIR/bin/wirestory.js (another build) in the same rounds
  --pipeline        also time the pipeline alone (a bench copy of this build whose workers
                    write a JSON copy of each file's text instead of parsing it; json only)
  -h, --help        this text
`;
const { values } = readArgs({
  options: {
    files: { type: 'string', default: '3000,100000' },
    storage: { type: 'string', default: 'shm,disk' },
    summary: { type: 'string' },
    jobs: { type: 'string' },
    runs: { type: 'string', default: '3' },
    format: { type: 'string', default: 'json' },
    keep: { type: 'boolean', default: false },
    baseline: { type: 'string' },
    pipeline: { type: 'boolean', default: false },
  },
}, USAGE);
const sizes = values.files.split(',').map(Number);
const runs = Number(values.runs);
if (!sizes.every((n) => Number.isInteger(n) && n > 0)) usageError(`--files takes positive whole numbers, got \`${values.files}\``, USAGE);
if (!(Number.isInteger(runs) && runs > 0)) usageError(`--runs takes a positive whole number, got \`${values.runs}\``, USAGE);
if (!['json', 'md', 'ndjson'].includes(values.format)) usageError(`--format takes json, md or ndjson, got \`${values.format}\``, USAGE);
if (values.pipeline && values.format !== 'json') usageError('--pipeline writes what the floor writes: --format json only', USAGE);
const STORAGE = { shm: '/dev/shm', disk: tmpdir() };
const storages = values.storage.split(',').filter((kind) => {
  if (!(kind in STORAGE)) usageError(`unknown --storage \`${kind}\`, expected shm or disk`, USAGE);
  return kind !== 'shm' || existsSync(STORAGE.shm);
});
if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

const perFolder = 500;

// --- the pipeline alone: a copy of this build whose worker does not parse -----------------------
/**
 * Copies bin/, dist/ and package.json into a temporary folder (node_modules linked) and
 * rebuilds its dist/worker.cjs, the conversion half of src/workers/worker.ts, with the options
 * test/tools/build.mjs builds it with (test/tools/build-options.mjs: CommonJS, run through bin/'s
 * code cache), with src/core/parse.ts and src/render/json.ts swapped for test/bench/pipeline/'s stand-ins in the
 * conversion task. Returns the folder (its bin/wirestory.js is the command).
 */
async function pipelineBuild() {
  const { build } = await import('esbuild');
  const { cachedFile } = await import('../tools/build-options.mjs');
  const { cpSync, symlinkSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'wirestory-pipeline-'));
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const standIns = {
    name: 'pipeline-stand-ins',
    setup(context) {
      context.onResolve({ filter: /^\.\.\/(?:core\/parse|render\/json)\.js$/ }, (args) =>
        args.importer.endsWith('convert-task.ts')
          ? { path: join(root, 'test/bench/pipeline', args.path.endsWith('parse.js') ? 'parse.ts' : 'json.ts') }
          : undefined,
      );
    },
  };
  const outfile = join(dir, 'dist/worker.cjs');
  await build({
    ...cachedFile,
    plugins: [standIns],
    // src/workers/worker.ts without its validation branch: conversion only, as convert starts it.
    stdin: {
      contents: `import { parentPort, workerData } from 'node:worker_threads';
import { serveConversion } from './src/batch/convert-task.ts';
const setup = workerData;
serveConversion(setup, new Int32Array(setup.control), setup.index, parentPort).catch((error) => {
  parentPort.postMessage({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
});`,
      resolveDir: root,
      loader: 'js',
    },
    outfile,
    allowOverwrite: true,
  });
  // ASCII only and named by its own build, as test/tools/build.mjs writes dist/worker.cjs.
  const { asciiOnly, buildLine } = await import('../tools/build-line.mjs');
  const code = asciiOnly(readFileSync(outfile, 'utf8'), 'worker.cjs');
  writeFileSync(outfile, `${buildLine(code)}\n${code}`);
  return dir;
}
const pipelineDir = values.pipeline ? await pipelineBuild() : null;

// --- corpus -------------------------------------------------------------------------------
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const WORDS = `the of and to in a is that for on with as was by at from said it be his an are has have
not but were this which had its they their after been more who will would year new government
minister officials people president police talks market prices oil bank company shares percent
week state told country two first last military security statement agreement economic
international meeting united reuters parliament election court report data growth trade`.split(/\s+/);
const PLACES = ['MOSCOW', 'LONDON', 'WASHINGTON', 'SOCHI, Russia', 'NEW YORK', 'BRUSSELS', 'TOKYO', 'PARIS'];
const AGENCIES = ['Reuters', 'AP', 'AFP'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const sentence = () => {
  const n = 8 + Math.floor(random() * 18);
  const words = Array.from({ length: n }, () => pick(WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
};
const story = (i) => {
  const title = sentence().slice(0, -1).split(' ').slice(0, 9).join(' ');
  const day = 1 + (i % 28);
  const stamp = `${MONTHS[i % 12]} ${day}, 2019 ${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} PM`;
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 6) }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, sentence).join(' '),
  );
  paragraphs[0] = `${pick(PLACES)} (${pick(AGENCIES)}) - ${paragraphs[0]}`;
  return `${title}\n\n${stamp}\n\nBy John Smith and Mary Jones\n\n${paragraphs.join('\n\n')}\n`;
};
/** Writes `files` generated stories under `input`; returns their total size in bytes. */
function writeCorpus(input, files) {
  seed = 42;
  let corpusBytes = 0;
  for (let i = 0; i < files; i++) {
    const folder = join(input, `d${String(Math.floor(i / perFolder)).padStart(4, '0')}`);
    if (i % perFolder === 0) mkdirSync(folder, { recursive: true });
    const text = story(i);
    corpusBytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `story-${String(i).padStart(7, '0')}.txt`), text);
  }
  return corpusBytes;
}

// --- the I/O floor: read each file, write a JSON copy of its text ---------------------------
const FLOOR = `import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const [input, output] = process.argv.slice(2);
const walk = (dir, rel) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) { mkdirSync(join(output, rel, entry.name), { recursive: true }); walk(path, join(rel, entry.name)); }
    else if (entry.name.endsWith('.txt')) {
      const text = readFileSync(path, 'utf8');
      writeFileSync(join(output, rel, entry.name.slice(0, -4) + '.json'), JSON.stringify({ text }) + '\\n');
    }
  }
};
mkdirSync(output, { recursive: true });
walk(input, '');
`;

const haveTime = existsSync('/usr/bin/time');

/** Runs a command; resolves with wall time (ms), peak RSS (KiB) and the exit code. */
function measure(work, command, args) {
  return new Promise((resolve, reject) => {
    const timeFile = join(work, 'time.txt');
    const argv = haveTime ? ['/usr/bin/time', ['-o', timeFile, '-f', '%M %U %S', command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(argv[0], argv[1], { stdio: ['ignore', 'ignore', 'pipe'], cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const poll = haveTime
      ? null
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (match) peak = Math.max(peak, Number(match[1]));
          } catch {}
        }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (poll) clearInterval(poll);
      let cpu = null;
      if (haveTime) {
        const [rss, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        peak = rss;
        cpu = (user + system) * 1000;
      }
      resolve({ ms, peak, cpu, code, stderr });
    });
  });
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const rows = [];

/** One storage kind and corpus size: floor and convert, --runs rounds after a warm-up, interleaved. */
async function bench(storage, files) {
  const work = mkdtempSync(join(STORAGE[storage], 'wirestory-bench-'));
  const input = join(work, 'in');
  const floorScript = join(work, 'floor.mjs');
  writeFileSync(floorScript, FLOOR);
  const corpusBytes = writeCorpus(input, files);
  const kinds = ['floor', 'convert', ...(values.baseline ? ['baseline'] : []), ...(pipelineDir ? ['pipeline'] : [])];
  const results = { floor: [], convert: [], baseline: [], pipeline: [] };
  const cpus = { floor: [], convert: [], baseline: [], pipeline: [] };
  const peaks = { floor: 0, convert: 0, baseline: 0, pipeline: 0 };
  const commandArgs = (bin) => {
    const args = [bin, 'convert', input, '--quiet', '--format', values.format];
    if (values.jobs) args.push('--jobs', values.jobs);
    return args;
  };
  const convertArgs = commandArgs(join(root, 'bin/wirestory.js'));
  const others = {
    baseline: values.baseline ? commandArgs(join(values.baseline, 'bin/wirestory.js')) : null,
    pipeline: pipelineDir ? commandArgs(join(pipelineDir, 'bin/wirestory.js')) : null,
  };
  for (let round = -1; round < runs; round++) {
    for (const which of kinds) {
      const out = join(work, `out-${which}`);
      rmSync(out, { recursive: true, force: true });
      rmSync(`${out}.ndjson`, { force: true });
      const args =
        which === 'floor'
          ? [floorScript, input, out]
          : [...(which === 'convert' ? convertArgs : others[which]), '--out', values.format === 'ndjson' ? `${out}.ndjson` : out];
      const result = await measure(work, process.execPath, args);
      if (result.code !== 0) {
        console.error(`${which} failed (exit ${result.code}):\n${result.stderr}`);
        process.exit(1);
      }
      if (which === 'pipeline' && round === -1) checkPipeline(out, files);
      if (round >= 0) {
        results[which].push(result.ms);
        if (result.cpu !== null) cpus[which].push(result.cpu);
        peaks[which] = Math.max(peaks[which], result.peak);
      }
    }
  }
  const mb = corpusBytes / 1e6;
  const cpuText = (which) => (cpus[which].length ? `   CPU ${(median(cpus[which]) / 1000).toFixed(2)} s` : '');
  const line = (name, ms, peak) =>
    `  ${name.padEnd(8)} ${(ms / 1000).toFixed(2).padStart(7)} s ${String(Math.round(files / (ms / 1000))).padStart(7)} files/s ${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s   peak RSS ${(peak / 1024).toFixed(0)} MiB${cpuText(name)}`;
  const floorMs = median(results.floor);
  const convertMs = median(results.convert);
  console.log(`${storage} (${STORAGE[storage]}): ${files} files, ${mb.toFixed(1)} MB, in ${Math.ceil(files / perFolder)} folders; format ${values.format}; jobs ${values.jobs ?? 'default'}; median of ${runs}`);
  console.log(line('floor', floorMs, peaks.floor));
  console.log(line('convert', convertMs, peaks.convert));
  if (values.baseline) console.log(line('baseline', median(results.baseline), peaks.baseline));
  console.log(`  ratio    ${(convertMs / floorMs).toFixed(2)}x the I/O floor   peak RSS ${(peaks.convert / 1024).toFixed(0)} MiB (floor ${(peaks.floor / 1024).toFixed(0)} MiB)`);
  if (values.baseline) console.log(`  baseline ${(median(results.baseline) / floorMs).toFixed(2)}x the I/O floor   peak RSS ${(peaks.baseline / 1024).toFixed(0)} MiB`);
  if (pipelineDir) {
    const pipelineMs = median(results.pipeline);
    console.log(line('pipeline', pipelineMs, peaks.pipeline));
    console.log(`  pipeline ${(pipelineMs / floorMs).toFixed(2)}x the I/O floor without parsing; convert ${(convertMs / pipelineMs).toFixed(2)}x the pipeline alone`);
  }
  const times = (which) => results[which].map((ms) => (ms / 1000).toFixed(2)).join(' ');
  console.log(`  runs     ${kinds.map((which) => `${which} ${times(which)} s`).join('; ')}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  rows.push({
    storage,
    files,
    ratio: convertMs / floorMs,
    convertMs,
    floorMs,
    peakMiB: peaks.convert / 1024,
    floorPeakMiB: peaks.floor / 1024,
    ...(values.baseline ? { baselineRatio: median(results.baseline) / floorMs, baselinePeakMiB: peaks.baseline / 1024 } : {}),
    ...(pipelineDir ? { pipelineRatio: median(results.pipeline) / floorMs, pipelinePeakMiB: peaks.pipeline / 1024 } : {}),
  });
  if (values.keep) console.log(`  kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

/** The pipeline's outputs are the floor's: a JSON copy of each file's text under the same name (50 of them compared). */
function checkPipeline(out, files) {
  const floorOut = join(dirname(out), 'out-floor');
  for (let i = 0; i < files; i += Math.max(1, Math.floor(files / 50))) {
    const rel = join(`d${String(Math.floor(i / perFolder)).padStart(4, '0')}`, `story-${String(i).padStart(7, '0')}.json`);
    if (readFileSync(join(out, rel), 'utf8') !== readFileSync(join(floorOut, rel), 'utf8')) {
      console.error(`pipeline output differs from the floor's: ${rel}`);
      process.exit(1);
    }
  }
}

for (const storage of storages) for (const files of sizes) await bench(storage, files);
if (pipelineDir && values.keep) console.log(`pipeline build kept: ${pipelineDir}`);
else if (pipelineDir) rmSync(pipelineDir, { recursive: true, force: true });
if (values.summary) writeFileSync(values.summary, JSON.stringify(rows));
