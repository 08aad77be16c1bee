import { describe, expect, it } from 'vitest';
import { findTimestamps, isValidTimeZone, type StampMatch, type StampOptions } from '../../src/extract/timestamp.js';

const base: StampOptions = { tz: null, dateOrder: 'dmy', referenceDate: null };

/** Options with a fixed reference date, for stamps written without a year. */
const withReference: StampOptions = { ...base, referenceDate: '2019-05-14' };

/**
 * Like chrono's `testSingleCase`: the line must give exactly one stamp, and each field given in
 * `expected` is checked on its own, so a failure names the field.
 */
function testStamp(text: string, options: Partial<StampOptions>, expected: Partial<StampMatch>): void {
  it(`reads ${JSON.stringify(text)}`, () => {
    const result = findTimestamps({ no: 3, text }, { ...base, ...options });
    expect(result.matches.map((match) => match.text)).toHaveLength(1);
    const match = result.matches[0]!;
    for (const [field, value] of Object.entries(expected)) {
      expect({ [field]: match[field as keyof StampMatch] }).toEqual({ [field]: value });
    }
    expect(text.slice(match.column - 1, match.column - 1 + match.text.length)).toBe(match.text);
    expect(match.line).toBe(3);
  });
}

/** The line must give no stamp at all. */
function testNoStamp(text: string, options: Partial<StampOptions> = {}): void {
  it(`finds no stamp in ${JSON.stringify(text)}`, () => {
    const result = findTimestamps({ no: 1, text }, { ...base, ...options });
    expect(result.matches).toEqual([]);
  });
}

function rules(text: string, options: Partial<StampOptions> = {}): string[] {
  return findTimestamps({ no: 1, text }, { ...base, ...options }).warnings.map((w) => w.rule);
}

describe('numeric dates', () => {
  testStamp('14.05.2019 16:24', {}, {
    iso: '2019-05-14T16:24:00',
    text: '14.05.2019 16:24',
    column: 1,
    hasTime: true,
    offset: null,
    zone: null,
    zoneSource: null,
    label: null,
    wholeLine: true,
  });
  testStamp('05.06.2019', {}, { iso: '2019-06-05', hasTime: false });
  testStamp('05.06.2019', { dateOrder: 'mdy' }, { iso: '2019-06-05' });
  testStamp('14-05-2019, 13:30', {}, { iso: '2019-05-14T13:30:00', text: '14-05-2019, 13:30' });
  testStamp('25/12/2019', { dateOrder: 'mdy' }, { iso: '2019-12-25' });
  testStamp('12/25/2019', { dateOrder: 'dmy' }, { iso: '2019-12-25' });
  testStamp('28/2/18', {}, { iso: '2018-02-28' });
  testStamp('1/2/87', {}, { iso: '1987-02-01' });
  testStamp('02.10.13', {}, { iso: '2013-10-02' });
  testStamp('14/05/2019 - 16:24', {}, { iso: '2019-05-14T16:24:00', text: '14/05/2019 - 16:24' });
  testStamp('16:24 14.05.2019', {}, { iso: '2019-05-14T16:24:00' });

  it('reads a truly ambiguous slash date in the date order, and says so', () => {
    const dmy = findTimestamps({ no: 2, text: '05/06/2019' }, { ...base, dateOrder: 'dmy' });
    expect(dmy.matches[0]?.iso).toBe('2019-06-05');
    expect(dmy.warnings).toHaveLength(1);
    expect(dmy.warnings[0]).toMatchObject({ rule: 'timestamp-ambiguous-date', line: 2, column: 1 });
    expect(dmy.warnings[0]?.message).toContain('day first');

    const mdy = findTimestamps({ no: 2, text: '05/06/2019 10:00' }, { ...base, dateOrder: 'mdy' });
    expect(mdy.matches[0]?.iso).toBe('2019-05-06T10:00:00');
    expect(mdy.warnings[0]?.rule).toBe('timestamp-ambiguous-date');
    expect(mdy.warnings[0]?.message).toContain('month first');
    expect(mdy.warnings[0]?.message).toContain('`05/06/2019`');
  });

  it('does not warn when both readings are the same day', () => {
    expect(rules('03/03/2019')).toEqual([]);
  });

  it('does not warn about an unambiguous or dotted date', () => {
    expect(rules('25/12/2019')).toEqual([]);
    expect(rules('05.06.2019')).toEqual([]);
  });

  testNoStamp('31.02.2019');
  testNoStamp('13/13/2019');
});

