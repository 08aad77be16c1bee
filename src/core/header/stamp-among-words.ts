/**
 * A stamp among other words on one line, where the other words are the line's furniture, not a
 * sentence: a byline (`By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy`, `By Sherif Saed,
 * Wednesday, 20 November 2019 08:05 GMT`), a source or author name before the stamp (`Reuters
 * November 18, 2019 11:03 PM`, under the headline only), section and count labels after it
 * (`November 20, 2019 / 1:07 AM / CBS News`, `October 12, 2018/0 Comments/in Jeongdong Promotion
 * /by jdadmin`, `13/06/2014 Tony Carter All, Books, Kit Reviews`). The stamp is the longest run
 * of the line that the stamp reader reads as a whole stamp line, with a written year; what is
 * left on either side must be such furniture, word by word: capitalized words, numbers, handles
 * and a few small words (`by`, `in`, `on`, `comments`). Any other lower-case word (`Correction,
 * Nov. 15, 2019: This article originally misidentified …`, `headlines for Nov. 19`) makes the
 * line prose, and it is not read. The byline part, when there is one, becomes the byline; the
 * line leaves the body as `byline`, or as `timestamp` when it has none.
 */
import { AGENCY_LINE, agencyName } from '../../extract/agencies.js';
import { matchByline, normalCase, type BylineMatch } from '../../extract/byline.js';
import { abbreviations, MONTHS, WEEKDAYS } from '../../extract/calendar.js';
import { isEnglishStampWord } from '../../extract/timestamp/locales/en-labels.js';
import type { StampOptions, StampResult } from '../../extract/timestamp.js';
import type { Byline } from '../../schema/article.js';
import type { Line } from '../../line.js';
import { asTimestamps, furnitureClaim, FURNITURE_LINE_MAX, shiftWarnings, type Claimer } from './claim.js';
import { readStampLine } from './stamp-line.js';
import { lazyPattern } from '../../extract/openers.js';

/** At most this many words beside the stamp. */
const MAX_OTHER_WORDS = 10;

export const claimStampAmongWords: Claimer = (line, { byline, title, options }) => {
  const read = readStampAmongWords(line, options, title !== null);
  if (read === null) return null;
  return furnitureClaim(line, byline, {
    stamps: asTimestamps(read.stamps.matches),
    warnings: shiftWarnings(read.stamps.warnings, read.start),
    byline: read.byline,
  });
};

export interface StampAmongWords {
  stamps: StampResult;
  /** Where the stamp starts in the line (0-based). */
  start: number;
  byline: Byline | null;
}

