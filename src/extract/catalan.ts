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
import { cat } from 'stopword';
import type { Language } from '../schema/article.js';
import { type ListWords, countListHits, listWords, marginOverOthers } from './list-language.js';
import { SPACED_CODES, stopwordCounts } from './stopwords.js';

let catalan: ListWords | null = null;

/** The answers a Catalan story came out as: franc's nearest languages, and the Romance stopword lists. */
export const CATALAN_NEIGHBOURS: ReadonlySet<string> = new Set(['es', 'fr', 'it', 'pt']);

/** Runs of letters, as the stopword counts take them (`[a-zà-ɏ'’]` of the lower-cased text); `l'estat` is split at the apostrophe. */
const WORDS = /[a-zà-ɏ]+/gu;
/** The least share of the sample's words the Catalan list must cover. */
const SHARE = 0.2;
/** The least number of words only the Catalan list has. */
const OWN = 3;

/** `ca` for a sample of Catalan prose (see the top of this file), else `found`. */
export function checkCatalan(sample: string, found: Language | null, detected: (code: string, margin: number) => Language | null): Language | null {
  const counted = countListHits(sample, WORDS, (catalan ??= listWords(cat)));
  const { words, hits, ownHits } = counted;
  if (ownHits < OWN || hits < words.length * SHARE) return found;
  // Whatever was found (nothing, too), a neighbour's list that covers as many of the words wins:
  // a Spanish story quoting one Catalan sentence has Catalan words of its own, and more Spanish ones.
  const counts = stopwordCounts(words);
  for (const code of CATALAN_NEIGHBOURS) if ((counts[SPACED_CODES.indexOf(code)] ?? 0) >= hits) return found;
  return detected('ca', marginOverOthers(counted)) ?? found;
}