describe('Reuters and ISO 8601', () => {
  testStamp('19-OCT-1987 15:35:53.55', {}, {
    iso: '1987-10-19T15:35:53.55',
    text: '19-OCT-1987 15:35:53.55',
    hasTime: true,
    offset: null,
  });
  testStamp('2019-05-14T16:24:00Z', {}, {
    iso: '2019-05-14T16:24:00Z',
    offset: 'Z',
    zone: 'Z',
    zoneSource: 'text',
  });
  testStamp('2019-05-14T16:24:00+03:00', {}, {
    iso: '2019-05-14T16:24:00+03:00',
    offset: '+03:00',
    zone: '+03:00',
    zoneSource: 'text',
  });
  testStamp('2019-05-14T16:24:00.123+03:00', {}, { iso: '2019-05-14T16:24:00.123+03:00' });
  testStamp('2019-05-14 16:24', {}, { iso: '2019-05-14T16:24:00', offset: null });
  testStamp('2019/05/14 16:24', {}, { iso: '2019-05-14T16:24:00' });
});

describe('month names', () => {
  testStamp('Tue, 14 May 2019 16:24:00 +0300', {}, {
    iso: '2019-05-14T16:24:00+03:00',
    text: 'Tue, 14 May 2019 16:24:00 +0300',
    zone: '+0300',
    zoneSource: 'text',
  });
  testStamp('May 14, 2019 4:24 PM EDT', {}, {
    iso: '2019-05-14T16:24:00-04:00',
    text: 'May 14, 2019 4:24 PM EDT',
    offset: '-04:00',
    zone: 'EDT',
    zoneSource: 'text',
  });
  testStamp('May 14, 2019, 4:24 p.m.', {}, { iso: '2019-05-14T16:24:00', text: 'May 14, 2019, 4:24 p.m.' });
  testStamp('May 14, 2019 4 PM EDT', {}, { iso: '2019-05-14T16:00:00-04:00' });
  testStamp('Tuesday, 14 May 2019, 16:24 GMT', {}, {
    iso: '2019-05-14T16:24:00Z',
    text: 'Tuesday, 14 May 2019, 16:24 GMT',
    offset: 'Z',
    zone: 'GMT',
  });
  testStamp('May 14, 2019', {}, { iso: '2019-05-14', hasTime: false, offset: null, wholeLine: true });
  testStamp('14 May 2019', {}, { iso: '2019-05-14', hasTime: false });
  testStamp('May 14, 2019 at 4:24 PM', {}, { iso: '2019-05-14T16:24:00', text: 'May 14, 2019 at 4:24 PM' });
  testStamp('MAY 14, 2019 / 4:24 PM / Updated 2 hours ago', {}, {
    iso: '2019-05-14T16:24:00',
    text: 'MAY 14, 2019 / 4:24 PM',
    label: null,
    wholeLine: true,
  });
  testStamp('First published on Tue 14 May 2019 16.24 BST', {}, {
    iso: '2019-05-14T16:24:00+01:00',
    label: 'published',
    zone: 'BST',
  });
});

