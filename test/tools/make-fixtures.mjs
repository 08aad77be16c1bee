// Rebuilds the corpus fixtures under fixtures/ (seed, bbc, reuters, reuters-unproc, horne,
// fakebr) and their truth.json files from the raw corpora in ../shared/corpus/.
//
//   node test/tools/make-fixtures.mjs
//
// WIRESTORY_CORPUS overrides the corpus folder (default: <repo>/../shared/corpus/) and
// WIRESTORY_OUT the output root (default: <repo>/fixtures/). Only the six folders named above
// are replaced; fixtures/SOURCES.md and anything else in the output root are left alone.
// The output depends on the corpus bytes only: names are sorted by UTF-16 code units, JSON keys
// come out in a fixed order, and nothing reads the clock, the locale or the time zone.
// fixtures/SOURCES.md describes every folder and the truth.json format.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpusDir = process.env.WIRESTORY_CORPUS || fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const outDir = process.env.WIRESTORY_OUT || fileURLToPath(new URL('../../fixtures/', import.meta.url));

const seedFile = join(corpusDir, '..', 'seed', 'pompeo-lavrov-sochi.txt');
const bbcDir = join(corpusDir, 'bbc-news', 'bbc');
const reutersFile = join(corpusDir, 'reuters21578', 'reut2-021.sgm');
const horneDir = join(corpusDir, 'horne2017-fakenewsdata1', 'Public Data');
const horneDatasets = [
  { name: 'buzzfeed', dir: 'Buzzfeed Political News Dataset' },
  { name: 'random', dir: 'Random Poltical News Dataset' },
];
const fakebrDir = join(corpusDir, 'fakebr-true', 'full_texts');


// ---------------------------------------------------------------------------------------------
// helpers

const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (names) => [...names].sort(byCodeUnit);
const txtFiles = (dir) => sorted(readdirSync(dir).filter((name) => name.endsWith('.txt')));

function fail(message) {
  throw new Error(`make-fixtures: ${message}`);
}

/** `ascii` when every byte is < 0x80, `utf-8` when the bytes are valid UTF-8, else `windows-1252`. */
function encodingOf(bytes) {
  if (bytes.every((b) => b < 0x80)) return 'ascii';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

// WHATWG index-windows-1252 for 0x80–0x9F; every other byte maps to the same code point.
// Spelled out because Node's own `new TextDecoder('windows-1252')` decodes as Latin-1 since
// v20.18.3 / v22.13.0 (0x93 → U+0093 instead of “), see nodejs/node#60888 and #56542.
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function decodeCp1252(bytes) {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b);
  return text;
}

/** Bytes → text: UTF-8 (BOM dropped) when valid, else Windows-1252. */
function decode(bytes) {
  const encoding = encodingOf(bytes);
  const text = encoding === 'windows-1252' ? decodeCp1252(bytes) : new TextDecoder('utf-8').decode(bytes);
  return { encoding, text };
}

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

