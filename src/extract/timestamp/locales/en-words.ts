/**
 * English: the words a stamp line can hold at all, for the stamp reader's fast path. A line
 * holding any other word (`BOSTON, Oct 19 -`, `MARINE CORP <MCOR.O> 3RD QTR NET`, a line of
 * prose) is never an English stamp line, whatever the date parsers find in it: with the stamps
 * cut out, the rest of a stamp line must be labels and stamp words (`isStampOnly`), and the
 * stamps themselves are made of the parsers' words, a zone and what joins them. So chrono need
 * not read it when only stamp lines are wanted (`stampLinesOnly`).
 *
 * The words (lower case): the line vocabulary of `en-labels.ts` (labels, weekdays, months,
 * `am`, `ago`, zone words…; its weekdays and months are calendar.ts's spellings, which hold
 * every name chrono's dictionaries hold), every word the English parsers' patterns hold (chrono-node's
 * ISO, year-month-day, weekday and time expression parsers and its date-time merge, this
 * locale's month-name parsers), and zones as `zones.ts` reads them. A run of letters may be
 * several of them glued (`onMonday`, `14thMay`: chrono allows no space between them).
 * test/extract/timestamp-lines-only.test.ts checks on every fixture and corpus line that no
 * stamp line is lost.
 */
import { coveredBy } from '../common/words.js';
import { isZoneWord } from '../common/zones.js';
import { isEnglishStampWord } from './en-labels.js';

/** Words of the parsers' patterns besides the line vocabulary (`en-labels.ts`). */
const PARSER_WORDS = new Set(
  [
    // weekday parser: `on this Monday`, `last weekend`, `Monday of next week`
    'on this last past next weekend weekday week of',
    // time expressions: `at 5 p.m.`, `from 5 to 6`, `5 o'clock`, `at night`, `in the morning`
    'at from to until through till a am p pm m o clock night in the morning afternoon',
    // ordinal suffixes, year suffixes, ISO 8601's `T` and `Z`, the date-time merge's gap words
    'st nd rd th be ad bc bce ce t z h after before',
  ].join(' ').split(' '),
);

const isWord = (lower: string): boolean => PARSER_WORDS.has(lower) || isEnglishStampWord(lower);

/** Runs of what is not a letter, in any script (`\p{…}` costs a compilation: built on first use). */
let notLetters: RegExp | null = null;
const NOT_LETTERS = (): RegExp => (notLetters ??= new RegExp('[^\\p{L}]+', 'u'));
const ASCII_LETTERS = /^[A-Za-z]+$/;

/** True when a run of letters of the line can be no part of an English stamp line (a non-ASCII letter never is). */
export function holdsForeignWord(line: string): boolean {
  for (const word of line.split(NOT_LETTERS())) {
    if (word === '' || isZoneWord(word)) continue;
    if (!ASCII_LETTERS.test(word)) return true;
    const lower = word.toLowerCase();
    // Stamp words glued together (`onmonday`, `thmay`) are read too.
    if (!isWord(lower) && !coveredBy(lower, isWord, lower.length)) return true;
  }
  return false;
}