const MONTH = abbreviations(MONTHS).join('|');
const WEEKDAY = abbreviations(WEEKDAYS).join('|');
/** Where a stamp may start: a digit, a month or weekday, a stamp label. */
const STAMP_START = lazyPattern(() => new RegExp(`^(?:\\d|${MONTH}|${WEEKDAY}|(?:updated|published|posted|first|last|original)(?![a-z]))`, 'iu'));
const ALNUM = lazyPattern(() => /[\p{L}\p{N}]/u);
const END_CHAR = lazyPattern(() => /[\p{L}\p{N}.)]/u);
/** A word of the line, for the prose test. */
const WORD = lazyPattern(() => /[\p{L}][\p{L}'’.-]*/gu);

/**
 * Small words furniture is written with: `by jdadmin`, `0 Comments`, `in Jeongdong Promotion`,
 * `2 min read`, `By Kashmira Gander On 11/13/19`.
 */
const FURNITURE_WORDS = new Set('by on at in and of for the comments comment min mins read ago'.split(' '));
/** Zones written in lower case (`11:06am ist`); the stamp reader decides what they are. */
const ZONES = new Set('ist est edt pst pdt cst cdt mst mdt hst bst cet'.split(' '));

/**
 * The stamp and the byline of a line that holds a stamp among furniture words, or null. Names or
 * a source without `By` before the stamp are read only when `underTitle` (the headline is known):
 * above it, a capitalized line with a date is as likely a headline.
 */
export function readStampAmongWords(line: Pick<Line, 'no' | 'text'>, options: StampOptions, underTitle: boolean): StampAmongWords | null {
  const text = line.text.trim();
  if (text.length > FURNITURE_LINE_MAX || !WRITTEN_YEAR.test(text) || !mayBeFurniture(text)) return null;
  const found = longestStamp(line.no, text, options);
  if (found === null) return null;
  const prefix = trimSeparators(text.slice(0, found.start));
  const suffix = trimSeparators(text.slice(found.end));
  if (prefix === '' && suffix === '') return null; // a stamp line: the stamp-line claimer's
  if (words(prefix).length + words(suffix).length > MAX_OTHER_WORDS) return null;
  const before = readBefore(prefix, underTitle);
  if (before === null) return null;
  const after = readAfter(suffix, underTitle);
  if (after === null) return null;
  const match = before.byline ?? after.byline;
  const lineStart = line.text.indexOf(text);
  const byline: Byline | null = match
    ? { names: match.names, agency: match.agency, role: match.role, text: (before.byline ? before.text : after.text) ?? '', line: line.no }
    : null;
  return { stamps: found.stamps, start: lineStart + found.start, byline };
}

/** Cheap first look: no lower-case word but stamp and furniture words, and the word after `by`. */
function mayBeFurniture(text: string): boolean {
  let previous = '';
  for (const [word] of text.matchAll(WORD())) {
    const lower = word.toLowerCase();
    const bare = lower.replace(/\./gu, '');
    if (word[0] !== lower[0]) {
      previous = lower;
      continue; // capitalized: `Chris`, `CBS`, `McCoy`
    }
    if (!(FURNITURE_WORDS.has(bare) || isEnglishStampWord(bare) || ZONES.has(bare) || previous === 'by')) return false;
    previous = lower;
  }
  return true;
}

/**
 * A year as stamps write it: four digits from 1900 to 2099, or two after a numeric day and month
 * (`11/19/19`). A line without one is not read (its stamp would have no year).
 */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)|\d[./-]\d{1,2}[./-]\d\d(?!\d)/u;
/** A digit that starts a stamp: a numeric date or time (`13/06/2014`, `5:45`), a day before a word (`18 Nov`). */
const DIGIT_START = lazyPattern(() => /^\d{1,4}(?:[:./-]\d|(?:st|nd|rd|th)?\s+\p{L})/u);
/** A word a stamp may end with: a zone or meridiem (`EST`, `pm`, `ist`); others end in a digit or `)`. */
const END_WORD = lazyPattern(() => /(?:^|[^\p{L}])(?:\p{Lu}{1,5}|[ap]\.?m\.?|[a-z]{2,3})$/u);

/** The leftmost, then longest, part of the line that reads as a whole stamp line with a year. */
function longestStamp(no: number, text: string, options: StampOptions): { start: number; end: number; stamps: StampResult } | null {
  const ends: number[] = [];
  for (let i = text.length; i > 0; i--) {
    if (!END_CHAR().test(text[i - 1]!) || (i < text.length && ALNUM().test(text[i]!))) continue;
    if (/[\d)]/u.test(text[i - 1]!) || END_WORD().test(text.slice(Math.max(0, i - 6), i))) ends.push(i);
  }
  for (let start = 0; start < text.length; start++) {
    if (!ALNUM().test(text[start]!) || (start > 0 && ALNUM().test(text[start - 1]!))) continue;
    const rest = text.slice(start);
    if (!STAMP_START().test(rest) || (/\d/u.test(text[start]!) && !DIGIT_START().test(rest))) continue;
    for (const end of ends) {
      if (end <= start) break;
      if (start === 0 && end === text.length) continue;
      const stamps = readStampLine({ no, text: text.slice(start, end) }, options);
      if (!stamps.stampLine) continue;
      // A stamp among other words needs its year: `MOSCOW, May 14 (Reuters) -` is a dateline.
      if (stamps.yearless || stamps.matches.length === 0) return null;
      return { start, end, stamps };
    }
  }
  return null;
}

const EDGE_SEPARATORS = /^[\s|/,·•—–:;-]+|[\s|/,·•—–:;-]+$/gu;

function trimSeparators(text: string): string {
  return text.replace(EDGE_SEPARATORS, '');
}

function words(text: string): string[] {
  return text === '' ? [] : text.split(/\s+/u).filter((word) => ALNUM().test(word));
}

interface Part {
  byline: BylineMatch | null;
  text: string | null;
}

