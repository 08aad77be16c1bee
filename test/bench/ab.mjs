#!/usr/bin/env node
// Parse throughput of two builds side by side, for checking a speed-up on this shared, noisy
// machine: `node test/bench/ab.mjs DIST_A DIST_B [--runs N]` runs `parseArticle` + `toJson`
// over the fixtures (seed, bbc, reuters, horne, fakebr) in fresh processes, A and B
// alternating, N each (default 7), and prints MB per CPU-second of each (user + system time of
// the process, which a busy machine inflates far less than wall time) and the ratio of medians.
// DIST is a built dist/ folder (e.g. a `git worktree` or `git archive` of another commit, built)
// from which node_modules can be reached (franc-min and entities are loaded on demand): a copy in
// /tmp needs a node_modules symlink beside it, else the child stops with an error.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '7' }, child: { type: 'boolean' } } });

if (values.child) {
  // One process: warm up, then the median CPU time of five passes.
  const texts = [];
  for (const folder of ['seed', 'bbc', 'reuters', 'horne', 'fakebr']) {
    for (const name of readdirSync(`${root}fixtures/${folder}`).sort()) if (name.endsWith('.txt')) texts.push(readFileSync(`${root}fixtures/${folder}/${name}`));
  }
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  const lib = await import(pathToFileURL(resolve(positionals[0], 'index.js')).href);
  // A build copied away from node_modules cannot load what it loads on demand (franc-min,
  // entities): those stories come back as internal errors, and the build looks faster than it is.
  const failed = texts.filter((text) => lib.parseArticle(text).error?.rule === 'internal-error').length;
  if (failed > 0) throw new Error(`${positionals[0]}: ${failed} fixtures give an internal error (is node_modules reachable from the build, e.g. a symlink next to it?)`);
  const pass = () => {
    const start = process.cpuUsage();
    for (const text of texts) {
      const result = lib.parseArticle(text);
      if (result.ok) lib.toJson(result.article);
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  };
  pass();
  pass();
  const times = Array.from({ length: 5 }, pass).sort((a, b) => a - b);
  console.log(bytes / 1024 / 1024 / times[2]);
} else {
  if (positionals.length !== 2) throw new Error('usage: node test/bench/ab.mjs DIST_A DIST_B [--runs N]');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rates = positionals.map(() => []);
  for (let i = 0; i < Number(values.runs); i++) {
    positionals.forEach((dist, k) => rates[k].push(Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dist], { encoding: 'utf8' }))));
  }
  const [a, b] = rates.map(median);
  console.log(`A ${positionals[0]}: ${a.toFixed(2)} MB/CPU-s  (${rates[0].map((x) => x.toFixed(2)).join(' ')})`);
  console.log(`B ${positionals[1]}: ${b.toFixed(2)} MB/CPU-s  (${rates[1].map((x) => x.toFixed(2)).join(' ')})`);
  console.log(`B/A ${(b / a).toFixed(3)}x (medians of ${values.runs} processes each)`);
}
