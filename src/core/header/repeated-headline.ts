/**
 * Repeated headline: a line under the headline that repeats it (in other case, spacing or
 * punctuation, or several times) leaves the body as `duplicate-headline`; a headline glued to
 * the front of the lead is cut off (`headline-prefix`) and the lead starts the body. Matching
 * is `src/extract/headline`'s. Any other line ends the zone.
 */
import { matchHeadline } from '../../extract/headline.js';
import type { Claimer } from './claim.js';

export const claimRepeatedHeadline: Claimer = (line, { titleKey }) => {
  const repeat = matchHeadline(line.text, titleKey);
  if (repeat.kind === 'duplicate') return { removed: [{ line: line.no, reason: 'duplicate-headline', text: line.text }] };
  if (repeat.kind === 'prefix') {
    return { removed: [{ line: line.no, reason: 'headline-prefix', text: repeat.prefix }], ends: true, lead: [{ ...line, text: repeat.rest }] };
  }
  return null;
};
