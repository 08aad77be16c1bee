/**
 * The language of a story, from its body. Cheap by design: a bounded slice of the body is
 * looked at, and two pre-checks settle most stories without the detection library:
 *
 * 1. the script: kana is Japanese, Hangul Korean, Han alone Chinese, Greek, Hebrew, Thai;
 *    Cyrillic with `ы`/`э`/`ъ` and none of `і`/`ї`/`є`/`ґ` is Russian, the reverse Ukrainian;
 * 2. stopwords (the `stopword` package's lists): when one language's stopwords cover a fifth of
 *    the words and no other language comes within 60 % of it, that is the language. Clean
 *    English, German, French, Spanish, Portuguese … prose is settled here.
 *
 * Only what is left (Arabic script, other Cyrillic, Latin text without a clear stopword winner)
 * goes to franc-min's ranking (./franc.ts, loaded on first use). Confidence is always the margin over the runner-up:
 * `1 - runnerUp / best` (scores of scripts, stopword shares or franc's own scores), rounded
 * to two decimals; below {@link MIN_CONFIDENCE} the answer is null (tables of figures, lists of
 * names: nothing to tell a language by).
 */
import type { Language } from '../schema/article.js';
import { checkCatalan, CATALAN_NEIGHBOURS } from './catalan.js';
import { topLanguages } from './franc.js';
import { checkFinnish } from './finnish.js';
import { checkSwedish } from './scandinavian.js';
import { asciiLatinCounts, latinStopwordCounts, SPACED_CODES } from './stopwords.js';

/** How much of the body is looked at (characters): enough for a sure answer, bounded cost. */
export const SAMPLE_CHARACTERS = 1500;
/** Fewer letters than this in the sample: too short to tell, `language` is null. */
export const MIN_LETTERS = 40;
/** A pre-check or franc answer with a smaller margin over the runner-up is no answer. */
export const MIN_CONFIDENCE = 0.1;

/** Share of the sample's words a language's stopwords must cover to settle it without franc. */
const STOPWORD_SHARE = 0.2;
/**
 * The share for languages that build words with suffixes, where the same list covers about half
 * as much of a text: Turkish news prose has 15 % of its words in the `stopword` package's list
 * (fixtures/languages/tr-bloomberght.txt: 25 of 161), English and Romance prose 40 % and more.
 * franc cannot settle it either: its runner-ups score within 0.04 of Turkish.
 */
const STOPWORD_SHARE_OF: Partial<Record<(typeof STOPWORD_CODES)[number], number>> = { tr: 0.1 };
/** The runner-up's share must be at most this fraction of the winner's. */
const STOPWORD_MARGIN = 0.6;

/** Languages settled by stopwords alone, in the order ties are broken. */
const STOPWORD_CODES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'tr', 'id', 'sv'] as const;

/** Where each of {@link STOPWORD_CODES} is in the counts of `latinStopwordCounts`. */
const COUNT_INDEX = STOPWORD_CODES.map((code) => SPACED_CODES.indexOf(code));

/**
 * franc-min's ISO 639-3 codes with an ISO 639-1 code. The others (Cebuano, Madurese, Ilocano,
 * Saraiki, Maithili, Bhojpuri, Magahi, Hmong, Chhattisgarhi) have none and give null.
 */
const ISO_639_1: Record<string, string> = {
  spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it',
  tur: 'tr', pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'ff', bos: 'bs', hrv: 'hr',
  nld: 'nl', srp: 'sr', ckb: 'ku', yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', tgl: 'tl', hun: 'hu',
  azj: 'az', ces: 'cs', run: 'rn', plt: 'mg', qug: 'qu', nya: 'ny', zyb: 'za', kin: 'rw', zul: 'zu',
  swe: 'sv', lin: 'ln', som: 'so', rus: 'ru', ukr: 'uk', koi: 'kv', bel: 'be', bul: 'bg', kaz: 'kk',
  arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps', hin: 'hi', mar: 'mr', npi: 'ne',
};

