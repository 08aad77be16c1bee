#!/usr/bin/env node
// `npm run bench`: start-up ratio against bare node, parse throughput against a baseline pass
// over the same bytes, and `convert` against an I/O floor (test/bench/convert.mjs, tmpfs and
// disk), each measured in this run (the machine is shared and noisy, so only ratios of medians
// are quoted; start-up also as CPU time, which moves far less with the load), then one summary
// of the three.
// Options: --runs N (start-up samples, default 40), --mb N (throughput corpus size, default 20),
// --convert-files LIST (default 3000; `npm run bench:convert` also runs 100,000), --skip-convert.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArgs } from './args.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = `
usage: node test/bench/bench.mjs [--runs N] [--mb N] [--convert-files LIST] [--skip-convert]

Start-up against a bare \`node -e 0\`, parse throughput against a decode + split + JSON baseline,
and \`convert\` against an I/O floor, each measured in this run. Run \`npm run build\` first
(\`npm run bench\` does).

  --runs N               start-up samples per case (default 40)
  --mb N                 size of the throughput corpus in MB (default 20)
  --convert-files LIST   convert corpus sizes (default 3000)
  --skip-convert         no convert part
  -h, --help             this text
`;
const { values } = readArgs({
  options: { runs: { type: 'string', default: '40' }, mb: { type: 'string', default: '20' }, 'convert-files': { type: 'string', default: '3000' }, 'skip-convert': { type: 'boolean' } },
}, USAGE);
const runs = Number(values.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n) => `${n.toFixed(1)} ms`;

/**
 * CPU time (user + system, ms) of the children this process has waited for, from Linux's
 * /proc/self/stat (cutime, cstime; null elsewhere). Each reading is in clock ticks (10 ms), but
 * the sum is exact, so the mean over many runs is: CPU time hardly moves with the machine's
 * load, which wall time does (four engineers' test suites on two cores).
 */
const childCpu = existsSync('/proc/self/stat')
  ? () => {
      const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
    }
  : () => null;
const cpuTimes = {};

/**
 * The children's environment. NODE_EXTRA_CA_CERTS makes every Node process parse that bundle
 * of certificates as it starts (on this machine /etc/ssl/certs/ca-certificates.crt, about 80 %
 * of a bare `node -e 0`'s instructions): a cost of the machine, not of wirestory, that would
 * flatter every ratio to `node -e 0`, so the start-up runs go without it; with it set, one more
 * case shows what it costs.
 */
const extraCerts = process.env.NODE_EXTRA_CA_CERTS;
const childEnv = { ...process.env };
delete childEnv.NODE_EXTRA_CA_CERTS;

