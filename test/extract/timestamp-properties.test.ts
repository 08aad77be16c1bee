import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { findTimestamps, type StampOptions } from '../../src/extract/timestamp.js';

const options = fc.record<StampOptions>({
  tz: fc.constantFrom(null, 'Europe/Moscow', 'America/New_York', '+03:00', 'Not/AZone'),
  dateOrder: fc.constantFrom('dmy', 'mdy'),
  referenceDate: fc.constantFrom(null, '2019-05-14', '2020-02-29', 'garbage'),
});

/** Pieces of stamp lines, so that random lines often hold something date-like. */
const piece = fc.constantFrom(
  '14.05.2019',
  '16:24',
  '4:24 PM',
  'p.m.',
  'EDT',
  'E.T.',
  'P.T.',
  'GMT+3',
  '+0300',
  'MSK',
  'May',
  'Dec.',
  '14',
  '2019',
  '05/06/19',
  '19-OCT-1987',
  '15:35:53.55',
  '2019-05-14T16:24:00Z',
  'Updated',
  'Published:',
  'Posted on',
  '|',
  '/',
  ',',
  '(',
  ')',
  'Tuesday',
  '2 hours ago',
  'Reuters',
);
const stampish = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(' '));
const line = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), stampish);

function checkInvariants(text: string, result: ReturnType<typeof findTimestamps>): void {
  for (const match of result.matches) {
    expect(match.column).toBeGreaterThanOrEqual(1);
    expect(text.slice(match.column - 1, match.column - 1 + match.text.length)).toBe(match.text);
    expect(match.text.length).toBeGreaterThan(0);
    expect(match.iso).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/);
    expect(match.hasTime).toBe(match.iso.includes('T'));
    if (match.offset !== null) expect(match.iso.endsWith(match.offset)).toBe(true);
    expect(match.zoneSource === null).toBe(match.zone === null);
  }
  const columns = result.matches.map((match) => match.column);
  expect(columns).toEqual([...columns].sort((a, b) => a - b));
  for (const warning of result.warnings) {
    expect(warning.rule).toMatch(/^timestamp-/);
    expect(warning.line).toBe(5);
  }
}

describe('findTimestamps properties', () => {
  test.prop([line, options], { numRuns: 400 })('never throws, and every text is at its column', (text, opts) => {
    const result = findTimestamps({ no: 5, text }, opts);
    checkInvariants(text, result);
    expect(result.warnings.filter((w) => w.rule === 'timestamp-internal-error')).toEqual([]);
  });

  test.prop([line, options], { numRuns: 100 })('is deterministic', (text, opts) => {
    expect(findTimestamps({ no: 5, text }, opts)).toEqual(findTimestamps({ no: 5, text }, opts));
  });

  test.prop([fc.anything()])('does not throw on values that are not strings', (value) => {
    const result = findTimestamps({ no: 5, text: value as string }, { tz: null, dateOrder: 'dmy', referenceDate: null });
    expect(result.matches).toEqual([]);
  });
});
