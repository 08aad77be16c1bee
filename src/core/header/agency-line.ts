/**
 * Agency line: the agency alone on the line under a byline that names none (`Reuters` under
 * `By Jane Doe`). It completes the byline and leaves the body as `byline`.
 */
import { matchAgencyLine } from '../../extract/byline.js';
import type { Claimer } from './claim.js';

export const claimAgencyLine: Claimer = (line, { byline }) => {
  if (byline === null || byline.agency !== null) return null;
  const agency = matchAgencyLine(line.text);
  if (agency === null) return null;
  return { removed: [{ line: line.no, reason: 'byline', text: line.text }], agency };
};