describe('labels', () => {
  testStamp('Published: 14.05.2019 16:24', {}, { label: 'published', text: '14.05.2019 16:24', column: 12 });
  testStamp('Posted on May 14, 2019 5:53 am', {}, {
    iso: '2019-05-14T05:53:00',
    label: 'published',
    text: 'May 14, 2019 5:53 am',
    column: 11,
    wholeLine: true,
  });
  testStamp('Posted: May 14, 2019 @ 4:24 PM', {}, { label: 'published', iso: '2019-05-14T16:24:00' });
  testStamp('First published May 14, 2019', {}, { label: 'published' });
  testStamp('Updated: May 15, 2019 10:00', {}, { label: 'updated', iso: '2019-05-15T10:00:00' });
  testStamp('Updated May 15, 2019', {}, { label: 'updated' });
  testStamp('Modified 15.05.2019', {}, { label: 'updated' });
  testStamp('Last Modified: May 15, 2019 10:00 MSK', {}, {
    label: 'updated',
    iso: '2019-05-15T10:00:00+03:00',
    zone: 'MSK',
  });

  it('returns both stamps of a line with a published and an updated one', () => {
    const { matches } = findTimestamps(
      { no: 1, text: 'Published May 14, 2019 | Updated May 15, 2019 10:00' },
      base,
    );
    expect(matches.map(({ iso, label, text, column, wholeLine }) => ({ iso, label, text, column, wholeLine }))).toEqual([
      { iso: '2019-05-14', label: 'published', text: 'May 14, 2019', column: 11, wholeLine: true },
      { iso: '2019-05-15T10:00:00', label: 'updated', text: 'May 15, 2019 10:00', column: 34, wholeLine: true },
    ]);
  });
});

// The time before the date, its zone between them: USA Today (pagedumps c58aa507c4de and four
// other usatoday.com pages) and Hearst papers (sfchronicle, chron, ctpost: 5caf91b8a442 …).
describe('time first, then the date', () => {
  testStamp('Published 7:07 PM EST Nov 19, 2019', {}, {
    iso: '2019-11-19T19:07:00-05:00',
    label: 'published',
    text: '7:07 PM EST Nov 19, 2019',
    column: 11,
    zone: 'EST',
    wholeLine: true,
  });
  testStamp('Published 2:16 AM EST Nov 20, 2019', {}, { iso: '2019-11-20T02:16:00-05:00', label: 'published' });
  // The updated form the issue quotes; `ET` is the eastern zone in force on the day.
  testStamp('Updated 7:07 PM ET Nov. 20, 2019', {}, { iso: '2019-11-20T19:07:00-05:00', label: 'updated', zone: 'ET', wholeLine: true });
  testStamp('Updated 10:01 pm PST, Tuesday, November 19, 2019', {}, {
    iso: '2019-11-19T22:01:00-08:00',
    label: 'updated',
    text: '10:01 pm PST, Tuesday, November 19, 2019',
    wholeLine: true,
  });
  // The written zone wins over the tz option, as after the date.
  testStamp('Published 11:34 PM EST Nov 19, 2019', { tz: 'Europe/Moscow' }, { iso: '2019-11-19T23:34:00-05:00', zoneSource: 'text' });

  // `on` between them (issue #8's gap list): NBC's station pages (pagedumps 51d066b0602c, line 7)
  // print the update so; the label's `at` is not part of the stamp.
  testStamp('Updated 7:07 PM EST on Nov 19, 2019', {}, {
    iso: '2019-11-19T19:07:00-05:00',
    label: 'updated',
    text: '7:07 PM EST on Nov 19, 2019',
    column: 9,
    wholeLine: true,
  });
  it('reads both stamps of NBC DFW\'s line, the update written time first with `on`', () => {
    const text = 'Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019';
    const result = findTimestamps({ no: 7, text }, base);
    expect(result.stampLine).toBe(true);
    expect(result.matches.map(({ iso, text, label }) => ({ iso, text, label }))).toEqual([
      { iso: '2019-11-18T16:07:00', text: 'Nov 18, 2019 at 4:07 PM', label: 'published' },
      { iso: '2019-11-18T17:36:00-06:00', text: '5:36 PM CST on Nov 18, 2019', label: 'updated' },
    ]);
  });

  it('keeps a time apart from a date that a bar, a full stop or another word separates from it', () => {
    for (const text of ['Published 7:07 PM EST | Nov 19, 2019', '7:07 PM EST. Nov 19, 2019', 'Updated 7:07 PM EST since Nov 19, 2019']) {
      const { matches } = findTimestamps({ no: 1, text }, base);
      expect(matches.map((match) => ({ text: match.text, hasTime: match.hasTime }))).toEqual([{ text: text.slice(text.indexOf('Nov')), hasTime: false }]);
    }
  });
});

