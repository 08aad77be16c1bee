/**
 * English stamps: chrono-node's English parsers, trimmed to the formats a stamp line uses, plus
 * the shared numeric-date parser, and the English labels and line vocabulary (`en-labels.ts`).
 *
 * Only the English locale is used, and the configured instance is built on first use, not at
 * import. The import names the package entry and takes its `en` namespace instead of the
 * `chrono-node/en` subpath: Vite (so vitest) cannot resolve that subpath, because
 * resolve.exports lets chrono's two-star export pattern win over `./*` and looks for
 * `locales/en/en/index.js`. chrono declares `sideEffects: false`, so the esbuild bundle keeps
 * only the English locale: the built CLI is the same size and starts as fast as with
 * `chrono-node/en` (checked with esbuild's metafile and output size).
 */
import { Chrono, en, ParsingComponents, ParsingResult, ReferenceWithTimezone, type ParsedResult, type Parser } from 'chrono-node';
import type { DateOrder } from '../../../options.js';
import { abbreviations, MONTH_NUMBERS, MONTHS, spellings, WEEKDAYS } from '../../calendar.js';
import { LETTER } from '../../letters.js';
import type { Candidate } from '../common/join.js';
import { daysInMonth, numericDateParser } from '../common/numeric-date.js';
import { weekdayCheckRefiner } from '../common/weekday.js';
import { yearCompletionRefiner } from '../common/year.js';
import { readZone } from '../common/zones.js';
import type { StampLocale } from '../locale.js';
import { blankMeridiemAfter24h, isEnglishStampWord, isStampOnly, labelBefore, mayBeStampLine } from './en-labels.js';
import { holdsForeignWord } from './en-words.js';

/**
 * chrono's stock parts we leave out, by class name:
 * - `SlashDateFormatParser` reads `05.06.2019` month-first; {@link numericDateParser} replaces it.
 * - relative and duration parsers (`2 hours ago`, `within 3 days`, `11/2019`): a stamp is absolute,
 *   and relative extras are recognized as line residue instead.
 * - the time zone refiners: they resolve abbreviations through `Date` local methods (the machine
 *   zone) and know no IANA rules; `zones.ts` reads zones instead.
 * - `ForwardDateRefiner`, `ENMergeDateRangeRefiner` and the relative-merge refiners compare
 *   `Date`s in the machine zone; a stamp is never a range.
 */
export const LEFT_OUT: ReadonlySet<string> = new Set([
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'SlashDateFormatParser',
  'ENSlashMonthFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner',
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  'ForwardDateRefiner',
  'ENMergeDateRangeRefiner',
]);

type ExtractContext = Parameters<Parser['extract']>[0];

/*
 * Dates with a month name, in the forms stamp lines use: `14 May 2019`, `19-OCT-1987`,
 * `14th May 2019`, `May 14, 2019`, `MAY 14 2019`, `Dec. 25` (no year). They replace chrono's
 * ENMonthNameLittleEndianParser and ENMonthNameMiddleEndianParser, whose patterns (1,400+
 * characters of ordinal words) take 20-40 ms to compile on a cold start: more than a whole
 * one-file run should cost. What those read beyond this (`the fourteenth of May`, ranges such as
 * `14-16 May`) does not occur in stamp lines.
 */
const MONTH_NAME = `(${spellings(MONTHS).join('|')})`;
const DAY_MONTH_YEAR = new RegExp(
  `(?<![A-Za-z0-9])(\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \\-./]*${MONTH_NAME}\\.?(?:[ \\-./,]+(\\d{4}))?(?![A-Za-z0-9])`,
  'i',
);
const MONTH_DAY_YEAR = new RegExp(
  `(?<![A-Za-z0-9])${MONTH_NAME}\\.?[ \\-]*(\\d{1,2})(?:st|nd|rd|th)?(?![0-9:.]\\d|[A-Za-z])(?: ?,? ?(\\d{4})(?![0-9:]))?`,
  'i',
);

