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
import { eng, fin } from 'stopword';
import type { Language } from '../schema/article.js';
import { SPACED_CODES, list, stopwordCounts } from './stopwords.js';

interface FinnishWords {
  /** The Finnish list less English and one-letter words. */
  all: ReadonlySet<string>;
  /** Those of them that no other stopword list holds. */
  own: ReadonlySet<string>;
}
let finnish: FinnishWords | null = null;

function finnishWords(): FinnishWords {
  if (!finnish) {
    const english = new Set(eng.map((word) => word.toLowerCase()));
    const all = new Set(fin.map((word) => word.toLowerCase()).filter((word) => LETTERS.test(word) && !english.has(word)));
    const others = SPACED_CODES.map((code) => list(code).words);
    finnish = { all, own: new Set([...all].filter((word) => others.every((words) => !words.has(word)))) };
  }
  return finnish;
}

/** Two letters or more, letters only. */
const LETTERS = /^\p{L}{2,}$/u;
/** Runs of letters, as the stopword counts take them (`[a-zà-ɏ'’]` of the lower-cased text). */
const WORDS = /[a-zà-ɏ'’]+/gu;
/** The least share of the sample's words the Finnish list must cover. */
const SHARE = 0.05;
/** The least number of words only the Finnish list has. */
const OWN = 3;

/** `fi` for a sample of Finnish prose (see the top of this file), else null. */
export function checkFinnish(sample: string, detected: (code: string, margin: number) => Language | null): Language | null {
  const { all, own } = finnishWords();
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
  if (ownHits < OWN || hits < words.length * SHARE) return null;
  const runnerUp = Math.max(0, ...stopwordCounts(rest));
  return detected('fi', 1 - runnerUp / hits);
}
