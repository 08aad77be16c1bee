/**
 * Stopwords per language, from the `stopword` package (one list per language, not hand-written),
 * and the measures the page stage takes with them: which language a text is in, and how much of
 * a line is stopwords (running prose is stopword-rich; menus, credits and teasers are not).
 */
import { deu, eng, fra, ind, ita, jpn, kor, nld, pol, por, rus, spa, swe, tur, ukr, zho } from 'stopword';
import { LATIN_BITS, LATIN_WORDS } from './stopword-table.js';
import { lazyPattern } from './openers.js';

export interface StopwordList {
  code: string;
  words: ReadonlySet<string>;
  /** True for scripts written without spaces (Chinese, Japanese): measured by substring. */
  unspaced: boolean;
}

const LISTS: Record<string, { words: readonly string[]; unspaced?: boolean }> = {
  en: { words: eng },
  de: { words: deu },
  fr: { words: fra },
  es: { words: spa },
  pt: { words: por },
  it: { words: ita },
  nl: { words: nld },
  ru: { words: rus },
  uk: { words: ukr },
  pl: { words: pol },
  id: { words: ind },
  tr: { words: tur },
  sv: { words: swe },
  ko: { words: kor },
  ja: { words: jpn, unspaced: true },
  zh: { words: zho, unspaced: true },
};

const cache = new Map<string, StopwordList>();
/** One language's list as a lower-cased set, built once and shared (page stage, language detection). */
export function list(code: string): StopwordList {
  let found = cache.get(code);
  if (!found) {
    const entry = LISTS[code]!;
    found = { code, words: new Set(entry.words.map((word) => word.toLowerCase())), unspaced: entry.unspaced ?? false };
    cache.set(code, found);
  }
  return found;
}

/** The languages of spaced scripts, in the order of {@link LISTS}: the ones {@link stopwordCounts} counts. */
export const SPACED_CODES: readonly string[] = Object.keys(LISTS).filter((code) => LISTS[code]!.unspaced !== true);

/**
 * Every word of the spaced lists with the languages listing it, as bits (bit i: `SPACED_CODES[i]`):
 * counting a text's stopwords in every language is then one lookup a word, not one a word and language.
 */
let languagesOfWord: Map<string, number> | undefined;

function wordLanguages(): Map<string, number> {
  if (!languagesOfWord) {
    const map = new Map<string, number>();
    SPACED_CODES.forEach((code, index) => {
      for (const word of list(code).words) map.set(word, (map.get(word) ?? 0) | (1 << index));
    });
    languagesOfWord = map;
  }
  return languagesOfWord;
}

/** How many of `words` (lower-cased) each language's list holds, indexed as {@link SPACED_CODES}. */
export function stopwordCounts(words: readonly string[]): number[] {
  const languages = wordLanguages();
  const counts = new Array<number>(SPACED_CODES.length).fill(0);
  for (const word of words) {
    countLanguages(counts, languages.get(word) ?? 0);
  }
  return counts;
}

/** Adds one to `counts[i]` for every bit i set in `languages`. */
function countLanguages(counts: number[], languages: number): void {
  for (let bits = languages; bits !== 0; bits &= bits - 1) counts[31 - Math.clz32(bits & -bits)]!++;
}

/** True for a character of language detection's words, `[a-zà-ɏ'’]` (`à` is U+00E0, `ɏ` U+024F). */
function isLatinWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xe0 && code <= 0x24f) || code === 0x27 || code === 0x2019;
}

/** FNV-1a over UTF-16 code units, as {@link latinStopwordCounts} computes it while reading a word. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const fnv = (hash: number, code: number): number => Math.imul(hash ^ code, FNV_PRIME);

/**
 * The spaced lists' words that can be a whole word of {@link latinStopwordCounts} (letters of
 * `[a-zà-ɏ'’]` only) with the languages listing each, as bits (bit i: `SPACED_CODES[i]`), in an
 * open-addressing table keyed by the words' hashes (linear probing), of {@link LATIN_SLOTS} slots.
 * Every story with Latin letters needs it, so it is not built at run time (hashing the four
 * thousand listed words was about 6 ms of CPU a one-story run): ./stopword-table.ts holds it,
 * written from the package's lists by {@link latinTableSource} (`npx tsx
 * test/tools/stopword-table.ts`; test/extract/stopwords.test.ts fails when the two differ).
 */
