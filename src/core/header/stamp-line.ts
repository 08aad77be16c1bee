/**
 * Stamp line: a line that is nothing but a timestamp (`May 14, 2019 4:24 PM EDT`, `Published:
 * 14.05.2019 16:24`, `Mis à jour le 14 mai 2019`) leaves the body as `timestamp`. The reading is
 * `src/extract/timestamp`'s; the header only adds a shape it cannot read as written, CNN's
 * clock stamp `Updated 0339 GMT (1139 HKT) November 19, 2019`. A line whose dates have no written
 * year (`November 18`, a site's date heading above a page's headline) is claimed as `yearless`:
 * the walker uses it only when no other line gives a stamp. A line of relative stamps with a word
 * for the amount and no label (`vor einer Stunde`) is claimed as `bareRelative`: it is read only in
 * the header zone, not below a standfirst (`Vor einem Jahr` is also a subheading).
 */
import { findTimestamps, type StampOptions, type StampResult } from '../../extract/timestamp.js';
import type { Line } from '../../line.js';
import { asTimestamps, type Claimer } from './claim.js';

export const claimStampLine: Claimer = (line, { options }) => {
  const stamps = readStampLine(line, options);
  if (!stamps.stampLine) return null;
  return {
    removed: [{ line: line.no, reason: 'timestamp', text: line.text }],
    stamps: asTimestamps(stamps.matches),
    warnings: stamps.warnings,
    ...(stamps.yearless ? { yearless: true } : {}),
    ...(stamps.bareRelative ? { bareRelative: true } : {}),
  };
};

/** What the stamp reader says of a line, also of a CNN clock stamp. */
export function readStampLine(line: Pick<Line, 'no' | 'text'>, options: StampOptions): StampResult {
  const stamps = findTimestamps(line, options);
  if (stamps.stampLine) return stamps;
  const rewritten = rewriteClockStamp(line.text);
  if (rewritten === null) return stamps;
  const read = findTimestamps({ ...line, text: rewritten }, options);
  if (!read.stampLine) return stamps;
  // The stamp as written, at its place in the line.
  const start = line.text.search(/\d{4} /u);
  const text = line.text.slice(start);
  return { ...read, warnings: [], matches: read.matches.map((match) => ({ ...match, text, column: start + 1 })) };
}

const CLOCK_STAMP =
  /^((?:updated|published|posted)?:?\s*)(\d{2})(\d{2}) (GMT|UTC|ET|EST|EDT)(?: \(\d{4} [A-Z]{2,5}\))?,? (\w+\.? \d{1,2},? \d{4})$/iu;

/**
 * CNN's clock stamp (four-digit time, the local time in brackets, then the date) rewritten in an
 * order the stamp reader reads: `Updated 0339 GMT (1139 HKT) November 19, 2019` →
 * `Updated November 19, 2019 03:39 GMT`; null for any other line.
 */
export function rewriteClockStamp(text: string): string | null {
  const match = CLOCK_STAMP.exec(text);
  if (!match) return null;
  const [, label, hours, minutes, zone, date] = match;
  return `${label}${date} ${hours}:${minutes} ${zone}`;
}
