/**
 * Finnish, which franc-min does not know: a Finnish story came out as null (franc's best guesses,
 * Madurese, Ilocano, Sundanese, Italian, all within a hundredth of the next). It is told by the
 * `stopword` package's Finnish list, taken by one exact rule: a word of two letters or more, made
 * of letters, that the package's English list does not hold (the Finnish list holds `the`, `a`,
 * `of`, `he`, `on`, `n`, `s` and `9`: 65 of its 73 words stay). Asked only when the other checks
 * found nothing in a sample that is not ASCII (Finnish prose writes `ä` and `ö`), so no answer
 * they give changes, and clean English copy never reaches it.
 *
 * Finnish when the list covers at least 5 % of the sample's words and at least three of them are
 * words no other language's list (`./stopwords.ts`) has (`että`, `mukaan`, `myös`, `ovat`), with
 * the margin over the best other language, counted on the words that are not Finnish stopwords,
 * as confidence.
 */
import { fin } from 'stopword';
import type { Language } from '../schema/article.js';
import { type ListWords, countListHits, listWords, marginOverOthers } from './list-language.js';

let finnish: ListWords | null = null;

/** Runs of letters, as the stopword counts take them (`[a-zà-ɏ'’]` of the lower-cased text). */
const WORDS = /[a-zà-ɏ'’]+/gu;
/** The least share of the sample's words the Finnish list must cover. */
const SHARE = 0.05;
/** The least number of words only the Finnish list has. */
const OWN = 3;

/** `fi` for a sample of Finnish prose (see the top of this file), else null. */
export function checkFinnish(sample: string, detected: (code: string, margin: number) => Language | null): Language | null {
  const counted = countListHits(sample, WORDS, (finnish ??= listWords(fin)));
  const { words, hits, ownHits } = counted;
  if (ownHits < OWN || hits < words.length * SHARE) return null;
  return detected('fi', marginOverOthers(counted));
}
