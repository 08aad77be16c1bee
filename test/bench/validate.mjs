// Benchmark of `wirestory validate` on large fixture sets: the main thread (--jobs 1) against
// the worker pool (default jobs, or --jobs N), in the same run.
//
//   npm run build && node test/bench/validate.mjs [--fixtures 2000,10000] [--jobs N] [--runs 5] [--keep]
//
// For each size, builds a fixture set in a temp folder from copies of fixtures/reuters/*.txt
// with their goldens (one copy of the 460 per sub-folder, so every golden matches), then times
//   node bin/wirestory.js validate DIR --reporter json > /dev/null
// with --jobs 1 and with the default (or --jobs N), interleaved, after one warm-up of each.
// Prints fixtures/s (median and best of --runs: on a shared machine the best run is the one
// least disturbed), CPU time and peak RSS (from `/usr/bin/time` when installed), and checks
// that both reports are the same apart from their timing fields.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commentUsage, readArgs } from './args.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = readArgs({
  options: {
    fixtures: { type: 'string', default: '2000,10000' },
    jobs: { type: 'string' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
}, commentUsage(import.meta.url));
const sizes = values.fixtures.split(',').map(Number);
const runs = Number(values.runs);
if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

const source = join(root, 'fixtures/reuters');
const stories = readdirSync(source)
  .filter((name) => name.endsWith('.txt') && existsSync(join(source, name.replace(/\.txt$/, '.expected.json'))))
  .sort();
const work = mkdtempSync(join(tmpdir(), 'wirestory-validate-bench-'));

function makeSet(count) {
  const dir = join(work, `n${count}`);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `c${String(Math.floor(i / stories.length)).padStart(4, '0')}`);
    if (i % stories.length === 0) mkdirSync(folder, { recursive: true });
    const name = stories[i % stories.length];
    copyFileSync(join(source, name), join(folder, name));
    const golden = name.replace(/\.txt$/, '.expected.json');
    copyFileSync(join(source, golden), join(folder, golden));
  }
  return dir;
}

const haveTime = existsSync('/usr/bin/time');

/** Runs the command; resolves with wall time (ms), CPU time (ms) and peak RSS (KiB) when known, exit code and stdout. */
function measure(args) {
  return new Promise((resolve, reject) => {
    const timeFile = join(work, 'time.txt');
    const [command, argv] = haveTime
      ? ['/usr/bin/time', ['-o', timeFile, '-f', '%M %U %S', process.execPath, ...args]]
      : [process.execPath, args];
    const started = performance.now();
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root });
    const out = [];
    let stderr = '';
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let cpu = null;
      let peak = null;
      if (haveTime) {
        const [rss, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        peak = rss;
        cpu = (user + system) * 1000;
      }
      resolve({ ms, cpu, peak, code, stderr, stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}

/** The JSON report without its timing fields. */
function untimed(report) {
  const document = JSON.parse(report);
  delete document.summary.durationMs;
  for (const fixture of document.fixtures) delete fixture.durationMs;
  return JSON.stringify(document);
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const defaultJobs = values.jobs ?? String(availableParallelism());
const variants = [
  { name: 'jobs=1', args: ['--jobs', '1'] },
  { name: `jobs=${defaultJobs}${values.jobs ? '' : ' (default)'}`, args: values.jobs ? ['--jobs', values.jobs] : [] },
];

console.log(`validate: copies of ${stories.length} fixtures/reuters stories with goldens; median and best of ${runs} runs; ${availableParallelism()} cores`);
for (const count of sizes) {
  const dir = makeSet(count);
  const stats = variants.map(() => ({ ms: [], cpu: [], peak: 0, report: null }));
  for (let round = -1; round < runs; round++) {
    for (const [index, variant] of variants.entries()) {
      const result = await measure([join(root, 'bin/wirestory.js'), 'validate', dir, '--reporter', 'json', ...variant.args]);
      if (result.code !== 0) {
        console.error(`${variant.name} failed (exit ${result.code}):\n${result.stderr}`);
        process.exit(1);
      }
      const stat = stats[index];
      stat.report ??= untimed(result.stdout);
      if (round < 0) continue;
      stat.ms.push(result.ms);
      if (result.cpu !== null) stat.cpu.push(result.cpu);
      if (result.peak !== null) stat.peak = Math.max(stat.peak, result.peak);
    }
  }
  console.log(`\n${count} fixtures`);
  for (const [index, variant] of variants.entries()) {
    const { ms, cpu, peak } = stats[index];
    const rate = (time) => String(Math.round(count / (time / 1000))).padStart(6);
    const extra = cpu.length ? `   CPU ${(median(cpu) / 1000).toFixed(2)} s   peak RSS ${(peak / 1024).toFixed(0)} MiB` : '';
    console.log(
      `  ${variant.name.padEnd(20)} ${(median(ms) / 1000).toFixed(2)} s ${rate(median(ms))} fixtures/s (best ${(Math.min(...ms) / 1000).toFixed(2)} s ${rate(Math.min(...ms)).trim()}/s)${extra}`,
    );
  }
  const [one, pool] = stats;
  console.log(
    `  speed-up             ${(median(one.ms) / median(pool.ms)).toFixed(2)}x median, ${(Math.min(...one.ms) / Math.min(...pool.ms)).toFixed(2)}x best; reports ${one.report === pool.report ? 'identical' : 'DIFFER'}`,
  );
  console.log(`  runs                 ${variants.map((variant, index) => `${variant.name}: ${stats[index].ms.map((ms) => (ms / 1000).toFixed(2)).join(' ')}`).join('; ')} s`);
  if (one.report !== pool.report) process.exitCode = 1;
}
console.log(`\nload average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (values.keep) console.log(`kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
