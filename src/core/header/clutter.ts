/**
 * Page clutter above the headline, in text that the page stage did not read as a page (too
 * little clutter for one: an article area copied with a newsletter box on top, `Breaking News
 * Emails`). A line that `clutterKind` (`src/extract/boilerplate`) calls clutter wherever it
 * stands is not the headline: it leaves the body as `boilerplate` with its kind, and the walk
 * goes on to the next line. Not with `keepBoilerplate`, nor once the headline is known.
 *
 * Here too, and only here, a fact-check rating alone on its line (`Mostly True`, `Pants on
 * Fire!`): the alt text of the rating's picture (PolitiFact's Truth-O-Meter) as an article-area
 * copy prints it above the claim and the headline, so kind `caption`. In a story's body a line
 * `True` or `False` is story text (an answer, a quiz), so it is never clutter wherever it stands.
 */
import { clutterKind, type BoilerplateKind } from '../../extract/boilerplate.js';
import type { Claimer } from './claim.js';

/** PolitiFact's ratings (Truth-O-Meter and Flip-O-Meter), the whole line. */
const RATING = /^(?:true|mostly true|half true|mostly false|false|pants on fire|full flop|half flip|no flip)[.!]?$/iu;

export const claimClutter: Claimer = (line, { title, titleDecided, keepBoilerplate }) => {
  if (title !== null || titleDecided || keepBoilerplate) return null;
  const kind: BoilerplateKind | null = clutterKind(line.text) ?? (RATING.test(line.text) ? 'caption' : null);
  if (kind === null) return null;
  return { removed: [{ line: line.no, reason: 'boilerplate', kind, text: line.text }] };
};
