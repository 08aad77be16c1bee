/**
 * English: what surrounds a stamp in its line: the label before it (`Published:`, `Updated`) and whether
 * the rest of the line is stamp material only (labels, separators, weekdays, `Updated 2 hours ago`).
 */

import { MONTHS, spellings, WEEKDAYS } from '../../calendar.js';
import { LETTER } from '../../letters.js';
import type { StampLabel } from '../locale.js';

/** A weekday, abbreviated (with or without a full stop) or written out. */
const WEEKDAY = `(?:${WEEKDAYS.flatMap(({ short, more }) => [short, ...more]).join('|')})\\.?|(?:${WEEKDAYS.map(({ name }) => name).join('|')})`;

/**
 * A label at the end of the text before a stamp, with `on`/`at`, a colon or a weekday after it.
 * `Original` is Barron's first-published label (`Updated Nov. 19, 2019 8:21 am ET / Original Nov.
 * 19, 2019 8:02 am ET`).
 */
const LABEL_AT_END = new RegExp(
  `(?:^|[^${LETTER}0-9])(last\\s+modified|last\\s+updated|updated|modified|first\\s+published|originally\\s+published|published|posted|original)` +
    `(?:\\s*:)?(?:\\s+(?:on|at))?(?:\\s*:)?(?:\\s+(?:${WEEKDAY}),?)?\\s*$`,
  'i',
);

/** The label that ends `before` (the text between the previous stamp, or the line start, and a stamp). */
export function labelBefore(before: string): StampLabel | null {
  const match = LABEL_AT_END.exec(before);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  return word.includes('published') || word === 'posted' || word === 'original' ? 'published' : 'updated';
}

/** Relative extras that may share a stamp line: `Updated 2 hours ago`, `5 mins ago`, `just now`. */
const RELATIVE_EXTRA = new RegExp(
  `(?:^|[^${LETTER}0-9])(?:(?:\\d+|an?|one)\\s+` +
    '(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\\s+ago|just\\s+now)' +
    `(?![${LETTER}0-9])`,
  'gi',
);

const SEPARATORS = /[\s/|,·•—–\-:()[\]@]+/u;

const ALLOWED_WORDS = new Set([
  'published',
  'updated',
  'update',
  'posted',
  'modified',
  'last',
  'first',
  'original',
  'originally',
  'on',
  'at',
  'date',
  'time',
  ...spellings(WEEKDAYS),
]);

/**
 * A meridiem after a 24-hour time (`Nov 20 2019, 13:42pm ist`, Deccan Herald's update stamp) says
 * nothing chrono can use, and makes it drop the time: it is blanked, keeping every index, so the
 * time reads as written. Hours 0-12 keep theirs.
 */
const MERIDIEM_AFTER_24H = /(?<![0-9])(?:1[3-9]|2[0-3])[:.][0-5]\d ?([AaPp]\.?[Mm]\.?)(?![A-Za-z])/g;

export function blankMeridiemAfter24h(text: string): string {
  return text.replace(MERIDIEM_AFTER_24H, (match: string, meridiem: string) => match.slice(0, match.length - meridiem.length) + ' '.repeat(meridiem.length));
}

/**
 * True when `line`, with the `spans` of stamps taken out, holds only labels, separators
 * (`/`, `|`, `-`, `—`, `,`, `·`), weekday names, `at`, `on` and relative extras.
 */
export function isStampOnly(written: string, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  const line = blankMeridiemAfter24h(written);
  let rest = '';
  let at = 0;
  for (const span of spans) {
    rest += `${line.slice(at, span.start)} `;
    at = Math.max(at, span.end);
  }
  rest += line.slice(at);
  rest = rest.replace(RELATIVE_EXTRA, ' ');
  for (const word of rest.split(SEPARATORS)) {
    if (word === '') continue;
    if (!ALLOWED_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) return false;
  }
  return true;
}

/** Words besides {@link ALLOWED_WORDS} that a stamp itself is written with. */
const STAMP_WORDS = new Set([
  ...spellings(MONTHS),
  ...'am pm a m p noon midnight ago just now secs sec seconds second mins min minutes minute hrs hr hours hour days day weeks week months month years year an one'.split(' '),
  ...'gmt utc eastern central mountain pacific time standard daylight summer of the et pt ct mt'.split(' '),
]);

/** True for a word English stamp lines are written with (`published`, `may`, `pm`, `gmt`, `on`). */
export function isEnglishStampWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ALLOWED_WORDS.has(lower) || STAMP_WORDS.has(lower);
}

/** Runs of what is not a letter, in any script (`\p{…}` costs a compilation: built on first use). */
let notLetters: RegExp | null = null;
const NOT_LETTERS = (): RegExp => (notLetters ??= new RegExp('[^\\p{L}]+', 'u'));

/**
 * A cheap first look, before the date parser: could this line be nothing but a stamp? No when
 * it has more than one word that is neither stamp vocabulary nor a short capitalized zone
 * abbreviation (`EDT`, `MSK`). Headlines with a number in them and the lead's dateline
 * (`BAHRAIN, Oct 19 - Huge oil platforms`) stop here, which keeps one-file runs fast: the
 * parser's month-name patterns are costly to compile on first use.
 */
export function mayBeStampLine(line: string): boolean {
  let unknown = 0;
  for (const word of line.split(NOT_LETTERS())) {
    if (word === '') continue;
    const lower = word.toLowerCase();
    if (ALLOWED_WORDS.has(lower) || STAMP_WORDS.has(lower)) continue;
    if (word.length <= 4 && word === word.toUpperCase()) continue;
    if (++unknown > 1) return false;
  }
  return true;
}
