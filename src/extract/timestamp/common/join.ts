/**
 * Date and time joining, the common step after the parsers: each date proposed by a locale's
 * parsers becomes a candidate stamp, joined with a time written right after it (or, where the
 * language writes it so, right before it) and with the zone written after the time (between
 * the time and the date when the time comes first: `7:07 PM EST Nov 19, 2019`).
 */
import type { StampLocale } from '../locale.js';
import { AMBIGUOUS_TAG, daysInMonth } from './numeric-date.js';
import { WEEKDAY_MISMATCH_TAG } from './weekday.js';
import { YEAR_COMPLETED_TAG } from './year.js';
import { parseOffset, readZone, type ZoneHit } from './zones.js';

const TRAILING_JUNK = /[\s,]+$/;
const ISO_ZONE_SUFFIX = /\d(Z|[+-]\d{2}(?::?\d{2})?)$/;
const FRACTION = /\d:\d{2}:\d{2}\.(\d{1,9})/;

export interface Clock {
  hour: number;
  minute: number;
  second: number;
  /** Digits after the decimal point of the seconds, as written, or null. */
  fraction: string | null;
}

/** A date (with perhaps a time) proposed by the parser, as a span of the line. */
export interface Candidate {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  /** The year nearest to the reference day when none is written (see `year.ts`), else null. */
  completedYear: number | null;
  weekday: number | null;
  /** The written weekday is not the date's (see `weekday.ts`). */
  weekdayMismatch: boolean;
  clock: Clock | null;
  zone: ZoneHit | null;
  ambiguous: boolean;
}

type Parsed = ReturnType<StampLocale['parse']>[number];


/**
 * Turns parser results into candidates: dates, each joined with a time written right after it,
 * or, in languages that write it so (`00:49 - 09 Aralık 2022`), right before it.
 */
export function candidatesIn(text: string, results: Parsed[], locale: StampLocale): Candidate[] {
  const candidates: Candidate[] = [];
  const sorted = [...results].sort((a, b) => a.index - b.index);
  let joined = -1;
  for (let i = 0; i < sorted.length; i++) {
    const result = sorted[i];
    if (!result) continue;
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    let [from, end] = trimSpan(result.text, result.index, locale.leadingWord);
    let to = end;
    let timeSource = start.isCertain('hour') ? result : null;
    const next = sorted[i + 1];
    const before = sorted[i - 1];
    let zoneBefore: ZoneHit | null = null;
    if (!timeSource && next && isTimeOnly(next) && locale.dateTimeGap.test(text.slice(to, next.index))) {
      timeSource = next;
      to = trimSpan(next.text, next.index, locale.leadingWord)[1];
      joined = i + 1;
      i++;
    } else if (!timeSource && before && joined !== i - 1 && locale.timeBeforeDate && isTimeOnly(before)) {
      // The time's zone stands between it and the date: `7:07 PM EST Nov 19, 2019`.
      const timeEnd = before.index + before.text.length;
      const read = readZone(text, timeEnd, locale.zones);
      const zone = read && read.end <= from ? read : null;
      if (locale.timeBeforeDate.test(text.slice(zone ? zone.end : timeEnd, from))) {
        timeSource = before;
        from = trimSpan(before.text, before.index, locale.leadingWord)[0];
        joined = i - 1;
        zoneBefore = zone;
      }
    }
    const previous = candidates[candidates.length - 1];
    if (previous && from < previous.end) continue;
    const month = start.get('month') ?? 0;
    const day = start.get('day') ?? 0;
    const year = start.isCertain('year') ? (start.get('year') ?? null) : null;
    if (month < 1 || month > 12 || day < 1) continue;
    if (year !== null && (year < 1000 || year > 9999 || day > daysInMonth(year, month))) continue;
    const clock = timeSource ? clockOf(timeSource, text.slice(from, to)) : null;
    if (timeSource && !clock) continue;
    let zone: ZoneHit | null = null;
    if (clock) {
      const iso = ISO_ZONE_SUFFIX.exec(text.slice(from, to));
      const written = iso?.[1];
      zone = written ? isoZone(written, to) : zoneBefore ?? readZone(text, to, locale.zones);
      if (zone) to = Math.max(to, zone.end);
    }
    const tags = result.tags();
    candidates.push({
      start: from,
      end: to,
      year,
      month,
      day,
      completedYear: year === null && tags.has(YEAR_COMPLETED_TAG) ? (start.get('year') ?? null) : null,
      weekday: start.isCertain('weekday') ? start.get('weekday') : null,
      weekdayMismatch: tags.has(WEEKDAY_MISMATCH_TAG),
      clock,
      zone,
      ambiguous: tags.has(AMBIGUOUS_TAG),
    });
  }
  return candidates;
}

/** The `Z` or offset that ends an ISO 8601 stamp, which chrono already took into its text. */
function isoZone(written: string, end: number): ZoneHit | null {
  const minutes = written === 'Z' ? 0 : parseOffset(written);
  if (minutes === null) return null;
  return { start: end - written.length, end, written, ref: { kind: 'fixed', minutes } };
}

function isTimeOnly(result: Parsed): boolean {
  return result.start.isCertain('hour') && !result.start.isCertain('day') && !result.start.isCertain('month');
}

/** The span of a parser result without a leading `on`/`at` and trailing spaces or commas. */
function trimSpan(text: string, index: number, leadingWord: RegExp): [number, number] {
  const lead = leadingWord.exec(text);
  const skip = lead ? lead[0].length : 0;
  const trimmed = text.slice(skip).replace(TRAILING_JUNK, '');
  return [index + skip, index + skip + trimmed.length];
}

function clockOf(result: Parsed, written: string): Clock | null {
  const hour = result.start.get('hour');
  const minute = result.start.isCertain('minute') ? (result.start.get('minute') ?? 0) : 0;
  const second = result.start.isCertain('second') ? (result.start.get('second') ?? 0) : 0;
  if (hour === null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return null;
  }
  const fraction = FRACTION.exec(written)?.[1] ?? null;
  return { hour, minute, second, fraction };
}