describe('Barron\'s `Original` label (pagedumps f8ff621a0b9b)', () => {
  it('is the published stamp beside the update', () => {
    const result = findTimestamps({ no: 14, text: 'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET' }, base);
    expect(result.stampLine).toBe(true);
    expect(result.matches.map(({ iso, label }) => ({ iso, label }))).toEqual([
      { iso: '2019-11-19T08:21:00-05:00', label: 'updated' },
      { iso: '2019-11-19T08:02:00-05:00', label: 'published' },
    ]);
  });
  testStamp('Originally published May 14, 2019', {}, { iso: '2019-05-14', label: 'published', wholeLine: true });
  it('another word after it is no label', () => {
    expect(findTimestamps({ no: 1, text: 'Original reporting May 14, 2019' }, base).stampLine).toBe(false);
  });
});

// w3m glues the year to the time when they stand in two elements (pagedumps tuning pages Slate
// 851498a2b9f4, CNBC ffc109d474fd).
describe('a year glued to the time', () => {
  testStamp('Nov 15, 20195:45 AM', {}, { iso: '2019-11-15T05:45:00', text: 'Nov 15, 20195:45 AM', wholeLine: true });
  testStamp('Published Tue, Nov 19 20197:05 AM EST', {}, { iso: '2019-11-19T07:05:00-05:00', label: 'published', zone: 'EST', wholeLine: true });
  testStamp('Nov 15, 201912:05 PM', {}, { iso: '2019-11-15T12:05:00' });
  it('not without a meridiem, where the cut between year and time is a guess', () => {
    expect(findTimestamps({ no: 1, text: 'Nov 15, 20195:45' }, base).matches.map((m) => m.hasTime)).not.toContain(true);
  });
});

// Wired prints its stamp month first with dots (pagedumps tuning page d48aeb9cf2f2): read month
// first only where day first cannot be (the second part above 12).
describe('dotted dates that can only be month first', () => {
  testStamp('11.15.2019 10:09 AM', {}, { iso: '2019-11-15T10:09:00', text: '11.15.2019 10:09 AM', wholeLine: true });
  testStamp('05.06.2019', {}, { iso: '2019-06-05' }); // both readings exist: day first, as before
  testNoStamp('Version 1.15.2019.3');
  testNoStamp('02.30.2019'); // no 30 February
});

// Deccan Herald's update stamp writes a meridiem after a 24-hour time (pagedumps tuning page
// c90731f051d0, `• updated: Nov 20 2019, 13:42pm ist`): the time reads as written.
describe('a meridiem after a 24-hour time', () => {
  testStamp('Nov 20 2019, 13:42pm', {}, { iso: '2019-11-20T13:42:00', text: 'Nov 20 2019, 13:42', wholeLine: true });
  testStamp('Nov 20 2019, 10:18am', {}, { iso: '2019-11-20T10:18:00' });
  testStamp('Nov 20 2019, 10:42pm', {}, { iso: '2019-11-20T22:42:00' });
});

