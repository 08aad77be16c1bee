/**
 * Header stage: walks the first lines of the story (the header zone: headline, stamp lines,
 * repeated headlines, byline) and asks each extractor what a line is. The zone ends at the
 * first line that none of them claims; that line starts the body. Timestamps are only looked
 * for here, never in body prose.
 */
import type { Byline, Diagnostic, RemovedLine, Timestamp } from '../schema/article.js';
import { matchAgencyLine, matchByline } from '../extract/byline.js';
import { matchDateline } from '../extract/dateline.js';
import { headlineKey, matchHeadline, splitRepeatedHeadline } from '../extract/headline.js';
import { findTimestamps, type StampMatch, type StampOptions } from '../extract/timestamp.js';
import { isKicker, looksLikeHeadline, splitFlattened } from '../extract/title.js';
import type { Line } from '../line.js';
import { rewriteClockStamp, splitGluedByline } from './header-stamps.js';

/** The header zone is at most this many non-blank lines. */
const MAX_HEADER_LINES = 8;

export interface Header {
  title: { text: string; line: number } | null;
  timestamp: Timestamp | null;
  updated: Timestamp | null;
  byline: Byline | null;
  removed: RemovedLine[];
  warnings: Diagnostic[];
  /** Index in `lines` where the body starts. */
  bodyStart: number;
  /**
   * Lines that take the place of the body's first line: the lead without the headline glued to
   * it, or the standfirst and the body of a flattened story.
   */
  lead: Line[] | null;
}

/**
 * `title`, when given, is the headline already found (by the page stage; null: there is none),
 * and the walk only reads stamps, bylines and repeats of it.
 */
export function readHeader(lines: readonly Line[], options: StampOptions, title?: { text: string; line: number } | null): Header {
  const header: Header = {
    title: null,
    timestamp: null,
    updated: null,
    byline: null,
    removed: [],
    warnings: [],
    bodyStart: lines.length,
    lead: null,
  };
  let titleKey = '';
  if (title) {
    header.title = title;
    titleKey = headlineKey(title.text);
  }
  const titleDecided = title !== undefined;
  let seen = 0;
  let index = 0;
  for (; index < lines.length && seen < MAX_HEADER_LINES; index++) {
    const line = lines[index]!;
    if (line.text === '') continue;
    seen++;

    const stamps = readStampLine(line, options);
    header.warnings.push(...stamps.warnings);
    if (stamps.stampLine) {
      takeStamps(header, stamps.matches);
      header.removed.push({ line: line.no, reason: 'timestamp', text: line.text });
      continue;
    }
    if (takeBylineAndStamp(header, line, options)) continue;

    const byline = matchByline(line.text);
    if (byline && header.byline === null) {
      header.byline = { names: byline.names, agency: byline.agency, role: byline.role, text: line.text, line: line.no };
      header.removed.push({ line: line.no, reason: 'byline', text: line.text });
      continue;
    }
    const agency = header.byline ? matchAgencyLine(line.text) : null;
    if (agency !== null && header.byline !== null && header.byline.agency === null) {
      header.byline.agency = agency;
      header.removed.push({ line: line.no, reason: 'byline', text: line.text });
      continue;
    }

    if (header.title === null && !titleDecided && seen === 1) {
      const next = lines.slice(index + 1).find((other) => other.text !== '');
      if (next && isKicker(line.text, next.text) && !findTimestamps(next, options).stampLine && matchByline(next.text) === null && matchDateline(next.text, next.no) === null) {
        header.removed.push({ line: line.no, reason: 'boilerplate', kind: 'navigation', text: line.text });
        continue;
      }
    }
    if (header.title === null && !titleDecided) {
      const doubled = splitRepeatedHeadline(line.text);
      const text = doubled?.title ?? line.text;
      if (!looksLikeHeadline(text)) {
        const flat = splitFlattened(line);
        if (flat) {
          header.title = { text: flat.title, line: line.no };
          header.removed.push({ line: line.no, reason: 'title', text: flat.title });
          // The standfirst and the body become paragraphs of their own (a blank line between).
          const parts = [flat.standfirst, flat.body].filter((part) => part !== '');
          header.lead = parts.flatMap((part, i) => [...(i > 0 ? [{ no: line.no, text: '', indent: 0 }] : []), { no: line.no, text: part, indent: 0 }]);
        }
        break;
      }
      header.title = { text, line: line.no };
      titleKey = headlineKey(text);
      header.removed.push({ line: line.no, reason: 'title', text });
      if (doubled) header.removed.push({ line: line.no, reason: 'duplicate-headline', text: doubled.repeat });
      continue;
    }

    const repeat = matchHeadline(line.text, titleKey);
    if (repeat.kind === 'duplicate') {
      header.removed.push({ line: line.no, reason: 'duplicate-headline', text: line.text });
      continue;
    }
    if (repeat.kind === 'prefix') {
      header.removed.push({ line: line.no, reason: 'headline-prefix', text: repeat.prefix });
      header.lead = [{ ...line, text: repeat.rest }];
    }
    break;
  }
  // Only blank lines left, or the zone ran out: the body starts after what was claimed.
  header.bodyStart = index;
  // An `Updated` stamp alone is still the best timestamp there is.
  if (header.timestamp === null && header.updated !== null) {
    header.timestamp = header.updated;
    header.updated = null;
  }
  return header;
}

