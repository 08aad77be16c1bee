/**
 * Numeric dates (`14.05.2019`, `25/12/19`, `14-05-2019`), read the same way in every language
 * that writes the day first, and the completion of two-digit years.
 */
import type { Parser } from 'chrono-node';
import type { DateOrder } from '../../../options.js';
import { LETTER } from '../../letters.js';

type ExtractContext = Parameters<Parser['extract']>[0];

/** Tag put on a numeric date whose day and month could be read either way. */
export const AMBIGUOUS_TAG = 'wirestory/ambiguous-date';

/** Finds the numeric date inside a stamp's text, to quote it in a warning. */
export function numericDateIn(text: string): string | null {
  return NUMERIC_DATE.exec(text)?.[0] ?? null;
}


/*
 * Day, month and year in digits with the same separator twice: `14.05.2019`, `25/12/19`,
 * `14-05-2019`, and a dot and a space with a four-digit year, as Czech and Slovak print it
 * (`28. 8. 2026`). Year-first forms (`2019-05-14`) are left to chrono's ISO and YMD parsers.
 */
const NUMERIC_DATE = /(\d{1,2})([./-]|\. )(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;
const BEFORE_NUMERIC_DATE = new RegExp(`[${LETTER}0-9./\\-_]`);
const AFTER_NUMERIC_DATE = new RegExp(`^(?:[${LETTER}0-9_]|[./-][0-9])`);

/** Two-digit years: 00–49 are 2000–2049, 50–99 are 1950–1999 (chrono's own pivot). */
export function expandYear(year: number, digits: number): number {
  if (digits > 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/**
 * The days of `month` (1–12) in `year`, as `Date` counts them (the Gregorian calendar), for any
 * numbers: the whole years from 100 to 9999 and months 1–12 that stamps have by arithmetic, every
 * other pair (years 0–99 are 1900–1999 to `Date.UTC`, months out of range roll over) through a
 * `Date`, which was a tenth of reading a Reuters stamp line (test/extract/timestamp-refiners.test.ts
 * compares the two).
 */
export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && year >= 100 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12) {
    if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads numeric dates. Dotted dates are always day first (`05.06.2019` is 5 June). With `/` or
 * `-`, a part above 12 decides the order (`25/12/2019`, `12/25/2019`); otherwise `dateOrder`
 * decides and the result is tagged {@link AMBIGUOUS_TAG}. `labelled`: true when the text before a
 * date ends in a stamp label; only then is `1.4.18` (one-digit parts, two-digit year) a date.
 */
export function numericDateParser(dateOrder: DateOrder | 'always-dmy', labelled?: (before: string) => boolean): Parser {
  return {
    pattern: () => NUMERIC_DATE,
    extract(context: ExtractContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      const text = match[0];
      const before = index > 0 ? context.text[index - 1] ?? '' : '';
      if (before && BEFORE_NUMERIC_DATE.test(before)) return null;
      if (AFTER_NUMERIC_DATE.test(context.text.slice(index + text.length, index + text.length + 2))) {
        return null;
      }
      const first = Number(match[1]);
      const second = Number(match[3]);
      const separator = match[2];
      const yearText = match[4] ?? '';
      if (separator === '. ' && yearText.length !== 4) return null;
      const year = expandYear(Number(yearText), yearText.length);
      let day: number;
      let month: number;
      let ambiguous = false;
      if (separator === '.' && yearText.length === 2 && (match[1]?.length !== 2 || match[3]?.length !== 2)) {
        // `2.10.13` is more often a version than a date; `02.10.13` is a date, and so is
        // `Stand: 1.4.18`, after a stamp label.
        if (!labelled?.(context.text.slice(0, index))) return null;
      }
      if (separator === '.' || separator === '. ') {
        [day, month] = [first, second];
      } else if (first > 12 && second <= 12) {
        [day, month] = [first, second];
      } else if (second > 12 && first <= 12) {
        [day, month] = [second, first];
      } else {
        ambiguous = first !== second && dateOrder !== 'always-dmy';
        [day, month] = dateOrder === 'mdy' ? [second, first] : [first, second];
      }
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
      const result = context.createParsingResult(index, text, { day, month, year });
      result.addTag('wirestory/numeric-date');
      if (ambiguous) result.addTag(AMBIGUOUS_TAG);
      return result;
    },
  };
}