describe('stamps without a year', () => {
  const line = 'Updated Dec. 25 at 3:53 pm E.T.';

  it('says when no date of a stamp line has its year written, with a reference date or without', () => {
    for (const options of [base, withReference]) {
      expect(findTimestamps({ no: 1, text: 'November 18' }, options).yearless).toBe(true);
      expect(findTimestamps({ no: 1, text: line }, options).yearless).toBe(true);
      expect(findTimestamps({ no: 1, text: '- Nov. 18th 2019 8:54 am PT' }, options).yearless).toBeUndefined();
      // One date with its year is enough (Hawaii News Now: the update has none).
      expect(findTimestamps({ no: 1, text: 'November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM' }, options).yearless).toBeUndefined();
      // A dateline is no stamp line.
      expect(findTimestamps({ no: 1, text: 'MOSCOW, May 14 (Reuters) - Russia said' }, options).yearless).toBeUndefined();
    }
  });

  it('reports a stamp without a year when there is no reference date, and returns nothing', () => {
    const result = findTimestamps({ no: 4, text: line }, base);
    expect(result.matches).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ rule: 'timestamp-no-year', line: 4, column: 9 });
  });

  // Nearest year to the reference date: 2018-12-25 is 140 days before 2019-05-14, 2019-12-25
  // is 225 days after.
  testStamp(line, withReference, {
    iso: '2018-12-25T15:53:00-05:00',
    text: 'Dec. 25 at 3:53 pm E.T.',
    label: 'updated',
    zone: 'E.T.',
    zoneSource: 'text',
    offset: '-05:00',
    wholeLine: true,
  });
  testStamp('May 14, 4:24 PM', withReference, { iso: '2019-05-14T16:24:00' });
  testStamp('Oct. 2 at 9:00 am', withReference, { iso: '2019-10-02T09:00:00' });

  it('never reads a dateline as a stamp, with or without a reference date', () => {
    for (const options of [base, withReference]) {
      const result = findTimestamps({ no: 1, text: 'MOSCOW, May 14 (Reuters) -' }, options);
      expect(result).toEqual({ matches: [], warnings: [], stampLine: false });
    }
  });

  it('never reads a day in prose as a stamp', () => {
    for (const options of [base, withReference]) {
      const text = 'On 14 May the ministry said the talks would go on.';
      expect(findTimestamps({ no: 1, text }, options)).toEqual({ matches: [], warnings: [], stampLine: false });
    }
  });
});

describe('zones', () => {
  testStamp('May 14, 2019 4:24 PM ET', {}, { iso: '2019-05-14T16:24:00-04:00', zone: 'ET' });
  testStamp('Dec 14, 2019 4:24 PM ET', {}, { iso: '2019-12-14T16:24:00-05:00' });
  testStamp('May 14, 2019 4:24 PM Eastern', {}, { iso: '2019-05-14T16:24:00-04:00', zone: 'Eastern' });
  testStamp('Dec 14, 2019 4:24 PM EST', {}, { iso: '2019-12-14T16:24:00-05:00' });
  testStamp('May 14, 2019 10:00 CST', {}, { offset: '-06:00' });
  testStamp('May 14, 2019 10:00 CDT', {}, { offset: '-05:00' });
  testStamp('May 14, 2019 10:00 CT', {}, { offset: '-05:00' });
  testStamp('Jan 14, 2019 10:00 CT', {}, { offset: '-06:00' });
  testStamp('May 14, 2019 10:00 MST', {}, { offset: '-07:00' });
  testStamp('May 14, 2019 10:00 MDT', {}, { offset: '-06:00' });
  testStamp('May 14, 2019 10:00 MT', {}, { offset: '-06:00' });
  testStamp('May 14, 2019 10:00 PST', {}, { offset: '-08:00' });
  testStamp('May 14, 2019 10:00 PDT', {}, { offset: '-07:00' });
  testStamp('May 14, 2019 10:00 PT', {}, { offset: '-07:00' });
  testStamp('Dec 14, 2019 10:00 P.T.', {}, { offset: '-08:00', zone: 'P.T.' });
  testStamp('May 14, 2019 10:00 UTC', {}, { offset: 'Z', iso: '2019-05-14T10:00:00Z' });
  testStamp('14 May 2019 10:00 BST', {}, { offset: '+01:00' });
  testStamp('14 May 2019 10:00 CET', {}, { offset: '+01:00' });
  testStamp('14 May 2019 10:00 CEST', {}, { offset: '+02:00' });
  testStamp('14.05.2019 10:00 MSK', {}, { offset: '+03:00' });
  testStamp('14.05.2012 10:00 MSK', {}, { offset: '+04:00' });
  testStamp('14.05.2019, 16:24 (MSK)', {}, { offset: '+03:00', zone: 'MSK', text: '14.05.2019, 16:24 (MSK)' });
  testStamp('May 14, 2019 10:00 GMT+3', {}, { offset: '+03:00', zone: 'GMT+3' });
  testStamp('14 May 2019 16:24 -0400', {}, { offset: '-04:00', zone: '-0400' });
  testStamp('14.05.2019 16:24 +03:00', {}, { offset: '+03:00', iso: '2019-05-14T16:24:00+03:00' });

  it('reports a zone it does not know and keeps the time without an offset', () => {
    const result = findTimestamps({ no: 1, text: 'May 14, 2019 10:00 WAT' }, base);
    expect(result.matches[0]).toMatchObject({ iso: '2019-05-14T10:00:00', offset: null, zone: 'WAT' });
    expect(result.warnings.map((w) => w.rule)).toEqual(['timestamp-unknown-zone']);
  });

  it('does not take a word after the time for a zone', () => {
    const result = findTimestamps({ no: 1, text: 'MAY 14, 2019 4:24 PM LAST UPDATED' }, base);
    expect(result.matches[0]).toMatchObject({ zone: null, text: 'MAY 14, 2019 4:24 PM' });
    expect(result.warnings).toEqual([]);
  });
});

