// Header fields on scraped article pages: how many pagedumps pages get a timestamp, a timestamp
// within a day of the truth's `published`, and a byline, per set (article area / whole page,
// tuning / held out). Counts, not a score: the truth has no byline, and a page's printed stamp
// may be its `Updated` one.
//
//   npm run build && node test/bench/header-pages.mjs [--corpus DIR] [--list]
//
// Corpus: /work/shared/corpus/pagedumps (override with --corpus or WIRESTORY_PAGEDUMPS). Pages
// whose id starts with 0-3 are held out of tuning and are counted on their own line.
// "Within a day": the timestamp's instant (its offset applied; a stamp without one read as UTC)
// is less than 24 hours from `published`, or, for a stamp with no time, its day is `published`'s
// UTC day or the day before or after.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtLibrary, commentUsage, PAGEDUMPS_OPTION, readArgs } from './args.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = readArgs({
  options: {
    corpus: PAGEDUMPS_OPTION,
    list: { type: 'boolean', default: false },
  },
}, commentUsage(import.meta.url));
const { parseArticle } = await builtLibrary(root);

const DAY = 24 * 3600 * 1000;

/** True when the stamp is within a day of the true instant (see the header comment). */
function withinDay(stamp, published) {
  const truth = Date.parse(published);
  if (Number.isNaN(truth)) return false;
  if (!stamp.hasTime) {
    const day = Date.parse(`${stamp.iso.slice(0, 10)}T00:00:00Z`);
    const trueDay = Date.parse(`${new Date(truth).toISOString().slice(0, 10)}T00:00:00Z`);
    return Math.abs(day - trueDay) <= DAY;
  }
  const iso = /[Zz]|[+-]\d{2}:\d{2}$/.test(stamp.iso) ? stamp.iso : `${stamp.iso}Z`;
  const instant = Date.parse(iso);
  return !Number.isNaN(instant) && Math.abs(instant - truth) < DAY;
}

const sets = [];
for (const kind of ['article', 'full']) {
  const dir = join(values.corpus, kind);
  const counts = { tuning: newCount(), heldout: newCount() };
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    const id = file.slice(0, -4);
    const truth = JSON.parse(readFileSync(join(values.corpus, 'truth', `${id}.json`), 'utf8'));
    const result = parseArticle(readFileSync(join(dir, file)), { fileName: file });
    const set = /^[0-3]/.test(id) ? counts.heldout : counts.tuning;
    set.pages++;
    if (!result.ok) continue;
    const { timestamp, byline } = result.article;
    if (timestamp) set.stamp++;
    if (truth.published) {
      set.dated++;
      if (timestamp && withinDay(timestamp, truth.published)) set.right++;
    }
    if (byline) set.byline++;
    if (values.list) {
      const mark = truth.published ? (timestamp && withinDay(timestamp, truth.published) ? '✓' : '✗') : ' ';
      console.log(`${kind.padEnd(7)} ${id} ${mark} ${timestamp?.iso ?? '-'} (${truth.published ?? 'no truth'}) | ${byline ? JSON.stringify(byline.text) : '-'}`);
    }
  }
  sets.push([kind, counts]);
}

function newCount() {
  return { pages: 0, stamp: 0, dated: 0, right: 0, byline: 0 };
}

console.log('set                    pages  timestamp  within a day of published  byline');
for (const [kind, counts] of sets) {
  for (const [name, c] of Object.entries(counts)) {
    const label = `${kind === 'article' ? 'article area' : 'whole page'}, ${name === 'heldout' ? 'held out' : 'tuning'}`;
    console.log(`${label.padEnd(22)} ${String(c.pages).padStart(5)}  ${String(c.stamp).padStart(9)}  ${`${c.right} of ${c.dated}`.padStart(25)}  ${String(c.byline).padStart(6)}`);
  }
}
