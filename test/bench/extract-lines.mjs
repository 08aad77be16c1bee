// Line classes behind the extract bench's scores (issue #8): for the TUNING pagedumps (ids not
// starting 0-3), which input lines the parser keeps in the body that are not story text (false
// positives) and which story lines it takes out (false negatives, with the reason and kind).
//
//   npm run build && node test/bench/extract-lines.mjs [--pages article|full] [--worst N] [--show N]
//
// A line is story text when its normalized form occurs in the page's true body (white space
// collapsed, casefolded). Lines the truth only partly holds (a paragraph glued to a caption)
// count as neither. Held-out pages are never read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtLibrary, commentUsage, PAGEDUMPS_OPTION, readArgs } from './args.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = readArgs({
  options: {
    corpus: PAGEDUMPS_OPTION,
    pages: { type: 'string', default: 'article' },
    worst: { type: 'string', default: '15' },
    show: { type: 'string', default: '4' },
  },
}, commentUsage(import.meta.url));
const { parseArticle } = await builtLibrary(root);
const fold = (s) => s.normalize('NFKC').toLowerCase().replace(/[\s\u200b]+/g, ' ').trim();
const words = (s) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

const dir = join(values.corpus, values.pages);
const ids = readdirSync(dir).filter((f) => f.endsWith('.txt') && !/^[0-3]/.test(f)).map((f) => f.slice(0, -4)).sort();
const classes = new Map();
const pages = [];
function note(key, id, text, n) {
  const c = classes.get(key) ?? { lines: 0, words: 0, pages: new Set(), examples: [] };
  c.lines++;
  c.words += n;
  c.pages.add(id);
  if (c.examples.length < Number(values.show)) c.examples.push(`${id}: ${text.slice(0, 110)}`);
  classes.set(key, c);
}
for (const id of ids) {
  const bytes = readFileSync(join(dir, `${id}.txt`));
  const truth = JSON.parse(readFileSync(join(values.corpus, 'truth', `${id}.json`), 'utf8'));
  const truthText = fold(truth.body.join(' '));
  const result = parseArticle(bytes, { fileName: `${id}.txt` });
  if (!result.ok) continue;
  const removed = new Map(result.article.removed.map((r) => [r.line, r]));
  const lines = bytes.toString('utf8').split(/\r\n|\r|\n/);
  let fp = 0;
  let fn = 0;
  lines.forEach((raw, i) => {
    const text = raw.trim().replace(/\s+/g, ' ');
    if (text === '') return;
    const n = words(text).length;
    if (n === 0) return;
    const story = truthText.includes(fold(text.replace(/^[•◦○●□■☆★▪▫▸►‣⁃*+·-]\s/u, "")));
    const r = removed.get(i + 1);
    if (story && r) {
      fn += n;
      note(`FN ${r.reason}${r.kind ? `/${r.kind}` : ''}`, id, text, n);
    } else if (!story && !r) {
      // Partly-held lines (glued paragraphs) are not clutter: skip lines most of whose words the truth holds.
      const held = words(text).filter((w) => truthText.includes(w)).length;
      if (held / n > 0.8 && n > 5) return;
      fp += n;
      note(`FP ${n <= 3 ? 'short' : n <= 12 ? 'mid' : 'long'}`, id, text, n);
    }
  });
  pages.push({ id, fp, fn, truth: words(truth.body.join(' ')).length });
}
console.log(`${values.pages}: ${pages.length} tuning pages`);
console.log('\nworst pages by words wrong (FP + FN) / truth words:');
for (const p of pages.sort((a, b) => (b.fp + b.fn) / b.truth - (a.fp + a.fn) / a.truth).slice(0, Number(values.worst))) {
  console.log(`  ${p.id} FP ${p.fp} FN ${p.fn} of ${p.truth}`);
}
console.log('\nline classes (words, lines, pages):');
for (const [key, c] of [...classes].sort((a, b) => b[1].words - a[1].words)) {
  console.log(`${key.padEnd(28)} ${String(c.words).padStart(6)} ${String(c.lines).padStart(5)} ${String(c.pages.size).padStart(4)}`);
  for (const e of c.examples) console.log(`    ${e}`);
}