describe('the tz option', () => {
  testStamp('14.05.2019 16:24', { tz: 'Europe/Moscow' }, {
    iso: '2019-05-14T16:24:00+03:00',
    offset: '+03:00',
    zone: 'Europe/Moscow',
    zoneSource: 'option',
  });
  testStamp('14.05.2012 16:24', { tz: 'Europe/Moscow' }, { iso: '2012-05-14T16:24:00+04:00' });
  testStamp('14.01.2019 16:24', { tz: 'America/New_York' }, { offset: '-05:00' });
  testStamp('14.07.2019 16:24', { tz: 'America/New_York' }, { offset: '-04:00' });
  testStamp('14.05.2019 16:24', { tz: '+03:00' }, { offset: '+03:00', zone: '+03:00', zoneSource: 'option' });
  testStamp('14.05.2019 16:24', { tz: 'UTC' }, { iso: '2019-05-14T16:24:00Z' });
  testStamp('May 14, 2019 4:24 PM EDT', { tz: 'Europe/Moscow' }, { offset: '-04:00', zone: 'EDT', zoneSource: 'text' });
  testStamp('14.05.2019', { tz: 'Europe/Moscow' }, { iso: '2019-05-14', offset: null, zone: null, zoneSource: null });

  it('reports a tz option it cannot use instead of throwing', () => {
    const result = findTimestamps({ no: 1, text: '14.05.2019 16:24' }, { ...base, tz: 'Mars/Olympus' });
    expect(result.matches[0]).toMatchObject({ iso: '2019-05-14T16:24:00', offset: null, zone: null });
    expect(result.warnings.map((w) => w.rule)).toEqual(['timestamp-unknown-zone']);
  });

  it('validates tz values', () => {
    for (const good of ['Europe/Moscow', 'America/New_York', 'UTC', '+03:00', '+0300', '-05:00', 'UTC+3']) {
      expect({ good, valid: isValidTimeZone(good) }).toEqual({ good, valid: true });
    }
    for (const bad of ['', 'Mars/Olympus', 'Moscow', '+25:00', '03:00', 'EDT?']) {
      expect({ bad, valid: isValidTimeZone(bad) }).toEqual({ bad, valid: false });
    }
  });
});

