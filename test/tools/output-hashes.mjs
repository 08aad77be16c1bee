#!/usr/bin/env node
// Hashes every output the library produces over every fixture and every file of the shared
// corpus, under several option sets, so a change meant to be output-neutral (a speed-up) can
// be checked byte for byte: run it before and after and diff the two listings.
//
//   npm run build && node test/tools/output-hashes.mjs > /tmp/before.txt
//   ...change, rebuild...
//   node test/tools/output-hashes.mjs > /tmp/after.txt && diff /tmp/before.txt /tmp/after.txt
//
// One line per (file, option set): sha256 of JSON, compact NDJSON and Markdown outputs (or of
// the refusal), then a closing line with the hash of everything. --corpus DIR (repeatable)
// replaces the default roots (fixtures/ and ../shared/corpus or /work/shared/corpus).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { corpus: { type: 'string', multiple: true } } });
const roots = values.corpus ?? [join(root, 'fixtures'), ...['../shared/corpus', '/work/shared/corpus'].map((p) => resolve(root, p)).filter(existsSync).slice(0, 1)];
const { parseArticle, toJson, toMarkdown } = await import(join(root, 'dist/index.js'));

/** Option sets: the defaults, and ones that reach the zone, date-order and reference-date paths. */
const OPTION_SETS = {
  default: {},
  moscow: { tz: 'Europe/Moscow', referenceDate: '2019-06-01' },
  mdy: { dateOrder: 'mdy', tz: '+05:30', referenceDate: '1987-03-02' },
  utc: { tz: 'UTC', dateOrder: 'dmy' },
};

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const sha = (text) => createHash('sha256').update(text).digest('hex');
const all = createHash('sha256');
let count = 0;
for (const dir of roots) {
  for (const path of walk(dir)) {
    const bytes = readFileSync(path);
    // Named from the root's own folder name, so two checkouts give the same names.
    const name = join(basename(dir), relative(dir, path));
    for (const [set, options] of Object.entries(OPTION_SETS)) {
      const outputs = [];
      // Bytes (as the CLI reads files) and, for the default set, a string (as library users may pass).
      const inputs = set === 'default' ? [bytes, bytes.toString('utf8')] : [bytes];
      for (const input of inputs) {
        const result = parseArticle(input, { ...options, fileName: name });
        if (!result.ok) {
          outputs.push(JSON.stringify(result));
          continue;
        }
        outputs.push(toJson(result.article), toJson(result.article, { compact: true }));
        if (set !== 'utc') outputs.push(toMarkdown(result.article));
      }
      const line = `${sha(outputs.join('\u0000'))}  ${set.padEnd(8)} ${name}`;
      all.update(line);
      console.log(line);
      count++;
    }
  }
}
console.log(`${all.digest('hex')}  ALL (${count} file × option-set outputs)`);
