/**
 * Kicker: a section label on the first line, above the headline (`Africa`, `World`: the shape is
 * `isKicker` in `src/extract/title`). It leaves the body as `boilerplate` of kind `navigation`;
 * with `keepBoilerplate` it stays at the top of the body, as other page clutter does, and the
 * headline under it is still the title. A short line over a stamp, a byline or a dateline is a
 * short headline, not a kicker; so is one over a furniture line, a stamp among a byline, a read
 * time or counts (`Jane Doe | March 3, 2024 | 5 min read`, `Közzétéve: 2026. jún. 15. 08:32 |
 * Szerző: Kiss Péter`), read as it would be under the headline, in Markdown emphasis too
 * (`*Updated: May 14, 2019*`).
 */
import { matchByline } from '../../extract/byline.js';
import { matchDateline } from '../../extract/dateline.js';
import { findTimestamps, type StampOptions } from '../../extract/timestamp.js';
import { isKicker } from '../../extract/title.js';
import type { Line } from '../../line.js';
import type { Claimer } from './claim.js';
import { withoutEmphasis } from './emphasis.js';
import { readLocaleFurniture } from './locale-furniture.js';
import { readStampAmongWords } from './stamp-among-words.js';

export const claimKicker: Claimer = (line, { lines, index, seen, title, titleDecided, keepBoilerplate, options }) => {
  if (title !== null || titleDecided || seen !== 1) return null;
  const next = lines.slice(index + 1).find((other) => other.text !== '');
  if (!next || !isKicker(line.text, next.text)) return null;
  if (readsAsHeaderLine(next, options)) return null;
  // The same line in Markdown emphasis (`*Updated: May 14, 2019*`), read without its marks as the header reads it.
  const plain = next.text.includes('*') || next.text.includes('_') ? withoutEmphasis(next.text) : null;
  if (plain !== null && readsAsHeaderLine({ ...next, text: plain.text }, options)) return null;
  if (keepBoilerplate) return { removed: [], kept: true };
  return { removed: [{ line: line.no, reason: 'boilerplate', kind: 'navigation', text: line.text }] };
};

/** True when the line is one the header reads under a headline: a stamp line, a byline, a dateline, or a stamp among furniture. */
function readsAsHeaderLine(next: Line, options: StampOptions): boolean {
  if (findTimestamps(next, options).stampLine || matchByline(next.text) !== null || matchDateline(next.text, next.no) !== null) return true;
  return readStampAmongWords(next, options, true) !== null || readLocaleFurniture(next, options, true) !== null;
}