describe('wholeLine', () => {
  testStamp('May 14, 2019 | Reuters', {}, { wholeLine: false, text: 'May 14, 2019' });
  testStamp('Tuesday | May 14, 2019 | 4:24 PM', {}, { wholeLine: true, text: 'May 14, 2019 | 4:24 PM' });
  testStamp('Date: 14.05.2019 · Updated 5 mins ago', {}, { wholeLine: true });
  testStamp('November 15, 2012.', {}, { wholeLine: false });

  it('gives no warning for a stamp in prose', () => {
    expect(rules('Talks on 05/06/2019 in Sochi')).toEqual([]);
  });
});

describe('lines that hold no stamp', () => {
  // Lines with more than one word of prose are not searched at all (mayBeStampLine): the core
  // only takes lines that are nothing but a stamp, and the parser is costly on a cold start.
  testNoStamp('On 14 May 2019 the ministry said the talks would go on.');
  testNoStamp('By John Smith | May 14, 2019');
  testNoStamp('BAHRAIN, Oct 19 - Huge oil platforms dot the Gulf like');
  testNoStamp('MOSCOW, May 14 (Reuters) -');
  testNoStamp('Trump wants 2019 deal');
  testNoStamp('Apple sells 14 million iPhones');
  testNoStamp('G20 summit in Osaka');
  testNoStamp('Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi');
  testNoStamp('2019');
  testNoStamp('14');
  testNoStamp('v2.10.3');
  testNoStamp('v2.10.13');
  testNoStamp('Version 2.10.13 released');
  testNoStamp('10:00');
  testNoStamp('4:24 PM EDT');
  testNoStamp('Shares rose 1.05 to 2019.50');
  testNoStamp('May 2019');
  testNoStamp('Updated 2 hours ago');
  testNoStamp('');
  testNoStamp('14.05.2019 16:24'.repeat(40));
});

describe('the warnings it gives', () => {
  it('flags a weekday that does not match the date', () => {
    const result = findTimestamps({ no: 1, text: 'Mon, 14 May 2019 10:00' }, base);
    expect(result.matches[0]?.iso).toBe('2019-05-14T10:00:00');
    expect(result.warnings.map((w) => w.rule)).toEqual(['timestamp-weekday-mismatch']);
  });

  it('gives every warning a line and a column', () => {
    const result = findTimestamps({ no: 7, text: 'Published: 05/06/2019 10:00 XYZT' }, base);
    expect(result.warnings.length).toBeGreaterThan(0);
    for (const warning of result.warnings) {
      expect(warning.line).toBe(7);
      expect(warning.column).toBe(12);
      expect(warning.severity).toBe('warning');
    }
  });
});

describe('stamp lines that give no timestamp', () => {
  it('marks a stamp-only line without a year as a stamp line, so the core drops it from the body', () => {
    const result = findTimestamps({ no: 3, text: 'Updated Dec. 25 at 3:53 pm E.T.' }, base);
    expect(result.matches).toEqual([]);
    expect(result.stampLine).toBe(true);
    expect(result.warnings.map((w) => w.rule)).toEqual(['timestamp-no-year']);
  });

  it('does not mark a line of prose with a date in it', () => {
    expect(findTimestamps({ no: 3, text: 'On May 14, 2019 the ministry said the talks would go on.' }, base).stampLine).toBe(false);
  });
});

describe('the seed story', () => {
  it('finds the stamp line of pompeo-lavrov-sochi.txt', () => {
    const result = findTimestamps({ no: 3, text: '14.05.2019 16:24' }, base);
    expect(result).toEqual({
      matches: [
        {
          iso: '2019-05-14T16:24:00',
          text: '14.05.2019 16:24',
          line: 3,
          label: null,
          hasTime: true,
          offset: null,
          zone: null,
          zoneSource: null,
          column: 1,
          wholeLine: true,
        },
      ],
      warnings: [],
      stampLine: true,
    });
  });
});