/** The first paragraphs of the body, up to {@link SAMPLE_CHARACTERS}. */
export function sampleOf(paragraphs: readonly string[]): string {
  // Joined once (one flat string) rather than added to piece by piece (a chain of strings that
  // the first read of a character flattens). Empty paragraphs before the first text add nothing.
  let first = 0;
  while (first < paragraphs.length && paragraphs[first] === '') first++;
  let end = first;
  let length = -1;
  while (end < paragraphs.length && length < SAMPLE_CHARACTERS) length += paragraphs[end++]!.length + 1;
  if (end - first === 1) return paragraphs[first]!.slice(0, SAMPLE_CHARACTERS);
  const sample = paragraphs.slice(first, end).join('\n');
  return sample.length > SAMPLE_CHARACTERS ? sample.slice(0, SAMPLE_CHARACTERS) : sample;
}

/** Detects the language of the body, or null when it is too short or unclear. */
export function detectLanguage(paragraphs: readonly string[]): Language | null {
  return detect(paragraphs, true, null);
}

/**
 * The pre-checks alone (script, stopwords), never franc: a cheap guess for choosing which
 * vocabularies to try first, or null where only franc could tell.
 */
export function guessLanguage(paragraphs: readonly string[]): Language | null {
  return detect(paragraphs, false, null);
}

/** The counts of an ASCII sample (`asciiLatinCounts`). */
type AsciiCounts = NonNullable<ReturnType<typeof asciiLatinCounts>>;

/**
 * An ASCII sample as {@link guessLanguage} counted it: the texts it joined (all of them whole,
 * with a line break between two), and its counts.
 */
export interface CountedSample {
  texts: readonly string[];
  counts: AsciiCounts;
}

/**
 * {@link guessLanguage}, and the sample it counted when that was ASCII and not cut short (else
 * null): {@link detectLanguageAfter} takes the body's counts from it when the body is made of
 * the same lines.
 */
export function guessLanguageCounted(texts: readonly string[]): { language: Language | null; counted: CountedSample | null } {
  const sample = sampleOf(texts);
  let counted: CountedSample | null = null;
  if (texts.length > 1 && sample.length === joinedLength(texts)) {
    const counts = asciiLatinCounts(sample);
    if (counts !== null) counted = { texts, counts };
  }
  return { language: detectIn(sample, false, counted?.counts ?? null), counted };
}

/**
 * {@link detectLanguage} of a story's body, whose guess counted `counted` (null: none). Paragraphs
 * of a wire story are its lines joined, and the guess counted the same lines with the header
 * above them: when the body's sample is some of those lines whole, one after the other, with a
 * space or a line break between two (both end a word), its counts are the guess's less those of
 * the lines left out, counted alone (a headline, a stamp line, a sign-off), instead of a second
 * pass over the whole sample. The same numbers: a word never spans two lines in either.
 */
export function detectLanguageAfter(paragraphs: readonly string[], counted: CountedSample | null): Language | null {
  const sample = sampleOf(paragraphs);
  return detectIn(sample, true, counted === null ? null : countsWithin(sample, counted));
}

/** Length of `texts` joined by line breaks. */
function joinedLength(texts: readonly string[]): number {
  let length = texts.length - 1;
  for (const text of texts) length += text.length;
  return length;
}

/**
 * The counts of `sample` taken from `counted`, when `sample` is `counted.texts[i..j]` with one
 * space or line break between two; null otherwise (the caller counts it).
 */
export function countsWithin(sample: string, counted: CountedSample): AsciiCounts | null {
  const { texts } = counted;
  for (let first = 0; first < texts.length; first++) {
    const head = texts[first]!;
    if (head === '' || !sample.startsWith(head)) continue;
    let at = head.length;
    let last = first;
    while (at < sample.length && last + 1 < texts.length) {
      const between = sample.charCodeAt(at);
      if ((between !== 0x20 && between !== 0x0a) || !sample.startsWith(texts[last + 1]!, at + 1)) break;
      last++;
      at += 1 + texts[last]!.length;
    }
    if (at !== sample.length) continue;
    // The sample is texts[first..last]: the guess's counts less the other lines'.
    const counts = [...counted.counts.counts];
    let { letters, words } = counted.counts;
    for (let i = 0; i < texts.length; i++) {
      if (i >= first && i <= last) continue;
      const left = asciiLatinCounts(texts[i]!);
      if (left === null) return null;
      letters -= left.letters;
      words -= left.words;
      for (let k = 0; k < counts.length; k++) counts[k]! -= left.counts[k]!;
    }
    return { letters, words, counts };
  }
  return null;
}