/**
 * A year glued to the time, as w3m dumps a page that prints them in two elements: Slate's `Nov
 * 15, 20195:45 AM`, CNBC's `Published Tue, Nov 19 20197:05 AM EST`. Read only with a four-digit
 * year and a 12-hour time with its meridiem, where the cut between them is certain.
 */
const GLUED_YEAR_TIME = new RegExp(
  `(?<![A-Za-z0-9])${MONTH_NAME}\\.? (\\d{1,2}),? ((?:19|20)\\d\\d)(1[0-2]|0?[1-9]):([0-5]\\d) ?([AaPp])\\.?[Mm]\\.?(?![A-Za-z0-9])`,
  'i',
);

const gluedYearTimeParser: Parser = {
  pattern: () => GLUED_YEAR_TIME,
  extract(context: ExtractContext, match: RegExpMatchArray) {
    const month = MONTH_NUMBERS[(match[1] ?? '').slice(0, 3).toLowerCase()];
    const day = Number(match[2]);
    if (month === undefined || day < 1 || day > 31) return null;
    const hour12 = Number(match[4]);
    const pm = (match[6] ?? '').toLowerCase() === 'p';
    const hour = (hour12 % 12) + (pm ? 12 : 0);
    return context.createParsingResult(match.index ?? 0, match[0], { day, month, year: Number(match[3]), hour, minute: Number(match[5]), meridiem: pm ? 1 : 0 });
  },
};

function monthNameParser(pattern: RegExp, order: 'dmy' | 'mdy'): Parser {
  return {
    pattern: () => pattern,
    extract(context: ExtractContext, match: RegExpMatchArray) {
      const [dayText, monthText] = order === 'dmy' ? [match[1], match[2]] : [match[2], match[1]];
      const month = MONTH_NUMBERS[(monthText ?? '').slice(0, 3).toLowerCase()];
      const day = Number(dayText);
      const yearText = match[3];
      if (month === undefined || day < 1 || day > 31) return null;
      const components: { day: number; month: number; year?: number } = { day, month };
      if (yearText) components.year = Number(yearText);
      const result = context.createParsingResult(match.index ?? 0, match[0], components);
      // No year written: chrono's convention is to imply one; the caller checks isCertain('year').
      if (!yearText) result.start.imply('year', context.reference.instant.getUTCFullYear());
      return result;
    },
  };
}

/**
 * `P.T.` (Pacific time) after a time would be read by chrono as the meridiem `P` (so `10:00 P.T.`
 * became 22:00). It is blanked, keeping every index, before chrono sees the line; `zones.ts`
 * reads it from the original text.
 */
const PACIFIC_DOTTED = new RegExp(`(?<![${LETTER}0-9])P\\.T\\.(?![${LETTER}0-9])`, 'g');

/**
 * A dotted date that can only be month first: `11.15.2019 10:09 AM` (Wired). Dotted dates are
 * day first (`numeric-date.ts`); when the second part is above 12 and the first is a month, that
 * reading does not exist, and English pages that print it mean month, day, year. Four-digit
 * years only, with the numeric-date parser's guards (no letter, digit or dot run on either side).
 */
const DOTTED_MONTH_FIRST = /(?<![A-Za-z0-9./\-_])(0?[1-9]|1[0-2])\.(1[3-9]|2\d|3[01])\.((?:19|20)\d\d)(?![A-Za-z0-9_]|\.[0-9])/;

const dottedMonthFirstParser: Parser = {
  pattern: () => DOTTED_MONTH_FIRST,
  extract(context: ExtractContext, match: RegExpMatchArray) {
    const month = Number(match[1]);
    const day = Number(match[2]);
    const year = Number(match[3]);
    if (day > daysInMonth(year, month)) return null;
    return context.createParsingResult(match.index ?? 0, match[0], { day, month, year });
  },
};

/**
 * Words that only chrono's name-based parsers read. A line without any (`14.05.2019 16:24`,
 * `2019-05-14T16:24:00Z`) goes to a small engine of the numeric parsers: the month-name
 * parsers' patterns cost ~20 ms to compile on first use, a large share of a one-file run.
 */
