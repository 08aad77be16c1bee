/**
 * The lean start's string-width for the warning reporter (src/cli/report-width.ts) answers as
 * string-width does: on every printable ASCII character and pair, on report-like lines, and on
 * text it hands over (accents, CJK, emoji, ANSI colour codes, control characters).
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import reportWidth from '../src/cli/report-width.js';

const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i));

describe('reportWidth', () => {
  it('gives string-width’s width for every printable ASCII character and pair', () => {
    for (const a of ascii) {
      expect([a, reportWidth(a)]).toEqual([a, stringWidth(a)]);
      for (const b of ascii) if (reportWidth(a + b) !== stringWidth(a + b)) expect(a + b).toBe('of equal width');
    }
  });

  it.each([
    '',
    '3:11 warning input is not valid UTF-8 (byte 0x97 at line 3, column 11); read as Windows-1252',
    'fixtures/horne/buzzfeed-102_Real.txt',
    'Zürich, São Paulo',
    '東京 2019年5月14日',
    'flag 🇺🇦 and 👍🏽',
    '\u001b[33mwarning\u001b[39m',
    'tab\there',
    'e\u0301',
  ])('%j is as wide as string-width says', (text) => {
    expect(reportWidth(text)).toBe(stringWidth(text));
  });
});
