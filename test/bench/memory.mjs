// Peak memory of `wirestory FILE > /dev/null` on stories of many short lines (issue #9 item 6).
//
//   npm run bench:memory [-- --mib 16] [-- --runs 3]
//
// Writes three inputs of --mib MiB each under a headline: `short` (lines of about 28 bytes of
// words, hard-wrapped prose), `para` (one-word paragraphs: `word\n\n`) and `tiny` (4-byte
// lines: `abc\n`, each its own paragraph). Runs the built command on each (--runs times) under
// `/usr/bin/time -f %M` and prints the median peak RSS and its ratio to the input size, beside
// the RSS of `node -e 0` measured in the same run (what any Node process costs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commentUsage, readArgs } from './args.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = readArgs({ options: { mib: { type: 'string', default: '16' }, runs: { type: 'string', default: '3' } } }, commentUsage(import.meta.url));
const size = Number(values.mib) * 1024 * 1024;
const runs = Number(values.runs);
if (!existsSync('/usr/bin/time')) throw new Error('needs /usr/bin/time (GNU time)');

const words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'and', 'runs', 'away', 'from', 'market', 'traders'];
const kinds = {
  short: (i) => {
    let line = '';
    for (let k = i; line.length < 28; k = (k * 7 + 3) % 1000) line += `${words[k % words.length]} `;
    return `${line.trim()}\n`;
  },
  para: (i) => `${words[i % words.length]}\n\n`,
  tiny: () => 'abc\n',
};

const work = mkdtempSync(join(tmpdir(), 'wirestory-memory-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function peakKiB(args) {
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 20 });
  const lines = run.stderr.toString().trim().split('\n');
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${lines.slice(-3).join(' ')}`);
  return Number(lines.at(-1));
}

try {
  console.log(`peak RSS, median of ${runs}, inputs of ${values.mib} MiB (load ${loadavg()[0].toFixed(1)})`);
  const base = median(Array.from({ length: runs }, () => peakKiB(['-e', '0'])));
  console.log(`node -e 0: ${(base / 1024).toFixed(0)} MiB`);
  for (const [name, line] of Object.entries(kinds)) {
    const parts = ['Headline of the test story\n\n'];
    let bytes = parts[0].length;
    for (let i = 0; bytes < size; i++) {
      parts.push(line(i));
      bytes += parts.at(-1).length;
    }
    const file = join(work, `${name}.txt`);
    writeFileSync(file, parts.join(''));
    const peak = median(Array.from({ length: runs }, () => peakKiB([join(root, 'bin/wirestory.js'), file])));
    console.log(`${name.padEnd(6)} ${(peak / 1024).toFixed(0).padStart(5)} MiB  ${((peak * 1024) / bytes).toFixed(1).padStart(5)}x the input`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
