/** The weekday check, common to every language: a written weekday must be the date's. */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The warning text when `weekday` (0 = Sunday, as written in `text`) is not the weekday of the
 * date, or null when it is. The date is kept either way.
 */
export function weekdayMismatch(weekday: number, year: number, month: number, day: number, text: string, isoDay: string): string | null {
  const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (actual === weekday) return null;
  return (
    `Stamp \`${text}\` names ${WEEKDAYS[weekday] ?? 'another day'}, ` +
    `but ${isoDay} is a ${WEEKDAYS[actual] ?? ''}; the date is kept`
  );
}
