/**
 * Timestamp extraction: finds publication stamps in one header line.
 *
 * Each language is a locale (`timestamp/locales/`, registered in `locales/index.ts`): English
 * wraps chrono-node's English parsers; the others are built from a vocabulary table by
 * `timestamp/common/configuration.ts`. For a line, the locales are tried in order (hinted
 * languages first, else English first); each one's cheap pre-check decides whether its parsers
 * run at all. The shared steps live in `timestamp/common/`: date+time joining (`join.ts`), zone
 * reading (`zones.ts`), numeric dates and two-digit years (`numeric-date.ts`), the chrono
 * refiners for year completion (`year.ts`) and weekday checks (`weekday.ts`), and relative
 * stamps (`relative.ts`). This module picks the locale that reads
 * the line as a stamp line, takes the label before each stamp, and builds the ISO string from
 * the written components. It never reads the clock or the machine's time zone: the same line
 * gives the same result everywhere.
 *
 * Decisions:
 * - Fractions of a second are kept as written: `15:35:53.55` gives `…T15:35:53.55`.
 * - Two-digit years: 00–49 are 2000–2049, 50–99 are 1950–1999 (`28/2/18` is 2018-02-28).
 * - A date without a year is only a stamp when its line is stamp material only (so a dateline
 *   such as `MOSCOW, May 14 (Reuters) -` never is). Then, with no `referenceDate`, it is reported
 *   as `timestamp-no-year` and not returned; with one, the year is the one that puts the date
 *   nearest to the reference date (ties go to the earlier date), so `Dec. 25` with a reference
 *   date of 2019-05-14 is 2018-12-25.
 * - A stamp with a time but no written zone takes `options.tz` (offset for that date); a stamp
 *   with only a date has no offset and no zone.
 * - A wall time skipped or repeated by a clock change takes the offset in force before the
 *   change (Temporal's `compatible` disambiguation).
 */
import type { Diagnostic, Timestamp } from '../schema/article.js';
import { diagnostic } from '../diagnostic.js';
import type { DateOrder } from '../options.js';
import { candidatesIn, type Candidate } from './timestamp/common/join.js';
import { daysInMonth, numericDateIn } from './timestamp/common/numeric-date.js';
import { resolveRelative } from './timestamp/common/relative.js';
import { weekdayMismatch } from './timestamp/common/weekday.js';
import { asciiDigits } from './timestamp/common/words.js';
import type { RelativeHit, StampLocale } from './timestamp/locale.js';
import { DEFAULT_LOCALE, localeOf, localeOrder } from './timestamp/locales/index.js';
import { formatOffset, offsetMinutes, resolveZoneOption, type ZoneRef } from './timestamp/common/zones.js';

export { isValidTimeZone } from './timestamp/common/zones.js';
export { STAMP_LANGUAGES } from './timestamp/locales/index.js';

export interface StampOptions {
  /** Zone for stamps without one (IANA name or `+03:00`), or null. */
  tz: string | null;
  dateOrder: DateOrder;
  /** `YYYY-MM-DD`, used only to complete stamps without a year; null = do not guess. */
  referenceDate: string | null;
  /**
   * Languages (ISO 639-1 codes, e.g. the story's detected or `--lang` language) whose stamp
   * vocabularies are tried first, in order. Default: every language, English first. A stamp in
   * another language than the hinted ones is still read.
   */
  languages?: readonly string[] | null;
  /**
   * True: the caller uses stamp lines only (`stampLine`), so a line that is none gives no
   * matches, and the work that could only find dates among other words is skipped (a locale
   * does not parse a line holding a word its stamp lines never hold). Default false: the
   * fullest reading of any line.
   */
  stampLinesOnly?: boolean;
  /**
   * True when the story's language was looked for and not found (`languages` is then null): the
   * header may read a line's furniture words in the one language whose stamp label the line holds
   * (`Közzétéve: 2025. március 11. | Szerző: …`). Default false: no language, or English.
   */
  languageUnknown?: boolean;
}

export interface StampMatch extends Timestamp {
  /** 1-based column where `text` starts in the line. */
  column: number;
  /**
   * True when the line holds nothing but stamps, their labels (`Published:`, `Posted on`),
   * separators (`/`, `|`, `-`) and relative extras (`Updated 2 hours ago`), so the core may
   * take the whole line out of the body.
   */
  wholeLine: boolean;
}

