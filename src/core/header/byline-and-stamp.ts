/**
 * Byline and stamp on one line: `By JEFFREY GETTLEMAN JAN. 13, 2017` (the stamp glued on),
 * `By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.` (PolitiFact: `on` and the
 * weekday before it), `Von Moritz Bachmann publiziert am 30. Juli 2018` (the stamp after a word
 * that says it was published) and `By John Smith | May 14, 2019` (split at a bar or a dot). The
 * line leaves the body as `byline`; the byline is the part before the stamp, and the rest must be
 * a stamp line.
 */
import { matchByline, splitPublished, type BylineMatch } from '../../extract/byline.js';
import { abbreviations, MONTHS, WEEKDAYS } from '../../extract/calendar.js';
import { findTimestamps, type StampOptions, type StampResult } from '../../extract/timestamp.js';
import type { Line } from '../../line.js';
import { asTimestamps, shiftWarnings, type Claim, type Claimer } from './claim.js';
import { readStampLine } from './stamp-line.js';

export const claimBylineAndStamp: Claimer = (line, { byline, options }) => {
  if (byline !== null) return null;
  return claimGlued(line, options) ?? claimPublished(line, options) ?? claimSeparated(line, options) ?? claimStampFirst(line, options);
};

/** `By JEFFREY GETTLEMAN JAN. 13, 2017`; the glued stamp may be a CNN clock stamp. */
function claimGlued(line: Line, options: StampOptions): Claim | null {
  const glued = splitGluedByline(line.text);
  if (!glued) return null;
  const stamps = readStampLine({ ...line, text: glued.rest }, options);
  if (!stamps.stampLine) return null;
  return claimBoth(line, glued.byline, glued.bylineText, glued.rest, stamps);
}

/** `Von Moritz Bachmann publiziert am 30. Juli 2018`: the label and date are the stamp line. */
function claimPublished(line: Line, options: StampOptions): Claim | null {
  const split = splitPublished(line.text);
  return split ? claimParts(line, split.bylineText, split.rest, options) : null;
}

/** `By John Smith | May 14, 2019`: a byline and a stamp line on one line, split at a bar or dot. */
const FURNITURE_SEPARATOR = /\s+[|·•]\s+/;

function claimSeparated(line: Line, options: StampOptions): Claim | null {
  if (!FURNITURE_SEPARATOR.test(line.text)) return null;
  const bylineText = line.text.split(FURNITURE_SEPARATOR)[0]!;
  return claimParts(line, bylineText, line.text.slice(bylineText.length).replace(/^\s+[|·•]\s+/, ''), options);
}

/** A line cut in two: a byline, then a stamp line; null unless both parts are what they should be. */
function claimParts(line: Line, bylineText: string, rest: string, options: StampOptions): Claim | null {
  const byline = matchByline(bylineText);
  if (!byline) return null;
  const stamps = findTimestamps({ no: line.no, text: rest }, options);
  return stamps.stampLine ? claimBoth(line, byline, bylineText, rest, stamps) : null;
}

/**
 * The stamp first, then the byline: `11/19/2019 by Lars Brandle` (Billboard), `5:45 AM PST
 * 11/19/2019 by Patrick Shanley` (Hollywood Reporter), `September 10, 2018 | by Catherine`.
 */
const BY_AFTER_STAMP = /\s+(?:[|·•—–-]\s+)?(?=[Bb]y\s)/u;

function claimStampFirst(line: Line, options: StampOptions): Claim | null {
  const cut = BY_AFTER_STAMP.exec(line.text);
  if (!cut || cut.index === 0) return null;
  const bylineText = line.text.slice(cut.index + cut[0].length);
  const byline = matchByline(bylineText);
  if (!byline) return null;
  const stamps = readStampLine({ no: line.no, text: line.text.slice(0, cut.index) }, options);
  return stamps.stampLine ? claimBoth(line, byline, bylineText, line.text, stamps) : null;
}

/** `rest`: the end of the line where the stamp part starts (its warnings' columns are moved there). */
function claimBoth(line: Line, byline: BylineMatch, bylineText: string, rest: string, stamps: StampResult): Claim {
  return {
    removed: [{ line: line.no, reason: 'byline', text: line.text }],
    warnings: shiftWarnings(stamps.warnings, line.text.length - rest.length),
    stamps: asTimestamps(stamps.matches),
    byline: { names: byline.names, agency: byline.agency, role: byline.role, text: bylineText, line: line.no },
  };
}

const MONTH = abbreviations(MONTHS).join('|');
/** `on Monday, ` before the date: PolitiFact's `By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.` */
const ON_DAY = `(?:on\\s+)?(?:(?:${WEEKDAYS.map(({ name }) => name).join('|')}),?\\s+)?`;
const MONTH_START = new RegExp(`^${ON_DAY}(?:${MONTH})[a-z]*\\.?\\s+\\d`, 'iu');
const STAMP_START = new RegExp(`^(?:updated|published|posted|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${MONTH}))`, 'iu');

/** `By`, or a verb before it: `Posted by Michael David Smith on November 19, 2019, 6:21 AM EST` (ProFootballTalk). */
const GLUED_START = /^(?:(?:posted|published|written) )?by\s/iu;
/** A dash between the byline and the stamp: `by Jeff Foust — November 18, 2019` (SpaceNews). */
const DASH_BEFORE_STAMP = /^[—–-]\s+/u;
/** A Twitter handle glued to the name: `By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST` (The Verge). */
const HANDLE = /@\w+$/u;

/**
 * `By JEFFREY GETTLEMAN JAN. 13, 2017`: the byline and the text after it where a stamp seems to
 * start (a month name and a day, a numeric date, `Updated`), or null. The caller checks that the
 * rest is really a stamp line. A verb before `by`, a handle after the name and a dash before the
 * stamp are part of the byline's text, not of its names.
 */
export function splitGluedByline(text: string): { byline: BylineMatch; bylineText: string; rest: string } | null {
  const opening = GLUED_START.exec(text);
  if (!opening || matchByline(text) !== null) return null;
  const by = opening[0].length - 3;
  for (let space = text.indexOf(' ', by + 3); space !== -1; space = text.indexOf(' ', space + 1)) {
    const rest = text.slice(space + 1).replace(DASH_BEFORE_STAMP, '');
    if (!MONTH_START.test(rest) && !STAMP_START.test(rest)) continue;
    const bylineText = text.slice(0, space).replace(/[\s,;|·•—–-]+$/u, '');
    const byline = matchByline(bylineText.slice(by).replace(HANDLE, ''));
    if (byline) return { byline, bylineText, rest };
  }
  return null;
}
