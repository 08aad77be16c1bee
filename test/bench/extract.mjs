// Extraction accuracy on scraped article pages (issue #8), the way the article-extraction field
// measures it, for wirestory next to a keep-every-line baseline:
//
//   npm run bench:extract [-- --corpus DIR] [--pages article|full|both] [--list]
//
// Corpus: /work/shared/corpus/pagedumps (override with --corpus or WIRESTORY_PAGEDUMPS):
// `article/<id>.txt` (the article area of a page) and `full/<id>.txt` (the whole page, w3m dump),
// with the truth in `truth/<id>.json` (`title`, `body` paragraphs).
//
// Per page: body token precision, recall and F1 against the truth (tokens are casefolded `\w+`
// runs counted with multiplicity, each CJK character one token, as the corpus README counts
// words), and title right or wrong. A title is right when, folded (case, white space, quote
// marks), it equals the true title or the true title minus a trailing site name after ` - `,
// ` | `, ` – `, ` — ` or ` :: ` (og:title often carries one: "… | The Beachbody Blog").
// og:title is what the site gives to social media; the headline printed on the page can differ
// ("Julian Assange: Sweden drops rape investigation" over og:title "Sweden drops Assange rape
// investigation"). The `h1` column also counts a title right when it equals the page's <h1>, if
// the HTML has exactly one (149 of the 181 pages), folded the same way.
// Figures are means over pages. Pages whose id starts with 0-3 are held out of tuning and are
// reported on their own line.
//
// Title ceiling: a line-based extractor can only return a line of the text, so the second table
// counts, per set, the pages that carry the true title or a headline <h1> (the only one, or the
// first of three words or more when the page has several: 9to5Mac's headline over its `Guides`
// headings) as a line of the text (`reach`, folded as above): the reachable ceiling. `right` is
// the titles right (og:title or such an <h1>) on those pages; `miss` the pages among them given no title; `wrong` the pages given a
// wrong line as title (worse than none); `none ok` the pages whose headline is not a line of the
// text at all (an article area starting at the lead or a caption) given no title, which is the
// right answer there; `answered` is right plus none ok over all pages. In `--list`, a wrong title is `BAD`, no title where one was reachable
// `miss`, and no title where none was `none`.
//
// Baseline "keep every line": title = the first non-blank line, body = every other line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { builtLibrary, commentUsage, PAGEDUMPS_OPTION, readArgs } from './args.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = readArgs({
  options: {
    corpus: PAGEDUMPS_OPTION,
    pages: { type: 'string', default: 'both' },
    list: { type: 'boolean', default: false },
  },
}, commentUsage(import.meta.url));
const { parseArticle } = await builtLibrary(root);
const { decodeHTML } = createRequire(join(root, 'package.json'))('entities');

/**
 * The page's <h1> headings, as text (none when the corpus has no HTML for the page): `only` is
 * the only one (null when there are none or several), `first` the first of three words or more
 * (a page with several often heads its story with the first: 9to5Mac over `Guides`, Slate over
 * `More on Slate Book Review`).
 */