export interface StampResult {
  /** Stamps found in the line, in order of column. */
  matches: StampMatch[];
  /**
   * True when the line is nothing but stamp material, even if no stamp in it could be
   * completed (`Updated Dec. 25 at 3:53 pm E.T.` without a reference date): the core takes
   * such a line out of the body all the same, and the warning says why no timestamp came of it.
   */
  stampLine: boolean;
  /**
   * E.g. `timestamp-ambiguous-date`, `timestamp-no-year`, `timestamp-unknown-zone`,
   * `timestamp-weekday-mismatch`. Only for stamp lines (`wholeLine`): a date in prose is not
   * worth a warning.
   */
  warnings: Diagnostic[];
  /**
   * Stamp lines only: true when the line's stamps are relative phrases with a word for the amount
   * and no label (`vor einer Stunde`, `Hace un año`). Such a line is also a story's subheading
   * (`Vor einem Jahr` between two paragraphs): the header takes it only in its zone above the body,
   * where a stamp line under the headline stands, never below a standfirst or further down a page.
   * Absent otherwise (`Aktualisiert vor einer Stunde` has its label).
   */
  bareRelative?: true;
  /**
   * Stamp lines only: true when every date on the line is written without its year (`November
   * 18`, `Updated Dec. 25 at 3:53 pm E.T.`), whether or not a reference date completed it. The
   * header takes such a line's stamp only when no other line gives one. Absent otherwise.
   */
  yearless?: true;
}

/** Lines longer than this are prose, not stamp lines, and are not searched. */
const MAX_LINE_LENGTH = 500;

/** Reference day given to chrono when `referenceDate` is null; years it implies are never used. */
const FIXED_REFERENCE = { year: 2000, month: 1, day: 1 };

const REFERENCE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const HAS_DIGIT = /\d/;

/**
 * A line without a digit is read only as a relative stamp whose amount is a word for one (`vor
 * einer Stunde`, `il y a une heure`, `hace un día`, `acum o oră`, `un'ora fa`), and only when it is
 * this short: the longest such line in test/bench/stamps.tsv's tuning rows is 21 characters.
 */
const MAX_WORDED_LINE = 60;