/** `Posted by` / `Written by` before `by`; `on` / `at` after the names (`By Kashmira Gander On`). */
const BY_VERB = /^(?:posted|published|written)\s+(?=by\s)/iu;
const TRAILING_LINK = /\s+(?:on|at)$/iu;
/** A Twitter handle glued to the name: `By Chris Pokorny@DawgsByNature`. */
const HANDLE = /@\w+$/u;
/** A role after a dash: `By Yasemin Saplakoglu - Staff Writer` (read as after a comma). */
const DASH = /\s+[-–—]\s+/u;
/** A capitalized word of a name or a source: `Chris`, `O'Neil`, `CBS`, `&`. */
const CAPITALIZED = lazyPattern(() => /^(?:\p{Lu}[\p{L}'’.&-]*|&)$/u);
/** A person's name: two or three capitalized words, not all in capitals (`CBS News` is a source). */
const PERSON = lazyPattern(() => /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?)? \p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u);

/** What stands before the stamp: nothing, a byline, or (under the headline) a name or a source. */
function readBefore(prefix: string, underTitle: boolean): Part | null {
  if (prefix === '') return { byline: null, text: null };
  const text = prefix.replace(TRAILING_LINK, '');
  const byline = bylineOf(text);
  if (byline) return { byline, text };
  if (/^by\s/iu.test(text.replace(BY_VERB, ''))) return null;
  if (!underTitle) return null;
  const parts = text.split(/\s+/u);
  if (parts.length > 5 || !parts.every((word) => CAPITALIZED().test(word))) return null;
  if (AGENCY_LINE.test(text)) return { byline: null, text: null };
  // A place in capitals before a date is a dateline, not a source.
  if (text === text.toUpperCase() && !parts.some((word) => word.length <= 4)) return null;
  if (PERSON().test(text)) return { byline: { names: [normalCase(text)], agency: null, role: null }, text };
  // A source's name is short, and no headline words (`Apple Event Set For November 19, 2019`).
  if (parts.length > 2 || parts.some((word) => FURNITURE_WORDS.has(word.toLowerCase()))) return null;
  return { byline: null, text: null };
}

/** `By X`, with `Posted` before it, a handle after the name or a role after a dash. */
function bylineOf(text: string): BylineMatch | null {
  const bare = text.replace(BY_VERB, '').replace(HANDLE, '');
  return matchByline(bare) ?? (DASH.test(bare) ? matchByline(bare.replace(DASH, ', ')) : null);
}

/** The time again in another zone, in brackets: `(07:05 pm ET)` after `04:05 pm PT` (AppleInsider). */
const SAME_TIME_ELSEWHERE = /\(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Za-z]{1,5}\)/giu;

/**
 * What stands after the stamp: nothing, a byline (`by Lars Brandle`; under the headline, a
 * name alone), or short labels, each of
 * capitalized words, numbers and furniture words (`Topic: Hardware`, `0 Comments`, `by jdadmin`).
 */
function readAfter(written: string, underTitle: boolean): Part | null {
  const suffix = trimSeparators(written.replace(SAME_TIME_ELSEWHERE, ' '));
  if (suffix === '') return { byline: null, text: null };
  const byline = /^by:?\s/iu.test(suffix) ? bylineOf(suffix) : null;
  if (byline) return { byline, text: suffix };
  // The author's name alone after the stamp: `November 20, 2019 Emiliano Bellini` (pv magazine),
  // `February 1, 2019 Ilana Muhlstein, MS, RDN` (Beachbody: her degrees are no names).
  if (underTitle) {
    const names = PERSON().test(suffix) ? { names: [suffix], agency: null, role: null } : matchByline(`By ${suffix}`);
    if (names && names.names.every((name) => PERSON().test(name))) return { byline: names, text: suffix };
  }
  for (const label of suffix.split(/\s*[|/,·•]\s*|\s+[-–—]+\s+/u)) {
    const parts = words(label);
    if (parts.length > 4) return null;
    let previous = '';
    for (const word of parts) {
      const bare = word.replace(/[:.]$/u, '');
      const lower = bare.toLowerCase();
      const ok = CAPITALIZED().test(bare) || /^\d+$/u.test(bare) || FURNITURE_WORDS.has(lower) || ZONES.has(lower) || previous === 'by';
      if (!ok) return null;
      previous = bare.toLowerCase();
    }
  }
  return { byline: null, text: null };
}