const LATIN_SLOTS = 8192;
/** Three characters a slot: its word's language bits, five a character from `0` (U+0030). */
const BITS_DIGIT = 0x30;

/**
 * {@link LATIN_SLOTS}'s table from the package's lists: its words in slot order (an empty string
 * for an empty slot), joined by spaces, and their language bits ({@link BITS_DIGIT}).
 */
export function latinTableSource(): { words: string; bits: string } {
  const mask = LATIN_SLOTS - 1;
  const slots = new Array<string>(LATIN_SLOTS).fill('');
  const bits = new Array<number>(LATIN_SLOTS).fill(0);
  SPACED_CODES.forEach((code, language) => {
    for (const listed of LISTS[code]!.words) {
      const word = listed.toLowerCase();
      if (!/^[a-zà-ɏ'’]+$/.test(word)) continue;
      let hash = FNV_OFFSET;
      for (let i = 0; i < word.length; i++) hash = fnv(hash, word.charCodeAt(i));
      let slot = hash & mask;
      while (slots[slot] !== '' && slots[slot] !== word) slot = (slot + 1) & mask;
      slots[slot] = word;
      bits[slot]! |= 1 << language;
    }
  });
  if (slots.filter((word) => word !== '').length * 2 > LATIN_SLOTS) throw new Error('stopword table more than half full');
  const digits = (set: number) => [10, 5, 0].map((shift) => String.fromCharCode(BITS_DIGIT + ((set >> shift) & 31))).join('');
  return { words: slots.join(' '), bits: bits.map(digits).join('') };
}

/**
 * The words of a lower-cased text (runs of `[a-zà-ɏ'’]`) and how many of them each language's
 * list holds (indexed as {@link SPACED_CODES}): the same numbers as matching
 * `/[a-zà-ɏ'’]+/g` and giving the words to {@link stopwordCounts}, without cutting a string per
 * word. Each run is hashed as it is read, looked up in a table of the lists' words, and a hit is
 * confirmed character by character. Language detection counts two samples a story this way
 * (test/extract/stopwords.test.ts compares the two ways).
 */
export function latinStopwordCounts(lower: string): { words: number; counts: number[] } {
  const counts = new Array<number>(SPACED_CODES.length).fill(0);
  let runs = 0;
  for (let i = 0; i < lower.length; ) {
    let code = lower.charCodeAt(i);
    if (!isLatinWordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    do {
      hash = fnv(hash, code);
      code = ++i < lower.length ? lower.charCodeAt(i) : 0;
    } while (isLatinWordChar(code));
    runs++;
    countLanguages(counts, latinLanguages(lower, start, i, hash));
  }
  return { words: runs, counts };
}

/**
 * The languages listing the word `lower.slice(start, end)` (letters of `[a-zà-ɏ'’]` only, its
 * FNV-1a `hash`), as bits: looked up in {@link LATIN_SLOTS}'s table, a hit confirmed character by
 * character.
 */
function latinLanguages(lower: string, start: number, end: number, hash: number): number {
  const words = latinWords ?? readLatinWords();
  const mask = LATIN_SLOTS - 1;
  const length = end - start;
  for (let slot = hash & mask; words[slot] !== ''; slot = (slot + 1) & mask) {
    // The length first: a probe past a word of another length costs no string compare.
    const word = words[slot]!;
    if (word.length === length && lower.startsWith(word, start)) return latinBits(slot);
  }
  return 0;
}

/**
 * For an ASCII text, in one pass: its letters (`[A-Za-z]`, what language detection counts as
 * Latin letters) and `latinStopwordCounts(text.toLowerCase())`, without lower-casing it (in
 * ASCII that only turns A–Z into a–z, so the words are the runs of `[A-Za-z']`, read lowered
 * unit by unit). Null as soon as a unit from 0x80 up shows the text is not ASCII.
 */
export function asciiLatinCounts(text: string): { letters: number; words: number; counts: number[] } | null {
  const counts = new Array<number>(SPACED_CODES.length).fill(0);
  let letters = 0;
  let runs = 0;
  for (let i = 0; i < text.length; ) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) return null;
    let lower = code | 0x20;
    if (!((lower >= 0x61 && lower <= 0x7a) || code === 0x27)) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    for (;;) {
      if (code === 0x27) hash = fnv(hash, code);
      else {
        letters++;
        hash = fnv(hash, lower);
      }
      if (++i >= text.length) break;
      code = text.charCodeAt(i);
      lower = code | 0x20;
      if (!((lower >= 0x61 && lower <= 0x7a) || code === 0x27)) break;
    }
    runs++;
    countLanguages(counts, asciiLatinLanguages(text, start, i, hash));
  }
  return { letters, words: runs, counts };
}

/** {@link latinLanguages} of the run `text.slice(start, end)` of `[A-Za-z']`, compared lowered. */
function asciiLatinLanguages(text: string, start: number, end: number, hash: number): number {
  const words = latinWords ?? readLatinWords();
  const mask = LATIN_SLOTS - 1;
  const length = end - start;
  for (let slot = hash & mask; words[slot] !== ''; slot = (slot + 1) & mask) {
    const word = words[slot]!;
    if (word.length !== length) continue;
    let k = 0;
    while (k < length) {
      const code = text.charCodeAt(start + k);
      if ((code === 0x27 ? code : code | 0x20) !== word.charCodeAt(k)) break;
      k++;
    }
    if (k === length) return latinBits(slot);
  }
  return 0;
}

/**
 * {@link LATIN_SLOTS}'s words read out of ./stopword-table.ts once, in slot order (an empty string
 * for an empty slot). Nothing else is worked out ahead: hashing every listed word again, to
 * compare hashes before words, was a loop over the 8,192 slots on a story's first language
 * detection, hot enough for V8 to optimize it (on-stack replacement) and the hash with it, about
 * 16M instructions of compiling on its helper threads in a one-story process.
 */
let latinWords: string[] | undefined;

function readLatinWords(): string[] {
  latinWords = LATIN_WORDS.split(' ');
  return latinWords;
}

/** The language bits of a slot of {@link LATIN_SLOTS}'s table: its three characters in LATIN_BITS ({@link BITS_DIGIT}). */
function latinBits(slot: number): number {
  const at = slot * 3;
  return ((LATIN_BITS.charCodeAt(at) - BITS_DIGIT) << 10) | ((LATIN_BITS.charCodeAt(at + 1) - BITS_DIGIT) << 5) | (LATIN_BITS.charCodeAt(at + 2) - BITS_DIGIT);
}

/** Built on first use (lazyPattern): an ASCII line, as most of an English story's are, takes {@link ASCII_WORD}. */
const WORD = lazyPattern(() => /[\p{L}\p{N}\p{M}'’]+/gu);

/**
 * Whether each UTF-16 code unit from U+0080 up is a character of {@link WORD} (a letter, number
 * or mark, or `’`): 0 not known yet, 1 yes, 2 no; filled in as characters are met.
 */
let wordUnits: Uint8Array | undefined;
let wordCodePoint: RegExp | undefined;

/** True when the code point `code` is a character of {@link WORD}. */
function isWordCodePoint(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || (code >= 0x41 && code <= 0x5a);
  wordCodePoint ??= /^[\p{L}\p{N}\p{M}'’]$/u;
  if (code > 0xffff) return wordCodePoint.test(String.fromCodePoint(code));
  wordUnits ??= new Uint8Array(0x10000);
  let known = wordUnits[code]!;
  if (known === 0) wordUnits[code] = known = wordCodePoint.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * The number of the first `limit` words of a lower-cased text (runs of {@link WORD}, as
 * {@link wordsOf} cuts them) and how many of them each language's list holds, indexed as
 * {@link SPACED_CODES}: the numbers of `stopwordCounts(wordsOf(text).slice(0, limit))`, without
 * matching the whole text nor cutting a string per word. A run of `[a-zà-ɏ'’]` (nearly every
 * word of a Latin-script text) is hashed as it is read and looked up in the table of
 * {@link latinStopwordCounts}, which holds every listed word of those letters; any other run is
 * cut and looked up in the lists (test/extract/stopwords.test.ts compares the two ways).
 */
export function firstWordCounts(lower: string, limit: number): { words: number; counts: number[] } {
  const counts = new Array<number>(SPACED_CODES.length).fill(0);
  let runs = 0;
  for (let i = 0; i < lower.length && runs < limit; ) {
    let code = lower.codePointAt(i)!;
    if (!isWordCodePoint(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let latin = true;
    let hash = FNV_OFFSET;
    do {
      if (latin && isLatinWordChar(code)) hash = fnv(hash, code);
      else latin = false;
      i += code > 0xffff ? 2 : 1;
      if (i >= lower.length) break;
      code = lower.codePointAt(i)!;
    } while (isWordCodePoint(code));
    runs++;
    countLanguages(counts, latin ? latinLanguages(lower, start, i, hash) : (wordLanguages().get(lower.slice(start, i)) ?? 0));
  }
  return { words: runs, counts };
}
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/gu;

/**
 * In ASCII text, {@link WORD}'s letters, numbers and marks are `[A-Za-z0-9]` (lower-cased,
 * `[a-z0-9]`) and `’` is absent: the same runs, found by a pattern without Unicode classes.
 */
const ASCII_WORD = /[a-z0-9']+/g;
const NON_ASCII = /[^\u0000-\u007F]/;

/** Lower-cased words of a line (runs of letters, digits and apostrophes). */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  return lower.match(NON_ASCII.test(lower) ? WORD() : ASCII_WORD) ?? [];
}

/**
 * The language whose stopwords cover most of `sample`, or null when none covers enough (a
 * language the package lists do not hold). Chinese and Japanese are told by their script.
 */
export function detectStopwords(sample: string): StopwordList | null {
  const han = sample.match(UNSPACED)?.length ?? 0;
  if (han > sample.length * 0.2) return list(/[\u3040-\u30ff]/u.test(sample) ? 'ja' : 'zh');
  const { words, counts } = firstWordCounts(sample.toLowerCase(), 4000);
  if (words === 0) return null;
  let best: StopwordList | null = null;
  let bestShare = 0;
  for (const [index, code] of SPACED_CODES.entries()) {
    const share = counts[index]! / words;
    if (share > bestShare) {
      best = list(code);
      bestShare = share;
    }
  }
  return bestShare >= 0.08 ? best : null;
}

/** Share of a line's words that are stopwords (for unspaced scripts: of its characters). */
export function stopwordShare(text: string, stopwords: StopwordList | null): number {
  if (stopwords === null) return 0;
  if (stopwords.unspaced) {
    const chars = text.match(UNSPACED)?.length ?? 0;
    if (chars === 0) return 0;
    let hits = 0;
    for (const word of stopwords.words) {
      if (word.length === 0) continue;
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) hits += word.length;
    }
    return Math.min(1, hits / chars);
  }
  const index = SPACED_CODES.indexOf(stopwords.code);
  if (index === -1) {
    const words = wordsOf(text);
    if (words.length === 0) return 0;
    let hits = 0;
    for (const word of words) if (stopwords.words.has(word)) hits++;
    return hits / words.length;
  }
  const { words, counts } = firstWordCounts(text.toLowerCase(), Infinity);
  return words === 0 ? 0 : counts[index]! / words;
}