function detect(paragraphs: readonly string[], withFranc: boolean, known: AsciiCounts | null): Language | null {
  return detectIn(sampleOf(paragraphs), withFranc, known);
}

/** `known`, when given, is `asciiLatinCounts(sample)`. */
function detectIn(sample: string, withFranc: boolean, known: AsciiCounts | null): Language | null {
  const found = detectAny(sample, withFranc, known);
  // Danish and Norwegian come out as Swedish (franc-min knows neither): told apart by the words
  // only one of the three stopword lists has (./scandinavian.ts).
  if (found?.code === 'sv') return checkSwedish(sample, found, detected);
  // Finnish comes out as nothing (franc-min does not know it either): told by its own stopwords
  // (./finnish.ts), only where nothing else was found and the sample is not ASCII.
  if (found === null && known === null && !isAscii(sample)) return checkFinnish(sample, detected) ?? checkCatalan(sample, null, detected);
  // Catalan comes out as nothing or as a neighbour (franc-min does not know it): told by its own
  // stopwords (./catalan.ts), in a sample that is not ASCII (Catalan prose writes `à`, `è`, `ç`, `l·l`).
  if (found !== null && known === null && CATALAN_NEIGHBOURS.has(found.code) && !isAscii(sample)) return checkCatalan(sample, found, detected);
  return found;
}

function detectAny(sample: string, withFranc: boolean, known: AsciiCounts | null): Language | null {
  // An ASCII sample (most English wire copy) in one pass: all its letters are Latin, so no
  // script settles it and its stopwords are counted at once, on the text as it is.
  const ascii = known ?? asciiLatinCounts(sample);
  if (ascii !== null) {
    if (ascii.letters < MIN_LETTERS) return null;
    return settleByCounts(ascii.words, ascii.counts) ?? (withFranc ? detectWithFranc(sample) : null);
  }
  const scripts = countScripts(sample);
  if (scripts.letters < MIN_LETTERS && scripts.cjk < MIN_LETTERS / 4) return null;
  const byScript = settleByScript(scripts);
  if (byScript) return byScript;
  if (scripts.latin >= scripts.letters / 2) {
    const byStopwords = settleByStopwords(sample);
    if (byStopwords) return byStopwords;
  }
  return withFranc ? detectWithFranc(sample) : null;
}

interface ScriptCounts {
  letters: number;
  latin: number;
  cyrillic: number;
  greek: number;
  hebrew: number;
  arabic: number;
  thai: number;
  kana: number;
  hangul: number;
  han: number;
  /** kana + hangul + han: one character is about a word. */
  cjk: number;
  /** Cyrillic letters only Russian uses (`ы`, `э`, `ъ`), and only Ukrainian (`і`, `ї`, `є`, `ґ`). */
  russian: number;
  ukrainian: number;
}

function countScripts(text: string): ScriptCounts {
  // Counted in locals, not in the object's fields, and ASCII (most of a sample) settled by
  // the first test: this runs twice a story over 1,500 characters.
  let latin = 0;
  let others = 0;
  let cyrillic = 0;
  let greek = 0;
  let hebrew = 0;
  let arabic = 0;
  let thai = 0;
  let kana = 0;
  let hangul = 0;
  let han = 0;
  let russian = 0;
  let ukrainian = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xc0) {
      const u = code | 0x20; // fold ASCII case
      if (u >= 0x61 && u <= 0x7a) latin++;
      continue;
    }
    if (code <= 0x24f) {
      if (code !== 0xd7 && code !== 0xf7) latin++;
      continue;
    }
    if (code >= 0x400 && code <= 0x4ff) {
      cyrillic++;
      if (code === 0x44b || code === 0x44d || code === 0x44a || code === 0x42b || code === 0x42d) russian++;
      else if (code === 0x456 || code === 0x457 || code === 0x454 || code === 0x491 || code === 0x406 || code === 0x407 || code === 0x404 || code === 0x490) ukrainian++;
    } else if (code >= 0x370 && code <= 0x3ff) greek++;
    else if (code >= 0x5d0 && code <= 0x5ea) hebrew++;
    else if (code >= 0x600 && code <= 0x6ff) arabic++;
    // Devanagari (Hindi, Marathi, Nepali) is letters, for franc to tell apart: no script count of its own.
    else if (code >= 0x900 && code <= 0x97f) {
      /* counted in `others` below */
    } else if (code >= 0xe00 && code <= 0xe7f) thai++;
    else if (code >= 0x3040 && code <= 0x30ff) kana++;
    else if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff)) hangul++;
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han++;
    else continue;
    others++;
  }
  return { letters: latin + others, latin, cyrillic, greek, hebrew, arabic, thai, kana, hangul, han, cjk: kana + hangul + han, russian, ukrainian };
}

