/**
 * A byline line in the story's language, when it is not English: a label of the language's and
 * the names (`取材・文／古川あや`, `Autor: Jan Kowalski`, `Текст: Лида Буслаева`), or the names
 * and the word after them (`김병학 기자`). The labels are the `furniture` table's of
 * `src/extract/timestamp/locales/<xx>.ts`; `By` lines are `byline.ts`'s. Only the first byline
 * is the story's; the line leaves the body as `byline`.
 */
import { matchByline, matchLabelledByline } from '../../extract/byline.js';
import { bylineWordsOfAll } from '../../extract/timestamp/locales/index.js';
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
  const furniture = storyFurniture(options);
  if (!furniture) return null;
  const match = matchLabelledByline(text, furniture);
  if (match === null || match === 'empty') return null;
  return {
    removed: [{ line: line.no, reason: 'byline', text: line.text }],
    byline: { names: match.names, agency: match.agency, role: match.role, text: line.text, line: line.no },
  };
};

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
