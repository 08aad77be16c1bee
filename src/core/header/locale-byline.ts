/**
 * A byline line in the story's language, when it is not English: a label of the language's and
 * the names (`取材・文／古川あや`, `Autor: Jan Kowalski`, `Текст: Лида Буслаева`), or the names
 * and the word after them (`김병학 기자`). The labels are the `furniture` table's of
 * `src/extract/timestamp/locales/<xx>.ts`; `By` lines are `byline.ts`'s. When the story's language
 * was not found, any language's labels are read, each with its colon. Only the first byline is
 * the story's; the line leaves the body as `byline`.
 */
import { matchByline, matchLabelledByline, type BylineLabels } from '../../extract/byline.js';
import { bylineLabelsOfOthers, bylineWordsOfAll } from '../../extract/timestamp/locales/index.js';
import type { StampOptions } from '../../extract/timestamp.js';
import type { Claimer } from './claim.js';
import { storyFurniture } from './locale-furniture.js';

/** Longer lines are prose. */
const MAX_LENGTH = 80;

export const claimLocaleByline: Claimer = (line, { byline, options }) => {
  if (byline !== null || line.text.length > MAX_LENGTH) return null;
  const text = line.text.trim();
  // The story's furniture is its language's, which the language guess works out the first time
  // a line asks (about 10 µs): a line that no language's byline could be does not ask.
  if (!mayBeLocaleByline(text)) return null;
  const match = labelledByline(text, options);
  if (match === null || match === 'empty') return null;
  return {
    removed: [{ line: line.no, reason: 'byline', text: line.text }],
    byline: { names: match.names, agency: match.agency, role: match.role, text: line.text, line: line.no },
  };
};

/**
 * The byline the line reads as in the story's language; or, when the story's language was looked
 * for and not found (`languageUnknown`: Romanian, Czech, Finnish … prose the guess cannot settle
 * without franc), in the first language, in the registry's order, under whose labels it reads as
 * one with a colon after the label (`Autor: Ion Popescu`). Without the language, a label without
 * its colon is no byline's (`Text Size A A A`, `Reporter Arrested In Moscow` are English header
 * lines: a short English story can be `languageUnknown` too), nor is a label of two letters
 * (`Av: AP`). A label's names are read the same in every language that has it.
 */
function labelledByline(text: string, options: StampOptions): ReturnType<typeof matchLabelledByline> {
  const furniture = storyFurniture(options);
  if (furniture) return matchLabelledByline(text, furniture);
  if (options.languageUnknown !== true) return null;
  // From the catalog: trying every language's labels builds none of them.
  fallbackLabels ??= bylineLabelsOfOthers().map(({ byline, cjk }) => ({
    byline: byline.filter((label) => !SHORT_LATIN_LABEL.test(label)),
    cjk,
    colonOnly: true,
  }));
  for (const labels of fallbackLabels) {
    const match = matchLabelledByline(text, labels);
    if (match !== null && match !== 'empty') return match;
  }
  return null;
}

/** A label of one or two Latin letters (`av`, `af`), read only in its own language: `Av: AP` is no Swedish byline in an English story. */
const SHORT_LATIN_LABEL = /^[a-z]{1,2}$/u;

/** Every other language's labels as the fallback reads them, gathered on first use. */
let fallbackLabels: BylineLabels[] | null = null;

/** Every stamp language's byline labels (lower case, and `by`) and the words after names, gathered on first use. */
let bylineWords: { labels: string[]; after: string[] } | null = null;

/**
 * False when `text` (trimmed) is no byline for `matchLabelledByline` under any language's
 * furniture: it is no `By` line as `matchByline` reads it (which `matchLabelledByline` tries
 * first), its lower case opens with no language's label, and it ends with no language's word
 * after names. True does not mean it is one.
 */
export function mayBeLocaleByline(text: string): boolean {
  if (!bylineWords) {
    // From the stamp languages' catalog: listing them builds no language.
    const { labels, after } = bylineWordsOfAll();
    bylineWords = { labels: ['by', ...labels], after };
  }
  const lower = text.toLowerCase();
  for (const label of bylineWords.labels) if (lower.startsWith(label)) return true;
  for (const word of bylineWords.after) if (text.endsWith(word)) return true;
  return matchByline(text) !== null;
}