function takeStamps(header: Header, matches: readonly StampMatch[]): void {
  for (const { column: _column, wholeLine: _whole, ...stamp } of matches) {
    if (stamp.label === 'updated') header.updated ??= stamp;
    else header.timestamp ??= stamp;
  }
}

/** `By John Smith | May 14, 2019`: a byline and a stamp line on one line, split at a bar or dot. */
const FURNITURE_SEPARATOR = /\s+[|·•]\s+/;

/** A stamp line, also in a shape only the header knows (CNN's `Updated 0339 GMT (1139 HKT) …`). */
function readStampLine(line: Line, options: StampOptions): ReturnType<typeof findTimestamps> {
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

/** `By JEFFREY GETTLEMAN JAN. 13, 2017`: a byline with the stamp glued on. */
function takeGluedBylineAndStamp(header: Header, line: Line, options: StampOptions): boolean {
  if (header.byline !== null) return false;
  const glued = splitGluedByline(line.text);
  if (!glued) return false;
  const stamps = readStampLine({ ...line, text: glued.rest }, options);
  if (!stamps.stampLine) return false;
  const offset = line.text.length - glued.rest.length;
  header.warnings.push(...stamps.warnings.map((w) => ({ ...w, column: w.column === null ? null : w.column + offset })));
  takeStamps(header, stamps.matches);
  header.byline = { names: glued.byline.names, agency: glued.byline.agency, role: glued.byline.role, text: glued.bylineText, line: line.no };
  header.removed.push({ line: line.no, reason: 'byline', text: line.text });
  return true;
}

function takeBylineAndStamp(header: Header, line: Line, options: StampOptions): boolean {
  if (takeGluedBylineAndStamp(header, line, options)) return true;
  if (header.byline !== null || !FURNITURE_SEPARATOR.test(line.text)) return false;
  const parts = line.text.split(FURNITURE_SEPARATOR);
  const byline = matchByline(parts[0]!);
  if (!byline) return false;
  const rest = line.text.slice(parts[0]!.length).replace(/^\s+[|·•]\s+/, '');
  const stamps = findTimestamps({ no: line.no, text: rest }, options);
  if (!stamps.stampLine) return false;
  const offset = line.text.length - rest.length;
  header.warnings.push(...stamps.warnings.map((w) => ({ ...w, column: w.column === null ? null : w.column + offset })));
  takeStamps(header, stamps.matches);
  header.byline = { names: byline.names, agency: byline.agency, role: byline.role, text: parts[0]!, line: line.no };
  header.removed.push({ line: line.no, reason: 'byline', text: line.text });
  return true;
}