const NAMED_DATE_WORD = new RegExp(
  `(?:${[...abbreviations(MONTHS), ...abbreviations(WEEKDAYS), ...'today yesterday tomorrow tonight noon midnight morning evening night last next this ago'.split(' ')].join('|')})`,
  'i',
);
/** chrono's parsers for digit-only stamps: ISO 8601, `2019/05/14`, and times of day. */
export const NUMERIC_ONLY: ReadonlySet<string> = new Set(['ISOFormatParser', 'ENYearMonthDayParser', 'ENTimeExpressionParser']);

const engines = new Map<string, Chrono>();

/** The chrono instance for a date order, full or numeric-only, built on first use. */
function engine(dateOrder: DateOrder, named: boolean): Chrono {
  const key = `${dateOrder}/${named}`;
  let chrono = engines.get(key);
  if (!chrono) {
    const config = en.configuration.createConfiguration(true, false);
    const keep = (part: object): boolean => !LEFT_OUT.has(part.constructor.name);
    const parsers = config.parsers.filter(keep).filter((parser) => named || NUMERIC_ONLY.has(parser.constructor.name));
    const own = named ? [gluedYearTimeParser, monthNameParser(DAY_MONTH_YEAR, 'dmy'), monthNameParser(MONTH_DAY_YEAR, 'mdy')] : [];
    chrono = new Chrono({
      parsers: [numericDateParser(dateOrder), dottedMonthFirstParser, ...own, ...parsers],
      refiners: [...config.refiners.filter(keep), yearCompletionRefiner(), weekdayCheckRefiner()],
    });
    engines.set(key, chrono);
  }
  return chrono;
}

/**
 * Reuters' stamp line, `19-OCT-1987 15:35:53.55` alone on its line (spaces around it allowed),
 * with a real date and time: the month-name date joined with chrono's time expression.
 */
const REUTERS_STAMP = new RegExp(
  `^( *)(\\d{1,2})-(${abbreviations(MONTHS).join('|').toUpperCase()})-((?:19|20)\\d\\d) ([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d)\\.(\\d\\d) *$`,
);
/** The tag chrono's time expression parser leaves on the result it joins a date into. */
const TIME_EXPRESSION_TAG = 'parser/ENTimeExpressionParser';

/** The parts of a Reuters stamp line ({@link REUTERS_STAMP}) with a date that exists. */
interface ReutersStamp {
  /** Where the stamp starts (the spaces before it) and its length (without the spaces after it). */
  start: number;
  length: number;
  day: number;
  month: number;
  year: number;
  hour: number;
  minute: number;
  second: number;
  /** The two digits after the seconds' point, as written. */
  fraction: string;
}

function reutersStampOf(text: string): ReutersStamp | null {
  const match = REUTERS_STAMP.exec(text);
  if (!match) return null;
  const [, lead = '', dayText, monthText = '', yearText, hourText, minuteText, secondText, fraction = ''] = match;
  const day = Number(dayText);
  const month = MONTH_NUMBERS[monthText.toLowerCase()] ?? 0;
  const year = Number(yearText);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const length = text.trimEnd().length - lead.length;
  return { start: lead.length, length, day, month, year, hour: Number(hourText), minute: Number(minuteText), second: Number(secondText), fraction };
}

/**
 * The most common stamp line of the corpus read directly: about half of a Reuters story's stamp
 * work went into chrono's two parsers and refiners for it (object churn and `Date` math). The
 * result is built as chrono builds it (same components, known and implied, same tag, same span),
 * so everything after it sees no difference; `test/extract/timestamp-direct.test.ts` compares the
 * two readings on every such line of the fixtures and corpus and on generated ones. Any other
 * line, or a date that does not exist, goes to chrono.
 */
