/**
 * Byline: `By JANE DOE and JOHN Q. SMITH`, `By Ian MacKenzie, Reuters`, `Par Jean Dupont`
 * (the shapes are `src/extract/byline`'s). Only the first one is the story's; it leaves the body
 * as `byline`. A byline split over two lines, `By` alone and the names under it (Barron's `By` /
 * `Al Root`, as w3m dumps its two elements), is read as one: both lines leave the body, and the
 * byline is the names' line.
 */
import { matchByline } from '../../extract/byline.js';
import type { Line } from '../../line.js';
import type { Claimer } from './claim.js';

/** `By` alone on its line (`By:` too). */
const LONE_BY = /^\s*By:?\s*$/u;

export const claimByline: Claimer = (line, { byline, lines, index }) => {
  if (byline !== null) return null;
  if (LONE_BY.test(line.text)) {
    const next = nonBlank(lines, index, 1);
    if (!next || !matchByline(`By ${next.text.trim()}`)) return null;
    return { removed: [{ line: line.no, reason: 'byline', text: line.text }] };
  }
  const previous = nonBlank(lines, index, -1);
  const text = previous && LONE_BY.test(previous.text) ? `By ${line.text.trim()}` : line.text;
  const match = matchByline(text);
  if (!match) return null;
  return {
    removed: [{ line: line.no, reason: 'byline', text: line.text }],
    byline: { names: match.names, agency: match.agency, role: match.role, text: line.text, line: line.no },
  };
};

/** The nearest non-blank line before (`step` -1) or after (1) `index`, or undefined. */
function nonBlank(lines: readonly Line[], index: number, step: 1 | -1): Line | undefined {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    if (lines[i]!.text !== '') return lines[i];
  }
  return undefined;
}
