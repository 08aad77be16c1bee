/**
 * `gluedAt` (the page stage's reading of a teaser's headline glued to its blurb) finds what
 * `GLUED_AT.exec` finds, at the same place: on every line of the fixtures and the shared corpus,
 * on lines built around the edges (letters outside ASCII, surrogate pairs, the ends of a line)
 * and on arbitrary strings.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { GLUED_AT, gluedAt } from '../../src/core/page.js';
import { normalizedLines } from '../helpers/files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const byPattern = (text: string) => {
  const match = GLUED_AT().exec(text);
  return match === null ? -1 : match.index + match[0].length;
};

describe('gluedAt answers as GLUED_AT', () => {
  it('on every line of the fixtures and the shared corpus', () => {
    const corpus = [root + '../shared/corpus', '/work/shared/corpus'].filter(existsSync).slice(0, 1);
    const lines = [root + 'fixtures', ...corpus].flatMap((dir) => normalizedLines(dir));
    expect(lines.length).toBeGreaterThan(10_000);
    expect(lines.filter((line) => gluedAt(line) !== byPattern(line))).toEqual([]);
    // Both answers occur, so the comparison means something.
    expect(lines.filter((line) => gluedAt(line) !== -1).length).toBeGreaterThan(50);
  });

  it.each([
    'Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left',
    'Is Violence In Sports On The Rise?Violence is part of the game',
    'Up 5%)Shares rose',
    'McDonald and LeBron',
    'abcD',
    'abcDe',
    'abcD ',
    'abcDÉ',
    'abcÉe',
    'àéîÉè',
    'ßøÿÀx',
    '9Ab',
    '9A',
    '9A\u00a0',
    '9A\u2028',
    'xyzΣα',
    'мирЖи',
    '\u{1D41A}bcDe',
    'ab\u{1D41A}De',
    'abc\u{1D400}e',
    'abcD\u{1D41A}',
    '\uD835abcDe',
    'abcDe\uDC1A',
    '',
    'a',
    '!Ab',
  ])('%j', (line) => {
    expect(gluedAt(line)).toBe(byPattern(line));
  });

  const pieces = fc.constantFrom('a', 'b', 'z', 'A', 'Z', 'é', 'É', 'ß', 'Σ', 'σ', 'Ж', 'ж', '1', '?', '!', ')', ' ', '\t', '\u00a0', '\u2028', '\u{1D41A}', '\u{1D400}', '\uD835', '\uDC1A', '.', 'x');
  test.prop([fc.array(fc.oneof(pieces, fc.string({ maxLength: 2 }), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 16 }).map((parts) => parts.join(''))], { numRuns: 5000 })(
    'on arbitrary strings',
    (line) => {
      expect(gluedAt(line)).toBe(byPattern(line));
    },
  );
});
