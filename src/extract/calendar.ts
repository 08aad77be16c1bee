/**
 * English month and weekday names, written once: every English reader builds its words and
 * patterns from these lists (the English stamp locale, `timestamp/locales/en.ts` and
 * `en-labels.ts`; the weekday warning; datelines; the page stage's date words). The other stamp
 * languages keep theirs in their own locale file (`timestamp/locales/de.ts`, …).
 */

/** A month or weekday: its full name, its three-letter abbreviation, other spellings seen in stamps. */
export interface CalendarName {
  name: string;
  short: string;
  /** Spellings beside the two (`sept`, `tues`, `thurs`), longest first. */
  more: readonly string[];
}

const entry = (name: string, short: string, ...more: string[]): CalendarName => ({ name, short, more });

/** January first; a month's number is its index + 1. */
export const MONTHS: readonly CalendarName[] = [
  entry('january', 'jan'),
  entry('february', 'feb'),
  entry('march', 'mar'),
  entry('april', 'apr'),
  entry('may', 'may'),
  entry('june', 'jun'),
  entry('july', 'jul'),
  entry('august', 'aug'),
  entry('september', 'sep', 'sept'),
  entry('october', 'oct'),
  entry('november', 'nov'),
  entry('december', 'dec'),
];

/** Sunday first, as `Date#getUTCDay` and chrono number them (0 = Sunday). */
export const WEEKDAYS: readonly CalendarName[] = [
  entry('sunday', 'sun'),
  entry('monday', 'mon'),
  entry('tuesday', 'tue', 'tues'),
  entry('wednesday', 'wed'),
  entry('thursday', 'thu', 'thurs', 'thur'),
  entry('friday', 'fri'),
  entry('saturday', 'sat'),
];

/** Every spelling of the names, lower case, each once, longest first within a name. */
export function spellings(names: readonly CalendarName[]): string[] {
  return [...new Set(names.flatMap(({ name, short, more }) => [name, ...more, short]))];
}

/** The three-letter abbreviations, in calendar order. */
export function abbreviations(names: readonly CalendarName[]): string[] {
  return names.map(({ short }) => short);
}

/** Month numbers by three-letter abbreviation: `jan` → 1 … `dec` → 12. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(MONTHS.map(({ short }, index) => [short, index + 1]));
