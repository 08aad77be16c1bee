/**
 * Byline without `By`, right above the stamp line under the headline, as USA Today's network and
 * Hearst's AP pages print it: `Kevin Johnson and Kevin McCoy USA TODAY` over `Published 7:07 PM
 * EST Nov 19, 2019`, `Steve Peoples, Ap National Political Writer` over `Updated 3:27 am PST, …`.
 * The shape is `matchUnmarkedByline`'s (`src/extract/byline`); the stamp line under it is what
 * makes such a line a byline, so nothing is claimed without one, nor before the headline. It
 * leaves the body as `byline`.
 */
import { matchUnmarkedByline } from '../../extract/byline.js';
import type { Claimer } from './claim.js';
import { readStampLine } from './stamp-line.js';

export const claimUnmarkedByline: Claimer = (line, { byline, title, lines, index, options }) => {
  if (byline !== null || title === null) return null;
  const match = matchUnmarkedByline(line.text);
  if (!match) return null;
  const next = lines.slice(index + 1).find((other) => other.text !== '');
  if (!next || !readStampLine(next, options).stampLine) return null;
  return {
    removed: [{ line: line.no, reason: 'byline', text: line.text }],
    byline: { names: match.names, agency: match.agency, role: match.role, text: line.text, line: line.no },
  };
};