function writeTruth(dir, truth) {
  const ordered = {};
  for (const key of sorted(Object.keys(truth))) ordered[key] = truth[key];
  writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(ordered, null, 2)}\n`);
}

/**
 * Files in a fixture folder that this script does not make: goldens (`name.expected.json`,
 * written by `wirestory validate --update`) and validate's per-folder settings. A rebuild keeps them.
 */
const isKept = (name) => /\.expected\.(json|md)$/.test(name) || name === '.wirestory-validate.json';

/** Empties a folder of what this script made (stories and truth.json), keeping goldens and settings. */
function freshDir(name) {
  const dir = join(outDir, name);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) if (!isKept(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
  return dir;
}

// ---------------------------------------------------------------------------------------------
// seed: the design example. Its truth is fixed by hand (it has no upstream metadata) and checked
// against the text so an edited seed fails loudly instead of producing wrong truth.

function makeSeed() {
  const dir = freshDir('seed');
  const name = 'pompeo-lavrov-sochi.txt';
  copyFileSync(seedFile, join(dir, name));
  const text = readFileSync(seedFile, 'utf8');
  const blocks = text.split(/\n[ \t]*\n/).map((b) => b.trim()).filter(Boolean);
  const title = 'Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi';
  if (blocks[0] !== title) fail(`seed: line 1 is not the expected title: ${JSON.stringify(blocks[0])}`);
  if (blocks[1] !== '14.05.2019 16:24') fail(`seed: block 2 is not the timestamp: ${JSON.stringify(blocks[1])}`);
  if (blocks[2] !== `${title} ${title}`) fail('seed: block 3 is not the headline repeated twice');
  writeTruth(dir, {
    [name]: {
      title,
      timestampIso: '2019-05-14T16:24:00',
      duplicateHeadline: true,
      paragraphCount: blocks.length - 3,
    },
  });
  return 1;
}

// ---------------------------------------------------------------------------------------------
// BBC: byte-identical copies; truth from the documented layout.

function makeBbc() {
  const dir = freshDir('bbc');
  const truth = {};
  for (const category of sorted(readdirSync(bbcDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name))) {
    for (const file of txtFiles(join(bbcDir, category))) {
      const name = `${category}-${file}`;
      const bytes = readFileSync(join(bbcDir, category, file));
      writeFileSync(join(dir, name), bytes);
      const { encoding, text } = decode(bytes);
      const lines = text.split('\n');
      const blank = lines.findIndex((line, i) => i > 0 && line.trim() === '');
      if (blank < 0) fail(`bbc/${category}/${file}: no blank line after the title`);
      truth[name] = {
        title: lines[0].trim(),
        // Two files print an HTML character reference (`communiqu&#233;`): the reader sees é.
        body: lines.slice(blank + 1).map((line) => collapse(decodeSgml(line))).filter(Boolean),
        timestamp: null,
        encoding,
      };
    }
  }
  writeTruth(dir, truth);
  return Object.keys(truth).length;
}

// ---------------------------------------------------------------------------------------------
// Reuters-21578: SGML → plain wire copy.

