/**
 * Danish and Norwegian (Bokmål) told from Swedish. franc-min knows neither, and Swedish
 * stopwords cover much of their prose, so a Danish or Norwegian story comes out as Swedish. The
 * `stopword` package's lists tell them apart by the words only one of the three lists has:
 * Swedish prose is full of its own (`och`, `inte`, `från`, `också`: 14 to 38 in a paragraph of
 * real text), Danish and Norwegian prose has almost none of them and some of its own (`af`,
 * `blive`; `blitt`, `noen`, `etter`). When those outnumber the Swedish ones, the story is Danish
 * or Norwegian, whichever has clearly more; null when the two are too close to tell. With no
 * word of either, it stays Swedish.
 */
import { dan, nob, swe } from 'stopword';
import type { Language } from '../schema/article.js';

interface Exclusive {
  sv: ReadonlySet<string>;
  da: ReadonlySet<string>;
  nb: ReadonlySet<string>;
}
let exclusive: Exclusive | null = null;

/** Each list's words that neither of the two others has, built on first use. */
function exclusiveWords(): Exclusive {
  if (!exclusive) {
    const [sv, da, nb] = [swe, dan, nob].map((list) => new Set(list.map((word) => word.toLowerCase())));
    const only = (own: Set<string>, a: Set<string>, b: Set<string>): Set<string> => new Set([...own].filter((word) => !a.has(word) && !b.has(word)));
    // Common Swedish words the Swedish list lacks (`ny` new, `se` see, `far` father) tell nothing.
    for (const word of SWEDISH_TOO) {
      da!.delete(word);
      nb!.delete(word);
    }
    exclusive = { sv: only(sv!, da!, nb!), da: only(da!, sv!, nb!), nb: only(nb!, sv!, da!) };
  }
  return exclusive;
}

const SWEDISH_TOO = ['ny', 'se', 'far'];

/** Runs of letters, as the stopword counts take them (`[a-zà-ɏ'’]` of the lower-cased text). */
const WORDS = /[a-zà-ɏ'’]+/gu;

/** The minimum share the runner-up may have of the winner between Danish and Norwegian. */
const MARGIN = 0.6;

/**
 * A Swedish answer checked against Danish and Norwegian: the answer itself when the sample's
 * Swedish-only stopwords outnumber the other two's, else Danish or Norwegian, or null (one of
 * the two, too close to tell).
 */
export function checkSwedish(sample: string, swedish: Language, detected: (code: string, margin: number) => Language | null): Language | null {
  const words = exclusiveWords();
  let sv = 0;
  let da = 0;
  let nb = 0;
  for (const word of sample.toLowerCase().match(WORDS) ?? []) {
    if (words.sv.has(word)) sv++;
    else if (words.da.has(word)) da++;
    else if (words.nb.has(word)) nb++;
  }
  // Swedish too when neither of the other two has a word of its own: a short Swedish text may
  // hold none of Swedish's own either (`Regeringen presenterar en ny budget på tisdag.`).
  if (sv > da + nb || da + nb === 0) return swedish;
  const [best, second, code] = da >= nb ? [da, nb, 'da'] : [nb, da, 'nb'];
  if (second > best * MARGIN) return null;
  return detected(code, 1 - second / best);
}