function settleByScript(c: ScriptCounts): Language | null {
  const main = c.cjk > 0 ? c.cjk * 2 : 0; // a CJK character carries about two letters' worth
  const others = c.letters - c.cjk;
  if (main > others) {
    // Japanese mixes kana into Han; Chinese has none; Korean is Hangul.
    if (c.hangul > c.kana + c.han) return detected('ko', 1 - (c.kana + c.han) / c.hangul);
    if (c.kana > 0 && c.kana >= c.han / 10) return detected('ja', 1 - others / (main + others));
    return detected('zh', 1 - others / (main + others));
  }
  for (const [code, count] of [
    ['el', c.greek],
    ['he', c.hebrew],
    ['th', c.thai],
  ] as const) {
    if (count > c.letters / 2) return detected(code, 1 - (c.letters - count) / count);
  }
  if (c.cyrillic > c.letters / 2) {
    if (c.russian > 0 && c.ukrainian === 0) return detected('ru', 1 - (c.letters - c.cyrillic) / c.cyrillic);
    if (c.ukrainian > 0 && c.russian === 0) return detected('uk', 1 - (c.letters - c.cyrillic) / c.cyrillic);
  }
  return null;
}

function settleByStopwords(sample: string): Language | null {
  // The words are the runs of `[a-zà-ɏ'’]` of the lower-cased sample.
  const { words, counts } = latinStopwordCounts(sample.toLowerCase());
  return settleByCounts(words, counts);
}

/** The stopword answer from a sample's word count and its counts (indexed as `SPACED_CODES`). */
function settleByCounts(words: number, all: readonly number[]): Language | null {
  if (words < 8) return null;
  let best = '';
  let bestHits = 0;
  let second = 0;
  // A plain loop: a story's two answers (guess and body) built an array and an entry per language here.
  for (let index = 0; index < STOPWORD_CODES.length; index++) {
    const code = STOPWORD_CODES[index]!;
    const hits = all[COUNT_INDEX[index]!]!;
    if (hits > bestHits) {
      second = bestHits;
      best = code;
      bestHits = hits;
    } else if (hits > second) second = hits;
  }
  const share = STOPWORD_SHARE_OF[best as (typeof STOPWORD_CODES)[number]] ?? STOPWORD_SHARE;
  if (bestHits < words * share || second > bestHits * STOPWORD_MARGIN) return null;
  return detected(best, 1 - second / bestHits);
}

function detectWithFranc(sample: string): Language | null {
  const ranked = topLanguages(sample, MIN_LETTERS);
  const [top, runnerUp] = ranked;
  if (!top || top[0] === 'und') return null;
  const code = ISO_639_1[top[0]];
  if (code === undefined) return null;
  // Hindi prose ranks Magahi, Bhojpuri, Maithili or Chhattisgarhi right behind Hindi (within 0.05:
  // no answer). They have no ISO 639-1 code, so they are never the answer: Hindi's margin is over
  // the best language that could be.
  if (top[0] === 'hin' && runnerUp !== undefined && HINDI_BELT.has(runnerUp[0])) {
    const [, coded] = topLanguages(sample, MIN_LETTERS, (language) => !HINDI_BELT.has(language));
    return detected(code, 1 - (coded?.[1] ?? 0));
  }
  return detected(code, 1 - (runnerUp?.[1] ?? 0));
}

/** franc-min's languages of the Hindi belt with no ISO 639-1 code. */
const HINDI_BELT: ReadonlySet<string> = new Set(['mag', 'bho', 'mai', 'hne']);

function detected(code: string, margin: number): Language | null {
  const confidence = Math.round(Math.max(0, Math.min(1, margin)) * 100) / 100;
  return confidence < MIN_CONFIDENCE ? null : { code, confidence, source: 'detected' };
}

/** True when every unit of the text is below 0x80. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}
