/**
 * Header-line shapes that hold a stamp the timestamp extractor cannot read as written, turned
 * into ones it can, so the reading itself stays in `src/extract/timestamp`:
 *
 * - CNN's clock stamp `Updated 0339 GMT (1139 HKT) November 19, 2019`: four-digit time, the
 *   local time in brackets, then the date → `Updated November 19, 2019 03:39 GMT`.
 * - a byline with the stamp glued on, no separator: `By JEFFREY GETTLEMAN JAN. 13, 2017`.
 */
import { matchByline, type BylineMatch } from '../extract/byline.js';

const CLOCK_STAMP =
  /^((?:updated|published|posted)?:?\s*)(\d{2})(\d{2}) (GMT|UTC|ET|EST|EDT)(?: \(\d{4} [A-Z]{2,5}\))?,? (\w+\.? \d{1,2},? \d{4})$/iu;

/** The CNN clock stamp rewritten in an order the stamp parser reads, or null. */
export function rewriteClockStamp(text: string): string | null {
  const match = CLOCK_STAMP.exec(text);
  if (!match) return null;
  const [, label, hours, minutes, zone, date] = match;
  return `${label}${date} ${hours}:${minutes} ${zone}`;
}

const MONTH_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/iu;
const STAMP_START = /^(?:updated|published|posted|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/iu;

/**
 * `By JEFFREY GETTLEMAN JAN. 13, 2017`: the byline and the text after it where a stamp seems to
 * start (a month name and a day, a numeric date, `Updated`), or null. The caller checks that the
 * rest is really a stamp line.
 */
export function splitGluedByline(text: string): { byline: BylineMatch; bylineText: string; rest: string } | null {
  if (!/^by\s/iu.test(text) || matchByline(text) !== null) return null;
  for (let space = text.indexOf(' ', 3); space !== -1; space = text.indexOf(' ', space + 1)) {
    const rest = text.slice(space + 1);
    if (!MONTH_START.test(rest) && !STAMP_START.test(rest)) continue;
    const bylineText = text.slice(0, space).replace(/[\s,;|·•-]+$/u, '');
    const byline = matchByline(bylineText);
    if (byline) return { byline, bylineText, rest };
  }
  return null;
}
