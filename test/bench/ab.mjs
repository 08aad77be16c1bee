#!/usr/bin/env node
// Parse throughput of two builds side by side, for checking a speed-up on this shared, noisy
// machine: `node test/bench/ab.mjs DIST_A DIST_B [--runs N]` runs `parseArticle` + `toJson`
// over the fixtures (seed, bbc, reuters, horne, fakebr) in fresh processes, A and B
// alternating, N each (default 7), and prints MB per CPU-second of each (user + system time of
// the process, which a busy machine inflates far less than wall time) and the ratio of medians.
// DIST is a built dist/ folder (e.g. a `git worktree` or `git archive` of another commit, built)
// from which node_modules can be reached (franc-min and entities are loaded on demand): a copy in
// /tmp needs a node_modules symlink beside it, else ab.mjs stops with an error.
//
// --same-process loads both builds into one process and alternates single passes (after three
// warm-up passes each), N rounds (default 7; 21 or more recommended): the two builds then share
// the machine's load pass by pass, which leaves less noise than separate processes (a build
// against itself read 1.01x). It also prints the median of the per-round ratios.
// --folders a,b,… picks other fixture folders (e.g. `pages,horne` for scraped pages).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readArgs, usageError } from './args.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = `
usage: node test/bench/ab.mjs DIST_A DIST_B [--runs N] [--same-process] [--folders a,b,…]

Parse throughput (parseArticle + toJson over the fixtures) of two built dist/ folders, A and B
alternating, as MB per CPU-second, and the ratio B/A of the medians. Each DIST needs
node_modules reachable next to it (e.g. a symlink beside a copy in /tmp).

  --runs N          rounds (default 7; 21 or more recommended)
  --same-process    both builds in one process, single passes alternating (less noise)
  --folders a,b,…   fixture folders (default seed,bbc,reuters,horne,fakebr)
  -h, --help        this text
`;
const { values, positionals } = readArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '7' },
    child: { type: 'boolean' },
    'same-process': { type: 'boolean' },
    folders: { type: 'string', default: 'seed,bbc,reuters,horne,fakebr' },
  },
}, USAGE);

function fixtureTexts() {
  const texts = [];
  for (const folder of values.folders.split(',')) {
    for (const name of readdirSync(`${root}fixtures/${folder}`).sort()) if (name.endsWith('.txt')) texts.push(readFileSync(`${root}fixtures/${folder}/${name}`));
  }
  return texts;
}

/** CPU seconds (user + system) of one pass of `lib` over `texts`. */
function pass(lib, texts) {
  const start = process.cpuUsage();
  for (const text of texts) {
    const result = lib.parseArticle(text);
    if (result.ok) lib.toJson(result.article);
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/**
 * A build, refused when a fixture gives it an internal error: a dist/ copied away from
 * node_modules cannot load franc-min or entities on demand, those stories (157 of the default
 * fixtures reach franc) come back as internal errors, and the build looks faster than it is.
 */
async function load(dist) {
  const lib = await import(pathToFileURL(resolve(dist, 'index.js')).href);
  const failed = fixtureTexts().filter((text) => lib.parseArticle(text).error?.rule === 'internal-error').length;
  if (failed > 0) throw new Error(`${dist}: ${failed} fixtures give an internal error (is node_modules reachable from the build, e.g. a symlink next to it?)`);
  return lib;
}

if (values.child) {
  // One process: warm up, then the median CPU time of five passes.
  const texts = fixtureTexts();
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  const lib = await load(positionals[0]);
  pass(lib, texts);
  pass(lib, texts);
  const times = Array.from({ length: 5 }, () => pass(lib, texts));
  console.log(bytes / 1024 / 1024 / median(times));
} else {
  if (positionals.length !== 2) usageError(`ab.mjs takes two dist/ folders, got ${positionals.length}`, USAGE);
  if (!(Number(values.runs) >= 1)) usageError(`--runs takes a positive number, got \`${values.runs}\``, USAGE);
  const rates = positionals.map(() => []);
  const ratios = [];
  if (values['same-process']) {
    const texts = fixtureTexts();
    const mb = texts.reduce((sum, text) => sum + text.length, 0) / 1024 / 1024;
    const libs = await Promise.all(positionals.map(load));
    for (let i = 0; i < 3; i++) for (const lib of libs) pass(lib, texts);
    for (let i = 0; i < Number(values.runs); i++) {
      const [a, b] = libs.map((lib) => pass(lib, texts));
      rates[0].push(mb / a);
      rates[1].push(mb / b);
      ratios.push(a / b);
    }
  } else {
    for (let i = 0; i < Number(values.runs); i++) {
      const args = (dist) => [fileURLToPath(import.meta.url), '--child', '--folders', values.folders, dist];
      positionals.forEach((dist, k) => rates[k].push(Number(execFileSync(process.execPath, args(dist), { encoding: 'utf8' }))));
    }
  }
  const [a, b] = rates.map(median);
  const how = values['same-process'] ? `rounds in one process, median of per-round ratios ${median(ratios).toFixed(3)}x` : 'processes each';
  console.log(`A ${positionals[0]}: ${a.toFixed(2)} MB/CPU-s  (${rates[0].map((x) => x.toFixed(2)).join(' ')})`);
  console.log(`B ${positionals[1]}: ${b.toFixed(2)} MB/CPU-s  (${rates[1].map((x) => x.toFixed(2)).join(' ')})`);
  console.log(`B/A ${(b / a).toFixed(3)}x (medians of ${values.runs} ${how})`);
}
