/**
 * Byline: `By JANE DOE and JOHN Q. SMITH`, `By Ian MacKenzie, Reuters`, `Par Jean Dupont`
 * (the shapes are `src/extract/byline`'s). Only the first one is the story's; it leaves the body
 * as `byline`.
 */
import { matchByline } from '../../extract/byline.js';
import type { Claimer } from './claim.js';

export const claimByline: Claimer = (line, { byline }) => {
  if (byline !== null) return null;
  const match = matchByline(line.text);
  if (!match) return null;
  return {
    removed: [{ line: line.no, reason: 'byline', text: line.text }],
    byline: { names: match.names, agency: match.agency, role: match.role, text: line.text, line: line.no },
  };
};
