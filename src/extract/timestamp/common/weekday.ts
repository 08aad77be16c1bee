/**
 * The weekday check, common to every language, as a chrono refiner: a written weekday must be
 * the date's. A result that names another weekday is tagged; the date is kept either way.
 */
import type { Refiner } from 'chrono-node';
import { WEEKDAYS } from '../../calendar.js';

/** Tag put on a result whose written weekday is not the weekday of its (written) date. */
export const WEEKDAY_MISMATCH_TAG = 'wirestory/weekday-mismatch';

/** Weekday names for the warning (in English, as every message is), 0 = Sunday. */
const WEEKDAY_NAMES = WEEKDAYS.map(({ name }) => name[0]!.toUpperCase() + name.slice(1));

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Tags results with a written weekday, day, month and year whose weekday is not the date's. */
export function weekdayCheckRefiner(): Refiner {
  return {
    refine(_context, results) {
      for (const result of results) {
        const start = result.start;
        if (!start.isCertain('weekday') || !start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) continue;
        const written = start.get('weekday');
        const actual = weekdayOf(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
        if (written !== null && written !== actual) result.addTag(WEEKDAY_MISMATCH_TAG);
      }
      return results;
    },
  };
}

/** The warning text for a stamp whose `weekday` (0 = Sunday, as written in `text`) is not the date's. */
export function weekdayMismatch(weekday: number, year: number, month: number, day: number, text: string, isoDay: string): string {
  const actual = weekdayOf(year, month, day);
  return (
    `Stamp \`${text}\` names ${WEEKDAY_NAMES[weekday] ?? 'another day'}, ` +
    `but ${isoDay} is a ${WEEKDAY_NAMES[actual] ?? ''}; the date is kept`
  );
}