export function readReutersStamp(text: string, instant: Date): ParsedResult[] | null {
  const stamp = reutersStampOf(text);
  if (!stamp) return null;
  const { day, month, year, hour } = stamp;
  const known: Record<string, number> = { day, month, year, hour, minute: stamp.minute, second: stamp.second, millisecond: Number(stamp.fraction) };
  // chrono's time expression: a PM meridiem is written for hours past noon, implied otherwise.
  if (hour > 12) known.meridiem = 1;
  const reference = new ReferenceWithTimezone(instant, 0);
  const start = new ParsingComponents(reference, known);
  if (hour <= 12) start.imply('meridiem', hour < 12 ? 0 : 1);
  start.addTag(TIME_EXPRESSION_TAG);
  const result = new ParsingResult(reference, stamp.start, text.slice(stamp.start, stamp.start + stamp.length), start);
  // chrono's parsers leave `end` null, not undefined.
  (result as { end?: ParsingComponents | null }).end = null;
  return [result];
}

/**
 * The candidates of a Reuters stamp line without any parser result: what `candidatesIn` makes of
 * {@link readReutersStamp}'s (the stamp's span, its date, its clock with the fraction as written,
 * a zone written after it), built at once. Its result objects, and reading them back through
 * chrono's accessors, were most of what the line still cost. Null for any other line, which the
 * parsers read (test/extract/timestamp-direct.test.ts compares the two ways).
 */
export function readReutersCandidates(text: string): Candidate[] | null {
  const stamp = reutersStampOf(text);
  if (!stamp) return null;
  const end = stamp.start + stamp.length;
  // A zone is read only from something after the stamp (a normalized line ends with it).
  const zone = end === text.length ? null : readZone(text, end);
  const clock = { hour: stamp.hour, minute: stamp.minute, second: stamp.second, fraction: stamp.fraction };
  return [
    {
      start: stamp.start,
      end: zone ? Math.max(end, zone.end) : end,
      year: stamp.year,
      month: stamp.month,
      day: stamp.day,
      completedYear: null,
      weekday: null,
      weekdayMismatch: false,
      clock,
      zone,
      ambiguous: false,
    },
  ];
}

/**
 * Runs the parser over one line. `reference` is the `YYYY-MM-DD` day chrono completes missing
 * parts from; it is given as an instant at noon UTC with a zero offset, so nothing depends on the
 * machine zone.
 */
function parseDates(
  text: string,
  reference: { year: number; month: number; day: number },
  dateOrder: DateOrder,
): ParsedResult[] {
  return readReutersStamp(text, referenceInstant(reference)) ?? parseWithChrono(text, reference, dateOrder);
}

/** {@link parseDates} without the direct reader: chrono's reading (tests compare the two). */
export function parseWithChrono(
  text: string,
  reference: { year: number; month: number; day: number },
  dateOrder: DateOrder,
): ParsedResult[] {
  const pacific = text.includes('P.T.') ? text.replace(PACIFIC_DOTTED, '    ') : text;
  const masked = blankMeridiemAfter24h(pacific);
  return engine(dateOrder, NAMED_DATE_WORD.test(masked)).parse(masked, { instant: referenceInstant(reference), timezone: 0 });
}

function referenceInstant(reference: { year: number; month: number; day: number }): Date {
  return new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
}

/** What may stand between a date and the time that belongs to it (`--`: ZDNet's `November 18, 2019 -- 19:14 GMT`). */
const DATE_TIME_GAP = /^\s*(?:[/|,·•—–-]|--|at|@)?\s*$/iu;
const LEADING_WORD = /^(?:on|at)\s+/i;
/**
 * What may stand between a time written first and its date (its zone, read apart, may too):
 * USA Today's `Published 7:07 PM EST Nov 19, 2019`, and with `on` as NBC's stations and USA
 * Today's updates print it, `Updated at 5:36 PM CST on Nov 18, 2019`. Only a space, a comma or
 * `on`, so a time and a date that are parts of different things (`10:00 - Nov 19`) stay apart.
 */
const TIME_BEFORE_DATE = /^\s*,?\s+(?:on\s+)?$/u;

export const english: StampLocale = {
  code: 'en',
  mayBeStampLine,
  holdsForeignWord,
  isStampWord: isEnglishStampWord,
  parse: parseDates,
  readCandidates: readReutersCandidates,
  dateTimeGap: DATE_TIME_GAP,
  timeBeforeDate: TIME_BEFORE_DATE,
  leadingWord: LEADING_WORD,
  labelBefore,
  isStampOnly,
};