function pageH1(id) {
  const manifest = join(values.corpus, 'MANIFEST.tsv');
  if (!existsSync(manifest)) return { only: null, first: null };
  htmlFiles ??= new Map(readFileSync(manifest, 'utf8').trim().split('\n').slice(1).map((row) => row.split('\t')).filter(([file]) => file.startsWith('html/')).map(([file, , , , page]) => [page, file]));
  const file = htmlFiles.get(id);
  if (file === undefined || !existsSync(join(values.corpus, file))) return { only: null, first: null };
  const html = gunzipSync(readFileSync(join(values.corpus, file))).toString('utf8');
  const h1s = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/giu)].map((m) => decodeHTML(m[1].replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
  return { only: h1s.length === 1 ? h1s[0] : null, first: h1s.find((text) => text.split(' ').length >= 3) ?? null };
}
let htmlFiles;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
function tokens(text) {
  const out = [];
  for (const run of text.toLowerCase().match(/[\p{L}\p{N}_\p{M}]+/gu) ?? []) {
    if (!CJK.test(run)) {
      out.push(run);
      continue;
    }
    let word = '';
    for (const ch of run) {
      if (CJK.test(ch)) {
        if (word) out.push(word);
        word = '';
        out.push(ch);
      } else word += ch;
    }
    if (word) out.push(word);
  }
  return out;
}
function bag(list) {
  const counts = new Map();
  for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
function prf(got, truth) {
  const g = bag(got);
  const t = bag(truth);
  let common = 0;
  for (const [token, n] of g) common += Math.min(n, t.get(token) ?? 0);
  const precision = got.length === 0 ? (truth.length === 0 ? 1 : 0) : common / got.length;
  const recall = truth.length === 0 ? 1 : common / truth.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
const foldTitle = (s) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[\s\u200b]+/g, ' ')
    .trim();
function titleRight(got, truth) {
  if (got === null || got === undefined) return false;
  const g = foldTitle(got);
  const t = foldTitle(truth);
  if (g === t) return true;
  for (const sep of [' - ', ' | ', ' – ', ' — ', ' :: ', ' · ']) {
    const at = t.lastIndexOf(sep);
    if (at > 0 && t.slice(0, at).trim() === g) return true;
    const first = t.indexOf(sep);
    if (first > 0 && t.slice(first + sep.length).trim() === g) return true;
  }
  return false;
}

function baseline(text) {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
  return { title: lines[0] ?? null, body: lines.slice(1).join('\n') };
}
function wirestory(bytes, file) {
  const result = parseArticle(bytes, { fileName: file });
  if (!result.ok) return { title: null, body: '' };
  return { title: result.article.title, body: result.article.body.join('\n') };
}

/** Whether the true title or the page's <h1> is a line of the text, folded as titles are. */
function reachable(text, truth, headings) {
  return text.split(/\r\n|\r|\n/).some((line) => line.trim() !== '' && (titleRight(line, truth) || headingRight(line, headings)));
}
/** `title` equals one of `headings` (<h1> texts or null), folded. */
const headingRight = (title, headings) => title !== null && headings.some((h) => h !== null && foldTitle(title) === foldTitle(h));

const kinds = values.pages === 'both' ? ['article', 'full'] : [values.pages];
const mean = (xs) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const f3 = (x) => x.toFixed(3);
const pct = (x) => `${Math.round(x * 100)}%`.padStart(4);

/** `ok` (og:title), `h1` (an <h1>), `BAD` (a wrong line), `miss` (none, a line was right) or `none` (none, and no line was). */
function titleMark(r) {
  const w = r.wirestory;
  if (w.title) return 'ok';
  if (w.headline) return 'h1';
  if (w.got !== null) return 'BAD';
  return r.reach ? 'miss' : 'none';
}
const ceilings = [];
/** One row of the title-ceiling table for `subset`. */
function ceiling(label, subset) {
  const reach = subset.filter((r) => r.reach);
  const count = (list, mark) => list.filter((r) => mark.includes(titleMark(r))).length;
  const share = (n, of) => `${n}/${of}`.padStart(7) + ` ${of === 0 ? '  - ' : pct(n / of)}`;
  const unreachable = subset.length - reach.length;
  return (
    `${label.padEnd(18)}${String(subset.length).padStart(4)}  ${share(reach.length, subset.length)}  ${share(count(reach, ['ok', 'h1']), reach.length)}` +
    `  ${String(count(reach, ['miss'])).padStart(4)}  ${String(count(subset, ['BAD'])).padStart(5)}  ${share(count(subset, ['none']), unreachable)}` +
    `  ${share(count(subset, ['ok', 'h1', 'none']), subset.length)}`
  );
}

console.log(`corpus ${values.corpus}`);
console.log('set       pages   system     P      R      F1    title   h1');
for (const kind of kinds) {
  const dir = join(values.corpus, kind);
  const ids = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const rows = [];
  for (const id of ids) {
    const bytes = readFileSync(join(dir, `${id}.txt`));
    const truth = JSON.parse(readFileSync(join(values.corpus, 'truth', `${id}.json`), 'utf8'));
    const truthTokens = tokens(truth.body.join('\n'));
    const row = { id, heldOut: /^[0-3]/.test(id) };
    const h1 = pageH1(id);
    const headings = [h1.only, h1.first];
    row.reach = reachable(bytes.toString('utf8'), truth.title, headings);
    for (const [name, run] of [['wirestory', () => wirestory(bytes, `${id}.txt`)], ['baseline', () => baseline(bytes.toString('utf8'))]]) {
      const out = run();
      const title = titleRight(out.title, truth.title);
      const h1Right = title || headingRight(out.title, [h1.only]);
      const headline = title || headingRight(out.title, headings);
      row[name] = { ...prf(tokens(out.body), truthTokens), title, h1: h1Right, headline, got: out.title, truthTitle: truth.title };
    }
    rows.push(row);
  }
  for (const [label, subset] of [['all', rows], ['held-out', rows.filter((r) => r.heldOut)], ['tuning', rows.filter((r) => !r.heldOut)]]) {
    for (const name of ['wirestory', 'baseline']) {
      const s = subset.map((r) => r[name]);
      console.log(
        `${`${kind}/${label}`.padEnd(18)}${String(subset.length).padStart(4)}   ${name.padEnd(9)} ${f3(mean(s.map((x) => x.precision)))}  ${f3(mean(s.map((x) => x.recall)))}  ${f3(mean(s.map((x) => x.f1)))}  ${pct(mean(s.map((x) => (x.title ? 1 : 0))))}  ${pct(mean(s.map((x) => (x.h1 ? 1 : 0))))}`,
      );
    }
  }
  ceilings.push(...[['all', rows], ['held-out', rows.filter((r) => r.heldOut)], ['tuning', rows.filter((r) => !r.heldOut)]].map(([label, subset]) => ceiling(`${kind}/${label}`, subset)));
  if (values.list) {
    for (const r of rows) {
      const w = r.wirestory;
      console.log(`${kind} ${r.id}${r.heldOut ? '*' : ' '} P ${f3(w.precision)} R ${f3(w.recall)} F1 ${f3(w.f1)} title ${titleMark(r).padEnd(4)} ${JSON.stringify(w.got)} | ${JSON.stringify(w.truthTitle)}`);
    }
  }
}
console.log('\ntitle ceiling     pages        reach        right   miss  wrong      none ok     answered');
for (const line of ceilings) console.log(line);
