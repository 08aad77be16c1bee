import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findTimestamps, type StampOptions } from '../../src/extract/timestamp.js';
import {
  formatOffset,
  isValidTimeZone,
  offsetMinutes,
  parseOffset,
  readZone,
} from '../../src/extract/timestamp/common/zones.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('offsetMinutes', () => {
  const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
  });
  const ny = { kind: 'iana', name: 'America/New_York' } as const;

  it('follows the rules of the zone for the date', () => {
    expect(offsetMinutes(ny, wall(2019, 5, 14, 16))).toBe(-240);
    expect(offsetMinutes(ny, wall(2019, 12, 14, 16))).toBe(-300);
    expect(offsetMinutes({ kind: 'iana', name: 'Europe/Moscow' }, wall(2019, 5, 14, 16))).toBe(180);
    expect(offsetMinutes({ kind: 'iana', name: 'Europe/Moscow' }, wall(2012, 5, 14, 16))).toBe(240);
    expect(offsetMinutes({ kind: 'iana', name: 'Asia/Kolkata' }, wall(2019, 5, 14, 16))).toBe(330);
  });

  it('is right on both sides of a change, close to it', () => {
    // New York went to summer time at 02:00 on 10 March 2019 and back at 02:00 on 3 November.
    expect(offsetMinutes(ny, wall(2019, 3, 10, 1, 59))).toBe(-300);
    expect(offsetMinutes(ny, wall(2019, 3, 10, 3, 0))).toBe(-240);
    expect(offsetMinutes(ny, wall(2019, 11, 3, 0, 59))).toBe(-240);
    expect(offsetMinutes(ny, wall(2019, 11, 3, 2, 0))).toBe(-300);
  });

  it('takes the offset before the change for a skipped or repeated wall time', () => {
    expect(offsetMinutes(ny, wall(2019, 3, 10, 2, 30))).toBe(-300);
    expect(offsetMinutes(ny, wall(2019, 11, 3, 1, 30))).toBe(-240);
  });

  it('gives null for a zone the runtime does not know', () => {
    expect(offsetMinutes({ kind: 'iana', name: 'Mars/Olympus' }, wall(2019, 5, 14, 16))).toBeNull();
  });
});

describe('readZone', () => {
  it('reads what follows a time', () => {
    expect(readZone('4:24 PM EDT', 7)).toEqual({ start: 8, end: 11, written: 'EDT', ref: { kind: 'fixed', minutes: -240 } });
    expect(readZone('3:53 pm E.T.', 7)?.written).toBe('E.T.');
    expect(readZone('16:24 (MSK)', 5)).toMatchObject({ start: 7, end: 11, written: 'MSK' });
    expect(readZone('16:24 GMT+3', 5)).toMatchObject({ written: 'GMT+3', ref: { kind: 'fixed', minutes: 180 } });
    expect(readZone('16:24 UTC-05:30', 5)).toMatchObject({ ref: { kind: 'fixed', minutes: -330 } });
    expect(readZone('16:24:00 +0300', 8)).toMatchObject({ written: '+0300' });
    expect(readZone('4:24 PM Pacific Daylight Time', 7)).toMatchObject({ ref: { kind: 'fixed', minutes: -420 } });
    expect(readZone('16:24 Moscow time', 5)).toMatchObject({ ref: { kind: 'iana', name: 'Europe/Moscow' } });
  });

  it('marks an unknown capitalized zone-like word', () => {
    expect(readZone('16:24 WAT', 5)).toMatchObject({ written: 'WAT', ref: null });
  });

  it('reads nothing that is not a zone', () => {
    for (const [text, from] of [
      ['4:24 PM / Updated', 7],
      ['16:24 -2 hours', 5],
      ['16:24 (MSK', 5],
      ['4:24 PM SAT', 7],
      ['16:24 et', 5],
      ['16:24 Z', 5],
      ['16:24 +25:00', 5],
    ] as const) {
      expect({ text, zone: readZone(text, from) }).toEqual({ text, zone: null });
    }
  });
});

describe('offsets', () => {
  it('parses option offsets', () => {
    expect(parseOffset('+03:00')).toBe(180);
    expect(parseOffset('-0430')).toBe(-270);
    expect(parseOffset('UTC+3')).toBe(180);
    expect(parseOffset('03:00')).toBeNull();
    expect(parseOffset('+15:00')).toBeNull();
  });

  it('formats zero as Z', () => {
    expect(formatOffset(0)).toBe('Z');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(-240)).toBe('-04:00');
  });

  it('accepts IANA names and offsets only', () => {
    expect(isValidTimeZone('Europe/Moscow')).toBe(true);
    expect(isValidTimeZone('+05:30')).toBe(true);
    expect(isValidTimeZone('Europe/Mosco')).toBe(false);
  });
});

/** Lines and options whose output must not depend on the machine's zone. */
const CASES: Array<[string, Partial<StampOptions>]> = [
  ['14.05.2019 16:24', {}],
  ['14.05.2019 16:24', { tz: 'Europe/Moscow' }],
  ['May 14, 2019 4:24 PM ET', {}],
  ['Dec 14, 2019 4:24 PM ET', {}],
  ['March 10, 2019 2:30 AM', { tz: 'America/New_York' }],
  ['Nov 3, 2019 1:30 AM', { tz: 'America/New_York' }],
  ['31.03.2019 02:30', { tz: 'Europe/London' }],
  ['31.03.2019 02:30', {}],
  ['10.03.2019 02:30', {}],
  ['Updated Dec. 25 at 3:53 pm E.T.', { referenceDate: '2019-05-14' }],
  ['May 14, 4:24 PM', { referenceDate: '2019-01-01' }],
  ['Tue, 14 May 2019 16:24:00 +0300', {}],
  ['2019-05-14T23:30:00Z', {}],
  ['May 14, 2019', { tz: 'Asia/Tokyo' }],
  ['05/06/2019 10:00', { dateOrder: 'mdy', tz: '+03:00' }],
];

function runCases(): unknown {
  return CASES.map(([text, options]) =>
    findTimestamps({ no: 1, text }, { tz: null, dateOrder: 'dmy', referenceDate: null, ...options }),
  );
}

describe('machine time zone', () => {
  it('gives the same output under TZ=UTC, Asia/Tokyo and America/Los_Angeles', async () => {
    const module = pathToFileURL(`${root}src/extract/timestamp.ts`).href;
    const script = [
      `import { findTimestamps } from ${JSON.stringify(module)};`,
      `const cases = ${JSON.stringify(CASES)};`,
      `const out = cases.map(([text, options]) => findTimestamps({ no: 1, text }, { tz: null, dateOrder: 'dmy', referenceDate: null, ...options }));`,
      'process.stdout.write(JSON.stringify(out));',
    ].join('\n');
    const zones = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'America/New_York', 'Europe/London'];
    const outputs = await Promise.all(
      zones.map(async (tz) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
          cwd: root,
          env: { ...process.env, TZ: tz },
          timeout: 60_000,
        });
        return JSON.parse(stdout) as unknown;
      }),
    );
    const expected = JSON.parse(JSON.stringify(runCases())) as unknown;
    for (const [index, output] of outputs.entries()) {
      expect({ tz: zones[index], output }).toEqual({ tz: zones[index], output: expected });
    }
  }, 60_000);
});
