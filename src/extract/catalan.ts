/**
 * Catalan, which franc-min does not know: a Catalan story came out as null (franc's best guesses,
 * Spanish and French, within a few hundredths of each other) or as one of them. It is told by the
 * `stopword` package's Catalan list, taken as `./finnish.ts` takes Finnish: the words of two letters
 * or more that neither English's list holds, and among them the ones no other language's list
 * (`./stopwords.ts`) holds (`els`, `amb`, `però`, `també`, `aquest`).
 *
 * Catalan when the list covers at least a fifth of the sample's words, at least three of them are
 * Catalan's own, and it covers more of them than each of Spanish's, French's, Italian's and
 * Portuguese's lists does, whether one of those was found or nothing was (a Spanish story quoting a
 * Catalan sentence has Catalan's own words, and more Spanish ones); the margin over the best other
 * language, counted on the words that are not Catalan stopwords, is the confidence. Asked only when nothing was found or one of those
 * four was, so no other answer changes, and clean English copy never reaches it.
 */
import { cat, eng } from 'stopword';
import type { Language } from '../schema/article.js';
import { SPACED_CODES, list, stopwordCounts } from './stopwords.js';

interface CatalanWords {
  all: ReadonlySet<string>;
  own: ReadonlySet<string>;
}
let catalan: CatalanWords | null = null;

function catalanWords(): CatalanWords {
  if (!catalan) {
    const english = new Set(eng.map((word) => word.toLowerCase()));
    const all = new Set(cat.map((word) => word.toLowerCase()).filter((word) => LETTERS.test(word) && !english.has(word)));
    const others = SPACED_CODES.map((code) => list(code).words);
    catalan = { all, own: new Set([...all].filter((word) => others.every((words) => !words.has(word)))) };
  }
  return catalan;
}

/** The answers a Catalan story came out as: franc's nearest languages, and the Romance stopword lists. */
export const CATALAN_NEIGHBOURS: ReadonlySet<string> = new Set(['es', 'fr', 'it', 'pt']);

/** Two letters or more, letters only (`l'`, `d'` and `s'` are not words of the list's kind). */
const LETTERS = /^\p{L}{2,}$/u;
/** Runs of letters, as the stopword counts take them (`[a-zà-ɏ'’]` of the lower-cased text); `l'estat` is split at the apostrophe. */
const WORDS = /[a-zà-ɏ]+/gu;
/** The least share of the sample's words the Catalan list must cover. */
const SHARE = 0.2;
/** The least number of words only the Catalan list has. */
const OWN = 3;

/** `ca` for a sample of Catalan prose (see the top of this file), else `found`. */
export function checkCatalan(sample: string, found: Language | null, detected: (code: string, margin: number) => Language | null): Language | null {
  const { all, own } = catalanWords();
  const words = sample.toLowerCase().match(WORDS) ?? [];
  let hits = 0;
  let ownHits = 0;
  const rest: string[] = [];
  for (const word of words) {
    if (all.has(word)) {
      hits++;
      if (own.has(word)) ownHits++;
    } else rest.push(word);
  }
  if (ownHits < OWN || hits < words.length * SHARE) return found;
  // Whatever was found (nothing, too), a neighbour's list that covers as many of the words wins:
  // a Spanish story quoting one Catalan sentence has Catalan words of its own, and more Spanish ones.
  const counts = stopwordCounts(words);
  for (const code of CATALAN_NEIGHBOURS) if ((counts[SPACED_CODES.indexOf(code)] ?? 0) >= hits) return found;
  const runnerUp = Math.max(0, ...stopwordCounts(rest));
  return detected('ca', 1 - runnerUp / hits) ?? found;
}
