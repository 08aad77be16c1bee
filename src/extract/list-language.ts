/**
 * A language franc-min does not know, told by the `stopword` package's list for it
 * (`./finnish.ts`, `./catalan.ts`): the list's words of two letters or more, made of letters, that
 * English's list does not hold, and among them the ones no other language's list
 * (`./stopwords.ts`) holds; a sample's words counted against them.
 */
import { eng } from 'stopword';
import { SPACED_CODES, list, stopwordCounts } from './stopwords.js';

export interface ListWords {
  /** The list less English's words and words that are not two letters or more. */
  all: ReadonlySet<string>;
  /** Those of them that no other stopword list holds. */
  own: ReadonlySet<string>;
}

/** Two letters or more, letters only (`l'`, `d'`, `n`, `9` are not words of the list's kind). */
const LETTERS = /^\p{L}{2,}$/u;

/** The words of a `stopword` list, taken as the top of this file says. */
export function listWords(words: readonly string[]): ListWords {
  const english = new Set(eng.map((word) => word.toLowerCase()));
  const all = new Set(words.map((word) => word.toLowerCase()).filter((word) => LETTERS.test(word) && !english.has(word)));
  const others = SPACED_CODES.map((code) => list(code).words);
  return { all, own: new Set([...all].filter((word) => others.every((other) => !other.has(word)))) };
}

export interface ListHits {
  /** The sample's words (`pattern`'s matches in the lower-cased sample). */
  words: string[];
  /** How many of them the list holds, and how many of those are its own. */
  hits: number;
  ownHits: number;
  /** The words the list does not hold. */
  rest: string[];
}

/** Counts a sample's words against a list. */
export function countListHits(sample: string, pattern: RegExp, { all, own }: ListWords): ListHits {
  const words = sample.toLowerCase().match(pattern) ?? [];
  let hits = 0;
  let ownHits = 0;
  const rest: string[] = [];
  for (const word of words) {
    if (all.has(word)) {
      hits++;
      if (own.has(word)) ownHits++;
    } else rest.push(word);
  }
  return { words, hits, ownHits, rest };
}

/** The confidence: the list's margin over the best other language, counted on the words it does not hold. */
export function marginOverOthers({ hits, rest }: ListHits): number {
  return 1 - Math.max(0, ...stopwordCounts(rest)) / hits;
}
