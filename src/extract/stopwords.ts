/**
 * Stopwords per language, from the `stopword` package (one list per language, not hand-written),
 * and the measures the page stage takes with them: which language a text is in, and how much of
 * a line is stopwords (running prose is stopword-rich; menus, credits and teasers are not).
 */
import { deu, eng, fra, ind, ita, jpn, kor, nld, pol, por, rus, spa, swe, tur, ukr, zho } from 'stopword';

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

const WORD = /[\p{L}\p{N}\p{M}'’]+/gu;
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/gu;

/** Lower-cased words of a line (runs of letters, digits and apostrophes). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The language whose stopwords cover most of `sample`, or null when none covers enough (a
 * language the package lists do not hold). Chinese and Japanese are told by their script.
 */
export function detectStopwords(sample: string): StopwordList | null {
  const han = sample.match(UNSPACED)?.length ?? 0;
  if (han > sample.length * 0.2) return list(/[\u3040-\u30ff]/u.test(sample) ? 'ja' : 'zh');
  const words = wordsOf(sample).slice(0, 4000);
  if (words.length === 0) return null;
  let best: StopwordList | null = null;
  let bestShare = 0;
  for (const code of Object.keys(LISTS)) {
    if (LISTS[code]!.unspaced) continue;
    const candidate = list(code);
    let hits = 0;
    for (const word of words) if (candidate.words.has(word)) hits++;
    const share = hits / words.length;
    if (share > bestShare) {
      best = candidate;
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
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  let hits = 0;
  for (const word of words) if (stopwords.words.has(word)) hits++;
  return hits / words.length;
}
