// Compares language-detection libraries on the corpus (../shared/corpus): accuracy per set,
// time per story on a bounded slice, and load time, each in a fresh process. The candidates are
// not dependencies of wirestory; install them somewhere and point NODE_PATH-like CANDIDATES_DIR
// at that folder:
//
//   mkdir /tmp/langcmp && cd /tmp/langcmp && npm init -y && npm install franc-min tinyld eld languagedetect
//   CANDIDATES_DIR=/tmp/langcmp node test/bench/language-compare.mjs
//
// The truth: BBC and Reuters-21578 are English, Fake.br Portuguese, pagedumps pages the
// `lang` of their <html> element (pages without one are left out; 0–3 ids are reported apart,
// the hold-out rule). Bodies shorter than 40 letters are left out (no library can tell those).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const corpus = process.env.WIRESTORY_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const dir = process.env.CANDIDATES_DIR;
const SLICE = 1500;
const ISO = { eng: 'en', por: 'pt', rus: 'ru', kor: 'ko', ita: 'it', ind: 'id', jpn: 'ja', deu: 'de', cmn: 'zh', spa: 'es', fra: 'fr', nld: 'nl', zlm: 'ms' };

function samples() {
  const out = [];
  const bbc = `${corpus}/bbc-news/bbc`;
  for (const cat of readdirSync(bbc).filter((f) => !f.includes('.'))) for (const f of readdirSync(`${bbc}/${cat}`)) out.push({ set: 'BBC (en)', lang: 'en', text: readFileSync(`${bbc}/${cat}/${f}`, 'latin1') });
  const sgm = readFileSync(`${corpus}/reuters21578/reut2-021.sgm`, 'latin1');
  for (const m of sgm.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) out.push({ set: 'Reuters (en)', lang: 'en', text: m[1] });
  const fake = `${corpus}/fakebr-true/full_texts/true`;
  for (const f of readdirSync(fake)) out.push({ set: 'Fake.br (pt)', lang: 'pt', text: readFileSync(`${fake}/${f}`, 'utf8') });
  const pages = `${corpus}/pagedumps`;
  for (const line of readFileSync(`${pages}/MANIFEST.tsv`, 'utf8').split('\n').slice(1)) {
    const [file, , , , id] = line.split('\t');
    if (!file?.startsWith('html/')) continue;
    const html = gunzipSync(readFileSync(`${pages}/${file}`)).toString('utf8', 0, 200000);
    const lang = /<html[^>]*\blang=["']?([A-Za-z]{2,3})/i.exec(html)?.[1]?.toLowerCase();
    if (!lang) continue;
    const truth = JSON.parse(readFileSync(`${pages}/truth/${id}.json`, 'utf8'));
    out.push({ set: /^[0-3]/.test(id) ? 'pages held out' : 'pages', lang, text: truth.body.join('\n') });
  }
  return out.filter((s) => (s.text.match(/\p{L}/gu)?.length ?? 0) >= 40);
}

async function load(name) {
  if (name === 'wirestory') { const { detectLanguage } = await import(new URL('../../dist/index.js', import.meta.url).href); return (s) => detectLanguage([s])?.code ?? null; }
  if (!dir) throw new Error('set CANDIDATES_DIR (see the top of this file)');
  const req = createRequire(`${dir}/`);
  const url = (spec) => new URL(`file://${req.resolve(spec)}`).href;
  if (name === 'franc-min') { const { franc } = await import(url('franc-min')); return (s) => ISO[franc(s)] ?? franc(s); }
  if (name === 'tinyld') { const m = await import(url('tinyld')); return (s) => m.detect(s); }
  if (name === 'tinyld/light') { const m = await import(url('tinyld/light')); return (s) => m.detect(s); }
  // eld's package exports are import-only: its entry files are named directly.
  if (name.startsWith('eld/')) { const m = await import(new URL(`node_modules/eld/src/entries/static.${name.slice(4)}.js`, `file://${dir}/`).href); const eld = m.eld ?? m.default; return (s) => eld.detect(s).language; }
  if (name === 'languagedetect') { const LD = (await import(url('languagedetect'))).default; const l = new LD(); l.setLanguageType('iso2'); return (s) => l.detect(s, 1)[0]?.[0] ?? null; }
  throw new Error(name);
}

if (process.argv[2] === '--one') {
  const name = process.argv[3];
  const t0 = performance.now();
  const detect = await load(name);
  const loadMs = performance.now() - t0;
  const all = samples();
  const texts = all.map((s) => s.text.slice(0, SLICE));
  const sets = {};
  texts.forEach((text, i) => {
    const set = (sets[all[i].set] ??= { ok: 0, n: 0 });
    set.n++;
    if (detect(text) === all[i].lang) set.ok++;
  });
  const times = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    for (const text of texts) detect(text);
    times.push((performance.now() - start) / texts.length);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ name, loadMs, perStoryMs: times[2], sets }));
} else {
  if (!dir) throw new Error('set CANDIDATES_DIR (see the top of this file)');
  const names = ['wirestory', 'franc-min', 'tinyld', 'tinyld/light', 'eld/small', 'eld/extrasmall', 'languagedetect'];
  const rows = names.map((name) => {
    const runs = [1, 2, 3].map(() => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', name], { encoding: 'utf8', env: process.env })));
    runs.sort((a, b) => a.loadMs - b.loadMs);
    return runs[1];
  });
  const setNames = Object.keys(rows[0].sets);
  console.log(`| library | ${setNames.join(' | ')} | import (ms, median of 3) | per story (ms, ${SLICE} chars) |`);
  console.log(`| --- | ${setNames.map(() => '---:').join(' | ')} | ---: | ---: |`);
  for (const row of rows) {
    console.log(`| ${row.name} | ${setNames.map((s) => `${row.sets[s].ok}/${row.sets[s].n}`).join(' | ')} | ${row.loadMs.toFixed(1)} | ${row.perStoryMs.toFixed(3)} |`);
  }
}
