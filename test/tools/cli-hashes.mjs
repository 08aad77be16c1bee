#!/usr/bin/env node
// Hashes what the built command prints (exit code, stdout, stderr) for every fixture file, on
// the lean start's command lines (a file as JSON, as Markdown, with -q; a story on stdin) and on
// the full command line (--debug), so a change meant to leave the CLI's output alone (a start-up
// speed-up) can be checked byte for byte: run it before and after and diff the two listings.
//
//   npm run build && node test/tools/cli-hashes.mjs > /tmp/before.txt
//   ...change, rebuild...
//   node test/tools/cli-hashes.mjs > /tmp/after.txt && diff /tmp/before.txt /tmp/after.txt
//
// --bin DIR runs DIR/bin/wirestory.js (another build) instead of this checkout's. --jobs N
// processes at a time (default 2). --stdin-every N also pipes every Nth file into stdin (default
// 5), --debug-every N runs every Nth file through the full command line (default 10), --match
// REGEX takes only the fixtures whose path matches (a listing of all of them compares line by
// line: each line names its mode and file). Every
// run gets its own empty cache folder half the time (a first run writing the code cache) and a
// shared one otherwise, so both kinds of run are compared. Closing line: the hash of everything.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    bin: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    'stdin-every': { type: 'string', default: '5' },
    'debug-every': { type: 'string', default: '10' },
    match: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('usage: node test/tools/cli-hashes.mjs [--bin DIR] [--jobs N] [--stdin-every N] [--debug-every N] [--match REGEX] > listing.txt');
  process.exit(0);
}
const bin = join(resolve(values.bin ?? root), 'bin/wirestory.js');
const fixtures = join(root, 'fixtures');

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const shared = mkdtempSync(join(tmpdir(), 'wirestory-cli-hashes-'));
const sha = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const jobs = [];
let index = 0;
const match = values.match === undefined ? null : new RegExp(values.match);
for (const path of walk(fixtures)) {
  const name = relative(root, path);
  if (match !== null && !match.test(name)) continue;
  const i = index++;
  jobs.push({ name, mode: 'json', args: [name], fresh: i % 2 === 0 });
  jobs.push({ name, mode: 'md', args: [name, '--format', 'md'], fresh: i % 2 === 1 });
  jobs.push({ name, mode: 'quiet-compact', args: [name, '-q', '--compact'], fresh: false });
  if (i % Number(values['stdin-every']) === 0) jobs.push({ name, mode: 'stdin', args: [], input: path, fresh: false });
  if (i % Number(values['debug-every']) === 0) jobs.push({ name, mode: 'full', args: [name, '--debug'], fresh: false });
}

function run(job) {
  return new Promise((done, fail) => {
    const cache = job.fresh ? mkdtempSync(join(tmpdir(), 'wirestory-cli-hashes-')) : shared;
    const env = { ...process.env, WIRESTORY_CACHE_DIR: cache, NO_COLOR: '' };
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [bin, ...job.args], { cwd: root, env, stdio: [job.input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (job.fresh) rmSync(cache, { recursive: true, force: true });
      done(`${sha(Buffer.concat(out))} ${sha(Buffer.concat(err))} ${code}  ${job.mode} ${job.name}`);
    });
    if (job.input) child.stdin.end(readFileSync(job.input));
  });
}

const lines = new Array(jobs.length);
let next = 0;
await Promise.all(
  Array.from({ length: Number(values.jobs) }, async () => {
    while (next < jobs.length) {
      const k = next++;
      lines[k] = await run(jobs[k]);
    }
  }),
);
rmSync(shared, { recursive: true, force: true });
const all = createHash('sha256');
for (const line of lines) {
  all.update(`${line}\n`);
  console.log(line);
}
console.log(`${all.digest('hex')}  ALL (${lines.length} runs)`);
