// Stamp lines in many languages: how many each parser reads right, side by side in one run.
//
//   npm run bench:stamps [-- --table FILE] [--bylines FILE] [--list | --list-tuning]
//
// --list prints every row with each tool's reading; --list-tuning only the tuned-on rows (what a
// rule may be written from: held-out readings are for counting, never for reading).
//
// Table: test/bench/stamps.tsv (lang, heldout, source, line, truth), real stamp lines from
// article pages and corpora with their true value. A line is read right when the first date
// the tool finds in it is the true day and, when the truth has a time, the same hour and
// minute (the offset is not compared: wall time as written). Held-out rows (pagedumps ids 0-3
// and the qddate set) were never tuned on and are reported on their own; among them the fresh
// ones (heldout=2, added in round 3 before that round's tuning, never looked at for a fix) get
// a column of their own too, since a rule was once written after reading the older ones' misses;
// so do the rows of round 6 (heldout=3, `fresh 2026-11-29`: other languages' text lines, split from
// their tuning twins by source file before the bench was run on them), and the rows written down
// after that round's rules (heldout=4, `after tuning`: never seen by any rule before being measured).
// Round 7 adds heldout=5 (`fresh 2026-11-29b`: all held out, written down before any run) and
// heldout=6 (`split 2026-11-29b`: the held-out half of rows split by source file with tuning rows)
// and heldout=7 (`after tuning b`: written down after that round's rules, measured once). Round 8 adds
// heldout=8 (`fresh 2026-11-30`, all held out) and heldout=9 (`split 2026-11-30`, the held-out half),
// round 9 heldout=10 (`split 2026-11-30b`: the held-out half of the new languages' rows, el and ro on)
// and heldout=11 (`after tuning 2026-11-30b`: written down after that round's rules, measured once),
// round 10 heldout=12 (`fresh-2026-11-30c`: the held-out half of relative stamps with a word for one)
// and heldout=13 (`fresh-2026-11-30d`: the held-out half of relative stamps whose unit alone means one),
// and the header with no language given (`header (no hint)`: the same frame, the language guessed;
// `header (short story)`: the line alone under a one-word headline, too short for most guesses).
//
// Then bylines (test/bench/bylines.tsv: lang, heldout, kind, source, line, names): a byline line
// in another script under a headline (kind `header`) or a wire lead that opens with the reporter's
// credit (kind `lead`), through `parseArticle` with the row's language: right when the article's
// byline names are the row's names, in order.
//
// Tools:
// - wirestory `findTimestamps` with the row's language as hint, and with no hint (the stamp
//   reader alone: an English line is read only when it is stamp material alone);
// - wirestory's header: the line as the second line of a story, under a headline, through
//   `parseArticle` with the row's language given (`lang`), its `timestamp` (or `updated`): what
//   the pipeline makes of such a line, byline claimers included;
// - chrono-node's locale parser for the row's language (`chrono.de.parse` …), the English one
//   where chrono has no locale (pl, tr, ko, nb, da, cs);
// The column `held-out, own site` leaves out held-out pagedumps rows whose site also gives tuning
// rows (read from the corpus MANIFEST.tsv; --corpus or WIRESTORY_PAGEDUMPS).
// - Python dateparser (`/usr/bin/python3`, Debian python3-dateparser) with `languages=[lang]`:
//   `parse()` on the line, else the first of `search_dates()`. Skipped when not installed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { commentUsage, PAGEDUMPS_OPTION, readArgs } from './args.mjs';
import * as chrono from 'chrono-node';
import { findTimestamps } from '../../src/extract/timestamp.ts';
import { parseArticle } from '../../src/core/parse.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = readArgs({
  options: {
    table: { type: 'string', default: `${root}test/bench/stamps.tsv` },
    list: { type: 'boolean', default: false },
    'list-tuning': { type: 'boolean', default: false },
    bylines: { type: 'string', default: `${root}test/bench/bylines.tsv` },
    corpus: PAGEDUMPS_OPTION,
  },
}, commentUsage(import.meta.url));

