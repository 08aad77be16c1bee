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
 * Under the rating, the claim card it rates (speaker, claim, attribution) leaves too, as `page`:
 * the headline stands below it.
 */
import { clutterKind, isWeakCaption, type BoilerplateKind } from '../../extract/boilerplate.js';
import { WEEKDAYS } from '../../extract/calendar.js';
import type { Line } from '../../line.js';
import type { Claimer } from './claim.js';

/** PolitiFact's ratings (Truth-O-Meter and Flip-O-Meter), the whole line. */
const RATING = /^(?:true|mostly true|half true|mostly false|false|pants on fire|full flop|half flip|no flip)[.!]?$/iu;

/** The claim's attribution line that closes PolitiFact's claim card (`— David McKinley on Sunday, October 13th, 2019 in …`). */
const ATTRIBUTION = new RegExp(`^[—–] \\S.{0,80} on (?:${WEEKDAYS.map(({ name }) => name).join('|')}), `, 'iu');
/** A claim card is at most this many non-blank lines: speaker, claim, attribution. */
const CARD_LINES = 3;

/**
 * True when line `index` is in the claim card under a rating: the speaker, the claim checked and
 * its attribution (`McKinley` / `"$53 million a week …"` / `— David McKinley on Sunday, …`),
 * which PolitiFact prints above the headline. Only a card closed by its attribution line within
 * three lines of the rating counts.
 */
function inClaimCard(lines: readonly Line[], index: number): boolean {
  let rating = -1;
  for (let i = index - 1, seen = 0; i >= 0 && seen < CARD_LINES; i--) {
    const text = lines[i]!.text;
    if (text === '') continue;
    if (RATING.test(text)) {
      rating = i;
      break;
    }
    if (ATTRIBUTION.test(text)) return false;
    seen++;
  }
  if (rating === -1) return false;
  for (let i = rating + 1, seen = 0; i < lines.length && seen < CARD_LINES; i++) {
    if (lines[i]!.text === '') continue;
    seen++;
    if (i >= index && ATTRIBUTION.test(lines[i]!.text)) return true;
  }
  return false;
}

export const claimClutter: Claimer = (line, { title, titleDecided, keepBoilerplate, lines, index, clutter }) => {
  if (title !== null || titleDecided || keepBoilerplate) return null;
  const kind: BoilerplateKind | null = (clutter ? clutter.of(index, line.text) : clutterKind(line.text)) ?? (RATING.test(line.text) ? 'caption' : inClaimCard(lines, index) ? 'page' : null);
  // Not a name over an outlet or a file name: in a text that is no page, that may be its headline.
  if (kind === null || (kind === 'caption' && isWeakCaption(line.text))) return null;
  return { removed: [{ line: line.no, reason: 'boilerplate', kind, text: line.text }] };
};
