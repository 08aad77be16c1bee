/**
 * The shared chrono refiners of timestamp extraction (`timestamp/common/year.ts`, `weekday.ts`),
 * run inside a real chrono instance on stamp lines, with a fixed reference day.
 */
import { Chrono, en } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { WEEKDAY_MISMATCH_TAG, weekdayCheckRefiner } from '../../src/extract/timestamp/common/weekday.js';
import { YEAR_COMPLETED_TAG, nearestYear, yearCompletionRefiner } from '../../src/extract/timestamp/common/year.js';
import { daysInMonth } from '../../src/extract/timestamp/common/numeric-date.js';

const config = en.configuration.createConfiguration(true, false);
const chrono = new Chrono({ parsers: config.parsers, refiners: [...config.refiners, yearCompletionRefiner(), weekdayCheckRefiner()] });
const at = (year: number, month: number, day: number) => ({ instant: new Date(Date.UTC(year, month - 1, day, 12)), timezone: 0 });

describe('year completion', () => {
  it('implies the year nearest to the reference day, and leaves it uncertain', () => {
    // horne/random-1016: `Updated Dec. 25 at 3:53 pm E.T.`; 2018-12-25 is 140 days before
    // 2019-05-14, 2019-12-25 is 225 days after.
    const [result] = chrono.parse('Dec. 25 at 3:53 pm', at(2019, 5, 14));
    expect(result?.start.get('year')).toBe(2018);
    expect(result?.start.isCertain('year')).toBe(false);
    expect(result?.tags().has(YEAR_COMPLETED_TAG)).toBe(true);
  });
  it('leaves a written year alone', () => {
    const [result] = chrono.parse('Dec. 25, 2019', at(2019, 5, 14));
    expect(result?.start.get('year')).toBe(2019);
    expect(result?.tags().has(YEAR_COMPLETED_TAG)).toBe(false);
  });
  it('picks the nearer of the years around the reference day and skips years without the day', () => {
    expect(nearestYear(7, 1, { year: 2019, month: 1, day: 1 })).toBe(2019); // 181 days after, not 184 before
    expect(nearestYear(12, 31, { year: 2019, month: 1, day: 1 })).toBe(2018);
    expect(nearestYear(2, 29, { year: 2019, month: 6, day: 1 })).toBe(2020);
    expect(nearestYear(2, 29, { year: 2022, month: 6, day: 1 })).toBeNull();
  });
});

describe('weekday check', () => {
  it('tags a weekday that is not the date’s and keeps the date', () => {
    const [result] = chrono.parse('Mon, 14 May 2019 10:00', at(2019, 5, 14));
    expect(result?.tags().has(WEEKDAY_MISMATCH_TAG)).toBe(true);
    expect(result?.start.get('day')).toBe(14);
  });
  it('does not tag the right weekday', () => {
    const [result] = chrono.parse('Tue, 14 May 2019 10:00', at(2019, 5, 14));
    expect(result?.tags().has(WEEKDAY_MISMATCH_TAG)).toBe(false);
  });
});

describe('daysInMonth', () => {
  const byDate = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  it('counts as Date does for every year from 0 to 10000 and month from -1 to 14, and for odd numbers', () => {
    const differ: Array<[number, number]> = [];
    for (let year = 0; year <= 10_000; year++) {
      for (let month = -1; month <= 14; month++) if (daysInMonth(year, month) !== byDate(year, month)) differ.push([year, month]);
    }
    for (const [year, month] of [[-400, 2], [-1, 2], [1987.5, 2], [2000, 2.5], [NaN, 2], [2000, NaN], [Infinity, 1], [275_760, 2], [1e6, 2]] as const) {
      if (!Object.is(daysInMonth(year, month), byDate(year, month))) differ.push([year, month]);
    }
    expect(differ).toEqual([]);
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(1988, 2), daysInMonth(1987, 2), daysInMonth(1987, 4)]).toEqual([28, 29, 29, 28, 30]);
  });
});