const rows = readFileSync(values.table, 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .slice(1)
  .map((line) => {
    const [lang, heldout, source, text, truth] = line.split('\t');
    return {
      lang,
      heldout: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'].includes(heldout),
      fresh: heldout === '2',
      fresh6: heldout === '3',
      late: heldout === '4',
      fresh7: heldout === '5',
      split7: heldout === '6',
      late7: heldout === '7',
      fresh8: heldout === '8',
      split8: heldout === '9',
      split9: heldout === '10',
      late9: heldout === '11',
      split10: heldout === '12',
      split10d: heldout === '13',
      /** Rows written down in round 9 (the languages added then), both halves: their source says so. */
      round9: source.includes('(round 9'),
      /** Rows written down in round 10 (`fresh-2026-11-30c`), both halves. */
      round10: source.includes('fresh-2026-11-30c'),
      /** Rows written down at round 10's end (`fresh-2026-11-30d`), both halves. */
      round10d: source.includes('fresh-2026-11-30d'),
      source,
      text,
      truth,
    };
  });

/**
 * The site of each pagedumps page (its MANIFEST's URL host), to tell held-out rows from a site that
 * also gives tuning rows (`Текст: Венера Ерофеева·…` and the tuning `Текст: Лида Буслаева·…` are one
 * site's byline line): they are held out by the page id rule, but not independent of the tuning.
 */
const manifest = join(values.corpus, 'MANIFEST.tsv');
const siteOf = new Map(
  existsSync(manifest)
    ? readFileSync(manifest, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => {
        const fields = line.split('\t');
        return [fields[4], /^https?:/.test(fields[5] ?? '') ? new URL(fields[5]).host.replace(/^www\./, '') : null];
      })
    : [],
);
const pageSite = (row) => {
  const page = /pagedumps \w+\/([0-9a-f]{12})/.exec(row.source);
  return page ? (siteOf.get(page[1]) ?? null) : null;
};
const tuningSites = new Set(rows.filter((row) => !row.heldout).map(pageSite).filter(Boolean));
for (const row of rows) row.sharedSite = row.heldout && tuningSites.has(pageSite(row));

/** `2019-05-14` or `2019-05-14T16:24` from a tool's reading, or null. */
function right(row, reading) {
  if (!reading) return false;
  const day = row.truth.slice(0, 10);
  if (reading.slice(0, 10) !== day) return false;
  if (row.truth.length > 10) return reading.slice(10, 16) === row.truth.slice(10, 16);
  return true;
}

/**
 * The reference date every tool gets (chrono-node's instant and dateparser's RELATIVE_BASE below are
 * the same day): relative rows (`vor einer Stunde`) are true for it. Passing it changed no reading of
 * the 308 rows the table held before relative rows were added (2026-11-30).
 */
const REF_DAY = '2020-01-01';
const REF_OPTION = { referenceDate: REF_DAY };

function wirestory(row, hint) {
  const result = findTimestamps(
    { no: 1, text: row.text },
    { tz: null, dateOrder: 'dmy', referenceDate: REF_DAY, languages: hint ? [row.lang] : null },
  );
  return result.matches[0]?.iso ?? null;
}

/**
 * The line under a headline, over a one-sentence body, as the pipeline reads it: with the row's
 * language given, or (`hint` false) with the language the pipeline guesses from that English frame.
 */
function header(row, hint = true) {
  const story = `Headline of the story\n\n${row.text}\n\nThe story is told in this one paragraph.\n`;
  const result = parseArticle(story, { ...(hint ? { lang: row.lang } : {}), ...REF_OPTION });
  if (!result.ok) return null;
  return (result.article.timestamp ?? result.article.updated)?.iso ?? null;
}

/**
 * The line under a one-word headline with no body and no language given: a story too short for the
 * language guess, unless the line's own words settle it (`header (short story)`).
 */
function shortStory(row) {
  const result = parseArticle(`Headline\n\n${row.text}\n`, REF_OPTION);
  if (!result.ok) return null;
  return (result.article.timestamp ?? result.article.updated)?.iso ?? null;
}

const REFERENCE = { instant: new Date(Date.UTC(2020, 0, 1, 12)), timezone: 0 };
const pad = (n, w = 2) => String(n).padStart(w, '0');

function chronoReading(row) {
  const parser = chrono[row.lang] ?? chrono.en;
  const results = parser.parse(row.text, REFERENCE);
  const found = results.find((result) => result.start.isCertain('day') || result.start.isCertain('month'));
  if (!found) return null;
  const s = found.start;
  let iso = `${pad(s.get('year'), 4)}-${pad(s.get('month'))}-${pad(s.get('day'))}`;
  if (s.isCertain('hour')) iso += `T${pad(s.get('hour'))}:${pad(s.get('minute') ?? 0)}`;
  return iso;
}

const PYTHON = `
import json, sys, warnings
warnings.filterwarnings('ignore')
import dateparser
from dateparser.search import search_dates
settings = {'DATE_ORDER': 'DMY', 'PREFER_DAY_OF_MONTH': 'first', 'RELATIVE_BASE': __import__('datetime').datetime(2020, 1, 1, 12)}
for line in sys.stdin:
    row = json.loads(line)
    value = None
    try:
        value = dateparser.parse(row['text'], languages=[row['lang']], settings=settings)
        if value is None:
            found = search_dates(row['text'], languages=[row['lang']], settings=settings)
            value = found[0][1] if found else None
    except Exception:
        value = None
    print(json.dumps(value.strftime('%Y-%m-%dT%H:%M') if value else None), flush=True)
`;

function dateparserReadings() {
  const input = rows.map((row) => JSON.stringify({ text: row.text, lang: row.lang })).join('\n');
  const run = spawnSync('/usr/bin/python3', ['-c', PYTHON], { input, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) return null;
  const lines = run.stdout.trim().split('\n');
  return lines.length === rows.length ? lines.map((line) => JSON.parse(line)) : null;
}

const tools = [
  { name: 'wirestory (language given)', read: (row) => wirestory(row, true) },
  { name: 'wirestory (no hint)', read: (row) => wirestory(row, false) },
  { name: 'wirestory header (lang given)', read: (row) => header(row) },
  { name: 'wirestory header (no hint)', read: (row) => header(row, false) },
  { name: 'wirestory header (short story)', read: shortStory },
  { name: 'chrono-node locale parser', read: chronoReading },
];
const python = dateparserReadings();
if (python) tools.push({ name: 'dateparser (python)', read: (_row, index) => python[index] });
else console.log('dateparser: not installed (apt-get install -y python3-dateparser); its column is left out');

const scores = tools.map((tool) => rows.map((row, index) => right(row, tool.read(row, index))));
const share = (marks, keep) => {
  const picked = marks.filter((_, index) => keep(rows[index]));
  const ok = picked.filter(Boolean).length;
  return { ok, n: picked.length, pct: picked.length ? (100 * ok) / picked.length : 0 };
};
const cell = ({ ok, n, pct }) => `${pct.toFixed(0).padStart(3)}% ${`(${ok}/${n})`.padEnd(9)}`;

const languages = [...new Set(rows.map((row) => row.lang))];
const fresh = rows.filter((r) => r.fresh);
console.log(
  `stamp lines: ${rows.length} in ${languages.length} languages, ${rows.filter((r) => r.heldout).length} held out ` +
    `(${fresh.length} of them fresh, in ${new Set(fresh.map((r) => r.lang)).size} languages)\n`,
);
const width = Math.max(...tools.map((tool) => tool.name.length));
const columns = [
  ['all', () => true],
  ['held-out', (r) => r.heldout],
  ...(siteOf.size > 0 ? [['held-out, own site', (r) => r.heldout && !r.sharedSite]] : []),
  ['fresh held-out', (r) => r.fresh],
  ['fresh 2026-11-29', (r) => r.fresh6],
  ['after tuning', (r) => r.late],
  ['fresh 2026-11-29b', (r) => r.fresh7],
  ['split 2026-11-29b', (r) => r.split7],
  ['after tuning b', (r) => r.late7],
  ['fresh 2026-11-30', (r) => r.fresh8],
  ['split 2026-11-30', (r) => r.split8],
  ['split 2026-11-30b', (r) => r.split9],
  ['after tuning 2026-11-30b', (r) => r.late9],
  ['tuned-on 2026-11-30b', (r) => r.round9 && !r.heldout],
  ['fresh-2026-11-30c', (r) => r.split10],
  ['tuned-on 2026-11-30c', (r) => r.round10 && !r.heldout],
  ['fresh-2026-11-30d', (r) => r.split10d],
  ['tuned-on 2026-11-30d', (r) => r.round10d && !r.heldout],
  ['tuned-on', (r) => !r.heldout],
];
console.log(`${''.padEnd(width)}  ${columns.map(([name]) => name.padEnd(14)).join('  ')}`);
for (const [i, tool] of tools.entries()) {
  console.log(`${tool.name.padEnd(width)}  ${columns.map(([, keep]) => cell(share(scores[i], keep))).join('  ')}`);
}
console.log('\nratios (wirestory / other tool), per column:');
for (const mine of [0, 2, 3, 4]) {
  for (let i = 5; i < tools.length; i++) {
    const ratios = columns.map(([name, keep]) => `${(share(scores[mine], keep).ok / Math.max(1, share(scores[i], keep).ok)).toFixed(2)}× ${name}`);
    console.log(`  ${tools[mine].name} vs ${tools[i].name}: ${ratios.join(', ')}`);
  }
}
console.log('\nper language (all rows):');
console.log(`lang  n   ${tools.map((tool) => tool.name.split(' ')[0].padEnd(10)).join(' ')}`);
for (const lang of languages) {
  const n = rows.filter((row) => row.lang === lang).length;
  const line = tools.map((_, i) => `${share(scores[i], (r) => r.lang === lang).pct.toFixed(0).padStart(4)}%     `).join(' ');
  console.log(`${lang.padEnd(5)} ${String(n).padEnd(3)} ${line}`);
}
if (values.list || values['list-tuning']) {
  console.log(`\n${values.list ? 'rows' : 'tuned-on rows'} (✓/✗ per tool, in the order above):`);
  for (const [index, row] of rows.entries()) {
    if (!values.list && row.heldout) continue;
    const marks = scores.map((marks) => (marks[index] ? '✓' : '✗')).join('');
    const readings = tools.map((tool) => tool.read(row, index) ?? '-').join(' | ');
    console.log(`${marks} ${row.split10 ? 'C' : row.split9 || row.late9 ? 'S' : row.fresh8 || row.split8 ? 'R' : row.fresh7 || row.split7 ? 'N' : row.fresh6 ? 'G' : row.fresh ? 'F' : row.heldout ? 'H' : ' '} ${row.lang} ${row.truth.padEnd(16)} ${JSON.stringify(row.text)} -> ${readings}`);
  }
}

const bylineRows = readFileSync(values.bylines, 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .slice(1)
  .map((line) => {
    const [lang, heldout, kind, source, text, names, dateline] = line.split('\t');
    return { lang, heldout: heldout !== '0', late: heldout === '4', fresh7: heldout === '5', split7: heldout === '6', late7: heldout === '7', kind, source, text, names, dateline: dateline ?? null };
  });

/**
 * What the pipeline makes of the row's line: the byline names (`|` between them, or null) and the
 * dateline's place (`-` for none). A `tail` row is the story's last paragraph, under a Chinese
 * opening paragraph: its names are the article's `credits` names, in order.
 */
function readByline(row) {
  const story = row.kind === 'lead'
    ? `Headline of the story\n\n${row.text}\n\nThe story goes on in a second paragraph.\n`
    : row.kind === 'tail'
      ? `新闻标题\n\n这是新闻的第一段，讲述了事情的经过。\n\n${row.text}\n`
      : `Headline of the story\n\n${row.text}\n\nThe story is told in this one paragraph.\n`;
  const result = parseArticle(story, { lang: row.lang });
  if (!result.ok) return { names: null, place: null };
  const article = result.article;
  const names = row.kind === 'tail'
    ? (article.credits.length > 0 ? article.credits.flatMap((credit) => credit.names).join('|') : null)
    : (article.byline?.names.join('|') ?? null);
  return { names, place: article.dateline?.place ?? '-' };
}

const bylineResults = bylineRows.map(readByline);
const bylineReadings = bylineResults.map((result) => result.names);
const bylineShare = (keep) => {
  const picked = bylineRows.map((row, i) => [row, bylineReadings[i] === row.names]).filter(([row]) => keep(row));
  const ok = picked.filter(([, right]) => right).length;
  return { ok, n: picked.length, pct: picked.length ? (100 * ok) / picked.length : 0 };
};
console.log(`\nbylines in other scripts: ${bylineRows.length} lines (${bylineRows.filter((r) => r.heldout).length} held out), names right (wirestory header, lang given):`);
const bylineColumns = [
  ['all', () => true],
  ['held-out', (r) => r.heldout],
  ['after tuning', (r) => r.late],
  ['fresh 2026-11-29b', (r) => r.fresh7],
  ['split 2026-11-29b', (r) => r.split7],
  ['after tuning b', (r) => r.late7],
  ['tuned-on', (r) => !r.heldout],
  ...[...new Set(bylineRows.map((r) => `${r.lang} ${r.kind}`))].map((key) => [key, (r) => `${r.lang} ${r.kind}` === key]),
];
console.log(bylineColumns.map(([name, keep]) => `${name} ${cell(bylineShare(keep)).trim()}`).join(' · '));
if (values.list || values['list-tuning']) {
  for (const [index, row] of bylineRows.entries()) {
    if (!values.list && row.heldout) continue;
    const reading = bylineReadings[index];
    const place = row.dateline ? ` (dateline ${bylineResults[index].place}, truth ${row.dateline})` : '';
    console.log(`${reading === row.names ? '✓' : '✗'} ${row.heldout ? 'G' : ' '} ${row.lang} ${row.kind} ${row.names} ${JSON.stringify(row.text)} -> ${reading ?? '-'}${place}`);
  }
}
const datelineRows = bylineRows.map((row, index) => [row, bylineResults[index].place]).filter(([row]) => row.dateline);
const datelineCell = (keep) => {
  const picked = datelineRows.filter(([row]) => keep(row));
  return `${picked.filter(([row, place]) => place === row.dateline).length}/${picked.length}`;
};
console.log(
  `datelines of those lines (place right, \`-\` for none): all ${datelineCell(() => true)} · held-out ${datelineCell((r) => r.heldout)} · ` +
    `fresh 2026-11-29b ${datelineCell((r) => r.fresh7)} · split 2026-11-29b ${datelineCell((r) => r.split7)} · tuned-on ${datelineCell((r) => !r.heldout)}`,
);
