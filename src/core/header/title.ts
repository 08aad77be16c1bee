/**
 * Title: the first line of the zone that no earlier claimer took becomes the headline when it
 * reads like one (`looksLikeHeadline` in `src/extract/title`), kept as written; a line that
 * prints the headline twice gives it once (the repeat leaves as `duplicate-headline`). A line of
 * prose ends the zone with no title; a flattened line (`Headline. Standfirst..  Body`) gives its
 * headline, and its standfirst and body start the body. Not consulted when the page stage
 * already decided the headline.
 */
import { splitRepeatedHeadline } from '../../extract/headline.js';
import { looksLikeHeadline, splitFlattened } from '../../extract/title.js';
import type { Line } from '../../line.js';
import type { Claim, Claimer } from './claim.js';

export const claimTitle: Claimer = (line, { title, titleDecided }) => {
  if (title !== null || titleDecided) return null;
  const doubled = splitRepeatedHeadline(line.text);
  const text = doubled?.title ?? line.text;
  if (looksLikeHeadline(text)) {
    const removed: Claim['removed'] = [{ line: line.no, reason: 'title', text }];
    if (doubled) removed.push({ line: line.no, reason: 'duplicate-headline', text: doubled.repeat });
    return { removed, title: { text, line: line.no } };
  }
  const flat = splitFlattened(line);
  if (!flat) return { removed: [], ends: true };
  // The standfirst and the body become paragraphs of their own (a blank line between).
  const parts = [flat.standfirst, flat.body].filter((part) => part !== '');
  const lead: Line[] = parts.flatMap((part, i) => [...(i > 0 ? [{ no: line.no, text: '', indent: 0 }] : []), { no: line.no, text: part, indent: 0 }]);
  return { removed: [{ line: line.no, reason: 'title', text: flat.title }], title: { text: flat.title, line: line.no }, ends: true, lead };
};