/** A line ending as a sentence ends (`Vor einem Jahr.`) is prose, not a relative stamp without a digit. */
const SENTENCE_STOP = /[.!?…]["'”’»)]*\s*$/u;

interface Day {
  year: number;
  month: number;
  day: number;
}

export function findTimestamps(line: { no: number; text: string }, options: StampOptions): StampResult {
  try {
    return find(line, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      matches: [],
      stampLine: false,
      warnings: [
        diagnostic('timestamp-internal-error', `Could not search line ${line.no} for a stamp: ${reason}`, line.no),
      ],
    };
  }
}

function find(line: { no: number; text: string }, options: StampOptions): StampResult {
  const original = typeof line.text === 'string' ? line.text : '';
  const empty: StampResult = { matches: [], warnings: [], stampLine: false };
  if (original.length > MAX_LINE_LENGTH) return empty;
  // Arabic-Indic and full-width digits read as ASCII digits; indices stay the same.
  const text = asciiDigits(original);
  const digits = HAS_DIGIT.test(text);
  if (!digits && text.length > MAX_WORDED_LINE) return empty;

  const reference = parseReferenceDate(options.referenceDate);
  const dateOrder: DateOrder = options.dateOrder === 'mdy' ? 'mdy' : 'dmy';
  const scan: Scan = { no: line.no, original, text, reference, dateOrder, options, hinted: hintedCodes(options.languages) };
  if (!digits) return findWorded(scan) ?? empty;
  // The first language that reads the whole line as a stamp line wins; otherwise the one whose
  // stamps cover most of the line, the earlier on a tie (the core only uses stamp lines, but a
  // caller asking for the date in a line gets the fullest reading).
  let fallback: StampResult | null = null;
  const order = localeOrder(options.languages);
  for (const locale of order) {
    const found = findIn(locale, scan, false);
    if (!found) continue;
    if (found.stampLine) return found;
    if (!fallback || covered(found) > covered(fallback)) fallback = found;
  }
  if (options.stampLinesOnly) return empty;
  if (fallback) return fallback;
  // In a story of a known language, a date among other words (`Текст: Лида Буслаева·11 октября
  // 2018`, `Carlos Nadalim 27/09/2018 Comente!`) is still the date of that line: read without the
  // pre-check, by the hinted languages only, and never a stamp line. (English reads stamp lines
  // only: its pre-check keeps English runs from compiling chrono's month-name patterns.)
  for (const locale of order) {
    if (!scan.hinted.includes(locale.code)) break;
    if (!locale.readsDatesAmongWords) continue;
    const found = findIn(locale, scan, true);
    if (found && found.matches.length > 0) return found;
  }
  return empty;
}

/**
 * A line with no digit: a stamp line when a language reads it as nothing but relative stamps with
 * a word for one (and its labels), the first such language in the options' order; never a line
 * that ends in a sentence stop, and one without a label is `bareRelative`. No date parser
 * runs (a line without a digit holds no other date the reader takes), so an English story's
 * lines cost a word look-up each, and no language's patterns are built unless its own words are on
 * the line.
 */
function findWorded(scan: Scan): StampResult | null {
  const { text, reference } = scan;
  if (SENTENCE_STOP.test(text)) return null;
  for (const locale of localeOrder(scan.options.languages)) {
    if (!locale.relative) continue;
    if (!locale.mayBeStampLine(text, scan.hinted.includes(locale.code), DEFAULT_LOCALE.isStampWord) && !locale.hasLabel?.(text)) continue;
    // (An amount inside a word, the `um` of `algum dia atrás`, leaves the rest of that word on the line.)
    const hits = locale.relative(text);
    if (hits.length === 0 || !locale.isStampOnly(text, [])) continue;
    const result: StampResult = { matches: [], warnings: [], stampLine: true };
    let previousEnd = 0;
    let labelled = false;
    for (const hit of hits) {
      const label = locale.labelBefore(text.slice(previousEnd, hit.start));
      if (label !== null) labelled = true;
      previousEnd = hit.end;
      const where = { line: scan.no, column: hit.start + 1, label };
      const match = relativeMatch(hit, scan.original.slice(hit.start, hit.end), where, reference, result.warnings);
      if (match) result.matches.push(match);
    }
    if (!labelled) result.bareRelative = true;
    return result;
  }
  return null;
}

/**
 * The languages the options name, as the codes of the tables that read them (`pt-BR` names `pt`,
 * and `sr` or `bs` the `hr` table that lists them among its aliases): worked out once a line, not
 * once a line and language.
 */
function hintedCodes(languages: readonly string[] | null | undefined): readonly string[] {
  if (!languages || languages.length === 0) return [];
  return languages.map((code) => {
    if (typeof code !== 'string') return '';
    let table = TABLE_OF.get(code);
    if (table === undefined) {
      const base = code.toLowerCase().split(/[-_]/)[0]!;
      table = localeOf(base)?.code ?? base;
      TABLE_OF.set(code, table);
    }
    return table;
  });
}

/** {@link hintedCodes}' answer for each code asked (a handful of codes in a run). */
const TABLE_OF = new Map<string, string>();

function covered(result: StampResult): number {
  return result.matches.reduce((sum, match) => sum + match.text.length, 0);
}

interface Scan {
  no: number;
  /** The line as written (stamp texts are cut from it). */
  original: string;
  /** The line with ASCII digits, which the parsers read. */
  text: string;
  reference: Day | null;
  dateOrder: DateOrder;
  options: StampOptions;
  /** The codes of the hinted languages ({@link hintedCodes}). */
  hinted: readonly string[];
}

/**
 * Stamps in the line as one language reads them, or null when it sees none. `anyLine`: skip the
 * pre-check and never call the line a stamp line (dates among other words).
 */
function findIn(locale: StampLocale, scan: Scan, anyLine: boolean): StampResult | null {
  const { text, reference, dateOrder, options } = scan;
  const claims = anyLine || locale.mayBeStampLine(text, scan.hinted.includes(locale.code), DEFAULT_LOCALE.isStampWord) || locale.hasLabel?.(text);
  if (!claims) return null;
  if (options.stampLinesOnly && !anyLine && locale.holdsForeignWord?.(text)) return null;
  const candidates = locale.readCandidates?.(text) ?? candidatesIn(text, locale.parse(text, reference ?? FIXED_REFERENCE, dateOrder), locale);
  const relatives = locale.relative?.(text) ?? [];
  if (candidates.length === 0 && relatives.length === 0) return null;

  const result: StampResult = { matches: [], warnings: [], stampLine: false };
  const wholeLine = !anyLine && locale.isStampOnly(text, candidates);
  if (candidates.length === 0 && !wholeLine) return null;
  result.stampLine = wholeLine;
  const items: Array<Candidate | RelativeHit> = [...candidates, ...(wholeLine ? relatives : [])].sort((a, b) => a.start - b.start);
  let previousEnd = 0;
  let written = 0;
  let unwritten = 0;
  for (const item of items) {
    const label = locale.labelBefore(text.slice(previousEnd, item.start));
    previousEnd = item.end;
    const stampText = scan.original.slice(item.start, item.end);
    const column = item.start + 1;
    if ('unit' in item) {
      const match = relativeMatch(item, stampText, { line: scan.no, column, label }, reference, result.warnings);
      if (match) result.matches.push(match);
      continue;
    }
    const candidate = item;
    let year = candidate.year;
    if (year === null) {
      if (!wholeLine) continue;
      unwritten++;
      if (!reference) {
        result.warnings.push(
          diagnostic(
            'timestamp-no-year',
            `Stamp \`${stampText}\` has no year; pass a reference date to complete it`,
            scan.no,
            'warning',
            column,
          ),
        );
        continue;
      }
      year = candidate.completedYear;
      if (year === null) continue;
    } else {
      written++;
    }
    // Warnings about a stamp in a line of prose would only be noise: the core does not use it.
    const sink: Diagnostic[] = wholeLine ? result.warnings : [];
    const where = { line: scan.no, text: stampText, column, label, wholeLine };
    const match = buildMatch(candidate, year, where, options, sink);
    if (!match) continue;
    if (candidate.ambiguous) {
      const reading = dateOrder === 'dmy' ? 'day first' : 'month first';
      sink.push(
        diagnostic(
          'timestamp-ambiguous-date',
          `Date \`${numericDateIn(stampText) ?? stampText}\` can be read day first or month first; ` +
            `read ${reading} (${match.iso.slice(0, 10)}) as the date order \`${dateOrder}\` says`,
          scan.no,
          'warning',
          column,
        ),
      );
    }
    result.matches.push(match);
  }
  if (unwritten > 0 && written === 0 && relatives.length === 0) result.yearless = true;
  return result;
}

/**
 * A relative stamp on a stamp line (`Atualizado há 2 horas`): with a reference date, the day it
 * names (no time: the reference date has none); without one, a warning that records it.
 */
function relativeMatch(
  hit: RelativeHit,
  text: string,
  where: { line: number; column: number; label: StampMatch['label'] },
  reference: Day | null,
  warnings: Diagnostic[],
): StampMatch | null {
  if (!reference) {
    warnings.push(
      diagnostic(
        'timestamp-relative',
        `Stamp \`${text}\` is relative; pass a reference date to resolve it`,
        where.line,
        'warning',
        where.column,
      ),
    );
    return null;
  }
  return {
    iso: resolveRelative(hit, reference),
    text,
    line: where.line,
    label: where.label,
    hasTime: false,
    offset: null,
    zone: null,
    zoneSource: null,
    column: where.column,
    wholeLine: true,
  };
}

/** `YYYY-MM-DD` as a real calendar day (years 1000 to 9999), or null: the one check `--reference-date` has. */
export function parseReferenceDate(value: string | null): Day | null {
  if (typeof value !== 'string') return null;
  const match = REFERENCE_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function buildMatch(
  candidate: Candidate,
  year: number,
  where: { line: number; text: string; column: number; label: StampMatch['label']; wholeLine: boolean },
  options: StampOptions,
  warnings: Diagnostic[],
): StampMatch | null {
  const { month, day, clock } = candidate;
  if (day > daysInMonth(year, month)) return null;
  let iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  let offset: string | null = null;
  let zone: string | null = null;
  let zoneSource: StampMatch['zoneSource'] = null;

  if (clock) {
    iso += `T${pad(clock.hour, 2)}:${pad(clock.minute, 2)}:${pad(clock.second, 2)}`;
    if (clock.fraction) iso += `.${clock.fraction}`;
    const wall = { year, month, day, hour: clock.hour, minute: clock.minute, second: clock.second };
    let ref: ZoneRef | null = null;
    if (candidate.zone) {
      zone = candidate.zone.written;
      zoneSource = 'text';
      ref = candidate.zone.ref;
      if (!ref) {
        warnings.push(
          diagnostic(
            'timestamp-unknown-zone',
            `Unknown time zone \`${zone}\` in stamp \`${where.text}\`; the time is kept without an offset`,
            where.line,
            'warning',
            where.column,
          ),
        );
      }
    } else if (typeof options.tz === 'string' && options.tz !== '') {
      ref = resolveZoneOption(options.tz);
      if (ref) {
        zone = options.tz;
        zoneSource = 'option';
      } else {
        warnings.push(
          diagnostic(
            'timestamp-unknown-zone',
            `Unknown time zone \`${options.tz}\` given as the tz option, ` +
              'expected an IANA name such as `Europe/Moscow` or an offset such as `+03:00`',
            where.line,
            'warning',
            where.column,
          ),
        );
      }
    }
    if (ref) {
      const minutes = offsetMinutes(ref, wall);
      if (minutes === null) {
        warnings.push(
          diagnostic(
            'timestamp-unknown-zone',
            `No offset is known for zone \`${zone ?? ''}\` on ${iso.slice(0, 10)}; ` +
              'the time is kept without an offset',
            where.line,
            'warning',
            where.column,
          ),
        );
      } else {
        offset = formatOffset(minutes);
        iso += offset;
      }
    }
  }

  if (candidate.weekdayMismatch && candidate.weekday !== null) {
    const text = weekdayMismatch(candidate.weekday, year, month, day, where.text, iso.slice(0, 10));
    warnings.push(diagnostic('timestamp-weekday-mismatch', text, where.line, 'warning', where.column));
  }

  return {
    iso,
    text: where.text,
    line: where.line,
    label: where.label,
    hasTime: clock !== null,
    offset,
    zone,
    zoneSource,
    column: where.column,
    wholeLine: where.wholeLine,
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
