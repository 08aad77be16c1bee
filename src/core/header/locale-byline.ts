/**
 * A byline line in the story's language, when it is not English: a label of the language's and
 * the names (`取材・文／古川あや`, `Autor: Jan Kowalski`, `Текст: Лида Буслаева`), or the names
 * and the word after them (`김병학 기자`). The labels are the `furniture` table's of
 * `src/extract/timestamp/locales/<xx>.ts`; `By` lines are `byline.ts`'s. Only the first byline
 * is the story's; the line leaves the body as `byline`.
 */
import { matchLabelledByline } from '../../extract/byline.js';
import type { Claimer } from './claim.js';
import { storyFurniture } from './locale-furniture.js';

/** Longer lines are prose. */
const MAX_LENGTH = 80;

export const claimLocaleByline: Claimer = (line, { byline, options }) => {
  if (byline !== null || line.text.length > MAX_LENGTH) return null;
  const furniture = storyFurniture(options);
  if (!furniture) return null;
  const text = line.text.trim();
  const match = matchLabelledByline(text, furniture);
  if (match === null || match === 'empty') return null;
  return {
    removed: [{ line: line.no, reason: 'byline', text: line.text }],
    byline: { names: match.names, agency: match.agency, role: match.role, text: line.text, line: line.no },
  };
};
