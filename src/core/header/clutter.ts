/**
 * Page clutter above the headline, in text that the page stage did not read as a page (too
 * little clutter for one: an article area copied with a newsletter box on top, `Breaking News
 * Emails`). A line that `clutterKind` (`src/extract/boilerplate`) calls clutter wherever it
 * stands is not the headline: it leaves the body as `boilerplate` with its kind, and the walk
 * goes on to the next line. Not with `keepBoilerplate`, nor once the headline is known.
 */
import { clutterKind } from '../../extract/boilerplate.js';
import type { Claimer } from './claim.js';

export const claimClutter: Claimer = (line, { title, titleDecided, keepBoilerplate }) => {
  if (title !== null || titleDecided || keepBoilerplate) return null;
  const kind = clutterKind(line.text);
  if (kind === null) return null;
  return { removed: [{ line: line.no, reason: 'boilerplate', kind, text: line.text }] };
};