const MONTHS = { JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12' };

/** SGML entities → text. Numeric references to control characters (&#2; &#3; &#27; …) are dropped. */
function decodeSgml(s) {
  return s
    .replace(/&#(\d+);/g, (_, n) => {
      const code = Number(n);
      return code < 32 || code === 127 ? '' : String.fromCodePoint(code);
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function tag(name, element) {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(element);
  return match ? match[1] : null;
}

function isoSeconds(dateText, id) {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d)(?:\.\d+)?\s*$/.exec(dateText);
  if (!m || !MONTHS[m[2]]) fail(`reuters ${id}: unexpected DATE ${JSON.stringify(dateText)}`);
  return `${m[3]}-${MONTHS[m[2]]}-${m[1].padStart(2, '0')}T${m[4]}:${m[5]}:${m[6]}`;
}

/** Paragraphs of a BODY: a line that starts with whitespace starts a new paragraph. */
function reutersParagraphs(body) {
  const paragraphs = [];
  let current = [];
  for (const line of body.split('\n')) {
    if (/^\s/.test(line) && current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line);
  }
  paragraphs.push(current);
  return paragraphs.map((lines) => collapse(lines.join(' '))).filter(Boolean);
}

/** Hand-checked facts about the three TYPE="UNPROC" stories (the text has no tags to read them from). */
const UNPROC_TRUTH = {
  21058: { title: 'VENEZUELA SAYS OPEC OIL OUTPUT 0VER 18 MLN BPD', datelinePlace: 'CARACAS' },
  21082: { title: 'NATIONAL GUARDIAN <NATG.O> ACQUIRES ALARM FIRM', datelinePlace: 'GREENWICH, Conn.' },
  21212: { title: 'SOCIETY FOR SAVINGS BANCORP INC <SOCS.O> 3RD QTR', datelinePlace: 'HARTFORD, Conn.' },
};

function makeReuters() {
  const dir = freshDir('reuters');
  const unprocDir = freshDir('reuters-unproc');
  const sgml = readFileSync(reutersFile, 'latin1');
  const truth = {};
  const unprocTruth = {};
  const elements = [...sgml.matchAll(/<REUTERS([^>]*)>([\s\S]*?)<\/REUTERS>/g)];
  for (const [, attributes, element] of elements) {
    const id = /NEWID="(\d+)"/.exec(attributes)?.[1] ?? fail(`reuters: element without NEWID: ${attributes}`);
    const type = /<TEXT TYPE="(\w+)"/.exec(element)?.[1] ?? null;
    const dateText = (tag('DATE', element) ?? fail(`reuters ${id}: no DATE`)).trim();
    if (type === 'BRIEF') continue;

    if (type === 'UNPROC') {
      const hand = UNPROC_TRUTH[id] ?? fail(`reuters ${id}: UNPROC story without hand-checked truth`);
      const raw = /<TEXT TYPE="UNPROC">([\s\S]*?)<\/TEXT>/.exec(element)[1];
      const text = `${decodeSgml(raw).replace(/^\n+/, '').trimEnd()}\n`;
      if (!text.startsWith(hand.title)) fail(`reuters ${id}: UNPROC text does not start with its title`);
      writeFileSync(join(unprocDir, `${id}.txt`), text);
      unprocTruth[`${id}.txt`] = {
        title: hand.title,
        byline: null,
        datelinePlace: hand.datelinePlace,
        sgmlDateText: dateText,
        sgmlIsoSeconds: isoSeconds(dateText, id),
      };
      continue;
    }
    if (type !== null) fail(`reuters ${id}: unknown TEXT TYPE ${type}`);

    const title = tag('TITLE', element);
    const dateline = tag('DATELINE', element);
    const body = tag('BODY', element);
    if (title === null || dateline === null || body === null) continue;
    const author = tag('AUTHOR', element);

    const titleText = decodeSgml(title);
    const datelineText = decodeSgml(dateline);
    const bodyText = decodeSgml(body);
    const authorText = author === null ? null : decodeSgml(author);
    if (/\n/.test(titleText) || (authorText !== null && /\n/.test(authorText))) fail(`reuters ${id}: TITLE or AUTHOR spans lines`);

    const lines = [titleText, dateText];
    if (authorText !== null) lines.push(authorText.trimEnd());
    let story = `${lines.join('\n')}\n${datelineText}${bodyText}`;
    if (!story.endsWith('\n')) story += '\n';
    writeFileSync(join(dir, `${id}.txt`), story);

    const datelineTrimmed = collapse(datelineText);
    const place = /^(.*?),?\s+[A-Za-z]{3}\.?\s+\d{1,2}\s*-$/.exec(datelineTrimmed)?.[1];
    if (!place) fail(`reuters ${id}: DATELINE without a "<place>, <Mon> <day> -" shape: ${JSON.stringify(datelineTrimmed)}`);

    const paragraphs = reutersParagraphs(bodyText);
    const last = paragraphs.length - 1;
    if (/^reuter$/i.test(paragraphs[last])) paragraphs.pop();
    else if (/\sreuter$/i.test(paragraphs[last])) paragraphs[last] = paragraphs[last].replace(/\s+reuter$/i, '');
    else fail(`reuters ${id}: no Reuter sign-off`);
    paragraphs[0] = `${datelineTrimmed} ${paragraphs[0]}`;

    truth[`${id}.txt`] = {
      title: collapse(titleText),
      dateText,
      isoSeconds: isoSeconds(dateText, id),
      byline: authorText === null ? null : collapse(authorText).replace(/^By\s+/, ''),
      dateline: datelineTrimmed,
      datelinePlace: place,
      datelineOnOwnLine: /\n/.test(datelineText),
      paragraphs,
    };
  }
  writeTruth(dir, truth);
  writeTruth(unprocDir, unprocTruth);
  for (const id of Object.keys(UNPROC_TRUTH)) if (!unprocTruth[`${id}.txt`]) fail(`reuters ${id}: hand-checked UNPROC story not found`);
  return { reuters: Object.keys(truth).length, unproc: Object.keys(unprocTruth).length };
}

// ---------------------------------------------------------------------------------------------
// Horne & Adali 2017: title file + CRLF CRLF + body file, bytes unchanged.

function makeHorne() {
  const dir = freshDir('horne');
  const truth = {};
  for (const { name: dataset, dir: datasetDir } of horneDatasets) {
    const bodies = join(horneDir, datasetDir, 'Real');
    const titles = join(horneDir, datasetDir, 'Real_titles');
    for (const file of txtFiles(bodies)) {
      const titleFile = join(titles, file);
      if (!existsSync(titleFile)) fail(`horne ${dataset}/${file}: no title file`);
      let titleBytes = readFileSync(titleFile);
      let end = titleBytes.length;
      while (end > 0 && (titleBytes[end - 1] === 0x0d || titleBytes[end - 1] === 0x0a)) end--;
      titleBytes = titleBytes.subarray(0, end);
      const bodyBytes = readFileSync(join(bodies, file));
      const story = Buffer.concat([titleBytes, Buffer.from('\r\n\r\n'), bodyBytes]);
      const name = `${dataset}-${file}`;
      writeFileSync(join(dir, name), story);

      const title = collapse(decode(titleBytes).text);
      const body = decode(bodyBytes).text;
      truth[name] = {
        title,
        encoding: encodingOf(story),
        paragraphCount: body.split('\r\n\r\n').filter((block) => block.trim() !== '').length,
        titleInBody: collapse(body).includes(title),
      };
    }
  }
  writeTruth(dir, truth);
  return Object.keys(truth).length;
}

// ---------------------------------------------------------------------------------------------
// Fake.br: byte-identical copies; truth from the -meta.txt file.

/**
 * Multi-line texts whose first line is not a title (hand-checked against the URL slug):
 * 1 (Estadão blog: line 1 is the lead paragraph) and 352 (G1: starts with the lead).
 */
const FAKEBR_UNTITLED = new Set(['1', '352']);

function makeFakebr() {
  const dir = freshDir('fakebr');
  const truth = {};
  const texts = join(fakebrDir, 'true');
  for (const file of txtFiles(texts)) {
    const n = file.slice(0, -'.txt'.length);
    const bytes = readFileSync(join(texts, file));
    writeFileSync(join(dir, file), bytes);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // strips the BOM
    const meta = readFileSync(join(fakebrDir, 'true-meta-information', `${n}-meta.txt`), 'utf8').split(/\r?\n/);
    if (meta.length < 4) fail(`fakebr ${n}: meta file has fewer than 4 lines`);
    const kind = /[\r\n]/.test(text) ? 'multiline' : 'flattened';
    const author = meta[0].trim();
    truth[file] = {
      date: meta[3].trim(),
      author: author === 'None' ? null : author,
      url: meta[1].trim(),
      kind,
      title: kind === 'multiline' && !FAKEBR_UNTITLED.has(n) ? text.split(/\r?\n/)[0].trim() : null,
      bom,
    };
  }
  writeTruth(dir, truth);
  return Object.keys(truth).length;
}

// ---------------------------------------------------------------------------------------------

if (!existsSync(corpusDir)) fail(`corpus folder ${corpusDir} not found (set WIRESTORY_CORPUS)`);
mkdirSync(outDir, { recursive: true });
const counts = { seed: makeSeed(), bbc: makeBbc(), ...makeReuters(), horne: makeHorne(), fakebr: makeFakebr() };
process.stdout.write(`make-fixtures: wrote ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')} into ${outDir}\n`);
