/**
 * English month and weekday names are written once (`src/extract/calendar.ts`, issue #11 item
 * 12): the lists themselves, and a scan of `src/` for a second copy of a month or weekday list.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { abbreviations, MONTH_NUMBERS, MONTHS, spellings, WEEKDAYS } from '../../src/extract/calendar.js';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Three month or weekday names in a row, as a list spells them (`jan|feb|mar`, `'Sunday', 'Monday', 'Tuesday'`). */
const LIST = /\b(?:jan\w*\W+feb\w*\W+mar|sun\w*\W+mon\w*\W+tue|mon\w*\W+tue\w*\W+wed)/i;

describe('calendar', () => {
  it('numbers months from January and weekdays from Sunday', () => {
    expect(MONTH_NUMBERS).toEqual({ jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 });
    expect(abbreviations(WEEKDAYS)).toEqual(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(WEEKDAYS.map(({ name }) => new Date(`2019-05-${12 + WEEKDAYS.findIndex((day) => day.name === name)}T00:00:00Z`).getUTCDay())).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('spells each name once, longest first within a name', () => {
    const months = spellings(MONTHS);
    expect(months).toContain('sept');
    expect(months.indexOf('september')).toBeLessThan(months.indexOf('sept'));
    expect(months.indexOf('sept')).toBeLessThan(months.indexOf('sep'));
    expect(months.filter((word) => word === 'may')).toHaveLength(1);
    expect(spellings(WEEKDAYS)).toEqual(['sunday', 'sun', 'monday', 'mon', 'tuesday', 'tues', 'tue', 'wednesday', 'wed', 'thursday', 'thurs', 'thur', 'thu', 'friday', 'fri', 'saturday', 'sat']);
  });

  it('is the only list of English month or weekday names in src/', () => {
    const copies = files(src)
      .map((path) => relative(src, path).split('\\').join('/'))
      .filter((path) => path !== 'extract/calendar.ts' && LIST.test(readFileSync(join(src, path), 'utf8')));
    expect(copies).toEqual([]);
  });
});