function time(command, args, input, env) {
  const cpuBefore = childCpu();
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, input, stdio: ['pipe', 'ignore', 'ignore'], env: { ...childEnv, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (cpuBefore !== null && currentCase !== null) (cpuTimes[currentCase] ??= []).push(childCpu() - cpuBefore);
  return ms;
}
let currentCase = null;

// 1. Start-up: one story per process, as in a shell loop. Interleaved so noise hits both alike.
const story = 'fixtures/seed/pompeo-lavrov-sochi.txt';
const seed = readFileSync(`${root}${story}`);
const cases = {
  'node -e 0': () => time(process.execPath, ['-e', '0']),
  'wirestory story.txt': () => time(process.execPath, ['bin/wirestory.js', story]),
  'cat story.txt | wirestory': () => time(process.execPath, ['bin/wirestory.js'], seed),
  'wirestory story.txt --format md': () => time(process.execPath, ['bin/wirestory.js', story, '--format', 'md']),
  // A Windows-1252 story: the decoding warning is printed on stderr (vfile-reporter).
  'wirestory legacy.txt (a warning)': () => time(process.execPath, ['bin/wirestory.js', 'fixtures/horne/buzzfeed-102_Real.txt']),
  // The full command line (--debug never takes the lean path), and a first run that writes the code cache.
  'wirestory story.txt --debug (full)': () => time(process.execPath, ['bin/wirestory.js', story, '--debug']),
  'wirestory story.txt (cold cache)': () => {
    const cache = mkdtempSync(join(tmpdir(), 'wirestory-bench-cache-'));
    try {
      return time(process.execPath, ['bin/wirestory.js', story], undefined, { WIRESTORY_CACHE_DIR: cache });
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  },
  ...(extraCerts ? { 'node -e 0 with NODE_EXTRA_CA_CERTS': () => time(process.execPath, ['-e', '0'], undefined, { NODE_EXTRA_CA_CERTS: extraCerts }) } : {}),
};
const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (const run of cases['node -e 0'] ? [0, 1, 2] : []) void run, Object.values(cases).forEach((fn) => fn()); // warm the disk cache
for (let i = 0; i < runs; i++) {
  for (const [name, fn] of Object.entries(cases)) {
    currentCase = name;
    samples[name].push(fn());
  }
}
currentCase = null;
const base = median(samples['node -e 0']);
const mean = (xs) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
const cpuBase = cpuTimes['node -e 0'] ? mean(cpuTimes['node -e 0']) : null;
const cpuRatio = (name) => (cpuBase === null ? null : mean(cpuTimes[name]) / cpuBase);
console.log(`start-up (${runs} runs each; wall: median, ratio to bare node in this run${cpuBase === null ? '' : '; CPU user + system: mean, ratio'}${extraCerts ? '; NODE_EXTRA_CA_CERTS unset but in the last case' : ''})`);
for (const [name, xs] of Object.entries(samples)) {
  const cpu = cpuBase === null ? '' : `   CPU ${ms(mean(cpuTimes[name])).padStart(9)}  ${cpuRatio(name).toFixed(2)}x`;
  console.log(`  ${name.padEnd(34)} ${ms(median(xs)).padStart(9)}  ${(median(xs) / base).toFixed(2)}x${cpu}`);
}

// 2. Throughput: the library over a generated corpus made of the real fixtures.
const { parseArticle, toJson } = await import(`${root}dist/index.js`);
const texts = [];
for (const folder of ['seed', 'bbc', 'reuters', 'horne', 'fakebr']) {
  for (const name of readdirSync(`${root}fixtures/${folder}`).sort()) {
    if (name.endsWith('.txt')) texts.push(readFileSync(`${root}fixtures/${folder}/${name}`));
  }
}
const target = Number(values.mb) * 1024 * 1024;
const corpus = [];
let bytes = 0;
for (let i = 0; bytes < target; i++) {
  const text = texts[i % texts.length];
  corpus.push(text);
  bytes += text.length;
}
const decoder = new TextDecoder();
function pass(fn) {
  const start = process.hrtime.bigint();
  let sink = 0;
  for (const input of corpus) sink += fn(input);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink < 0) console.log(sink);
  return seconds;
}
// Baseline: decode, split into lines, and serialize them: the least any parser must do.
const baseline = (input) => JSON.stringify(decoder.decode(input).split('\n')).length;
const parse = (input) => {
  const result = parseArticle(input);
  return result.ok ? toJson(result.article).length : 0;
};
pass(parse); // warm up the JIT
const rounds = 5;
const baseTimes = [];
const parseTimes = [];
for (let i = 0; i < rounds; i++) {
  baseTimes.push(pass(baseline));
  parseTimes.push(pass(parse));
}
const mb = bytes / 1024 / 1024;
console.log(`\nthroughput (${corpus.length} stories, ${mb.toFixed(1)} MB, median of ${rounds} rounds)`);
console.log(`  baseline: decode + split + JSON   ${(mb / median(baseTimes)).toFixed(1).padStart(7)} MB/s`);
console.log(`  parseArticle + toJson             ${(mb / median(parseTimes)).toFixed(1).padStart(7)} MB/s  ${(median(parseTimes) / median(baseTimes)).toFixed(1)}x the baseline time, ${(corpus.length / median(parseTimes)).toFixed(0)} stories/s`);

// 3. Batch conversion.
const convertBench = fileURLToPath(new URL('./convert.mjs', import.meta.url));
let convertRows = [];
if (!values['skip-convert'] && existsSync(convertBench)) {
  console.log('');
  const summary = join(mkdtempSync(join(tmpdir(), 'wirestory-bench-')), 'convert.json');
  const result = spawnSync(process.execPath, [convertBench, '--files', values['convert-files'], '--summary', summary], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
  else convertRows = JSON.parse(readFileSync(summary, 'utf8'));
}

// 4. The figures the README quotes, each against its baseline from this run.
const ratio = (name) => (median(samples[name]) / base).toFixed(2);
console.log(`\nsummary (node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')})`);
const startUp = (ratioOf) =>
  `${ratioOf('wirestory story.txt')}x \`node -e 0\` (md ${ratioOf('wirestory story.txt --format md')}x, warning ${ratioOf('wirestory legacy.txt (a warning)')}x, ` +
  `stdin ${ratioOf('cat story.txt | wirestory')}x, first run writing the cache ${ratioOf('wirestory story.txt (cold cache)')}x, full CLI ${ratioOf('wirestory story.txt --debug (full)')}x)`;
console.log(`  start-up    ${startUp(ratio)}, wall time`);
if (cpuBase !== null) console.log(`              ${startUp((name) => cpuRatio(name).toFixed(2))}, CPU time`);
console.log(
  `  throughput  ${(mb / median(parseTimes)).toFixed(1)} MB/s, ${(corpus.length / median(parseTimes)).toFixed(0)} stories/s: ${(median(parseTimes) / median(baseTimes)).toFixed(1)}x the decode + split + JSON baseline`,
);
for (const row of convertRows) {
  console.log(`  convert     ${row.storage.padEnd(4)} ${String(row.files).padStart(6)} files: ${row.ratio.toFixed(2)}x the I/O floor, peak RSS ${row.peakMiB.toFixed(0)} MiB (floor ${row.floorPeakMiB.toFixed(0)} MiB)`);
}
