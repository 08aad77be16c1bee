/**
 * Title: the headline line of the header zone. Kept exactly as written (an ALL-CAPS wire
 * headline stays ALL CAPS). A line that reads like prose is not a headline.
 */

import { LETTER, UPPER } from './letters.js';

/** Longer than this, a title gets a `title-long` warning (headlines rarely pass ~120). */
export const TITLE_WARN_LENGTH = 150;
/** Longer than this, a line is not taken as a title at all. */
const TITLE_MAX_LENGTH = 250;
const TITLE_MAX_WORDS = 40;

/** Sentence ends followed by a new sentence: `said. The`, `ago." He`. */
const SENTENCE_BREAK = new RegExp(`[.!?]["'”’)]?\\s+["'“‘(]?[${UPPER}]`, 'g');

/** A letter of a cased script, or any character beyond them (CJK, Arabic, ...). */
const HAS_LETTER = new RegExp(`[${LETTER}\u0370-\uFFFF]`);

export function looksLikeHeadline(text: string): boolean {
  if (text.length === 0 || text.length > TITLE_MAX_LENGTH) return false;
  if (text.split(' ').length > TITLE_MAX_WORDS) return false;
  if (!HAS_LETTER.test(text)) return false;
  // Two or more sentences, or one long sentence ending in a full stop, is prose.
  const breaks = text.match(SENTENCE_BREAK)?.length ?? 0;
  if (breaks >= 2) return false;
  if (breaks === 1 && text.length > 120) return false;
  if (/[.]["'”’]?$/.test(text) && text.length > 160) return false;
  return true;
}
