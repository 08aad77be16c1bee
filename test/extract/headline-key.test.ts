/**
 * `startsWithKey` (does a line's folded key start with the headline's?) reads an ASCII line unit
 * by unit against the key and stops at the first difference; it must answer as folding the whole
 * line does (`headlineKey(line).startsWith(titleKey)`): for every line of the fixtures and the
 * shared corpus against the keys of the headlines of its folder's stories and of its own first
 * lines, on edge cases (case, punctuation, letters beyond ASCII before and after the key's end,
 * surrogate pairs, keys beyond ASCII) and on arbitrary strings.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { headlineKey, startsWithKey } from '../../src/extract/headline.js';
import { normalizedLines } from '../helpers/files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const byFolding = (line: string, key: string) => headlineKey(line).startsWith(key);

describe('startsWithKey answers as folding the whole line', () => {
  it('on every line of the fixtures and the shared corpus, against the keys of nearby lines', () => {
    const corpus = [root + '../shared/corpus', '/work/shared/corpus'].filter(existsSync).slice(0, 1);
    const lines = [root + 'fixtures', ...corpus].flatMap((dir) => normalizedLines(dir)).filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(10_000);
    const differ: Array<[string, string]> = [];
    let starts = 0;
    lines.forEach((line, i) => {
      // The keys of the lines around it (a headline and its repeats stand a line or two apart), and their starts.
      for (const other of [lines[i - 2], lines[i - 1], line, lines[i + 1]]) {
        if (other === undefined) continue;
        const key = headlineKey(other);
        for (const titleKey of [key, key.slice(0, 8), key.slice(0, 24)]) {
          const fast = startsWithKey(line, titleKey);
          if (fast) starts++;
          if (fast !== byFolding(line, titleKey)) differ.push([line, titleKey]);
        }
      }
    });
    expect(differ).toEqual([]);
    // Both answers occur, so the comparison means something.
    expect(starts).toBeGreaterThan(10_000);
  });

  it.each([
    ['Talks begin', 'talksbegin'],
    ['TALKS-BEGIN!!', 'talksbegin'],
    ['  ..Talks  begin today', 'talksbegin'],
    ['Talks begi', 'talksbegin'],
    ['Talks bégin', 'talksbegin'],
    ['Talks begin é', 'talksbegin'],
    ['Talks begin', 'talksbégin'],
    ['Tálks begin', 'talksbegin'],
    ['ﬁnal talks', 'finaltalks'],
    ['Final talks 😀', 'finaltalks'],
    ['😀 Final talks', 'finaltalks'],
    ['Ⅻ talks', 'xiitalks'],
    ['', ''],
    ['...', ''],
    ['', 'a'],
  ])('%j against %j', (line, key) => {
    expect(startsWithKey(line, key)).toBe(byFolding(line, key));
  });

  test.prop([fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })])('on arbitrary strings', (line, other) => {
    const key = headlineKey(other);
    expect(startsWithKey(line, key)).toBe(byFolding(line, key));
    expect(startsWithKey(other + line, key)).toBe(byFolding(other + line, key));
  });

  test.prop([fc.string({ unit: fc.constantFrom('a', 'B', '1', ' ', '-', 'é', 'É', 'ß', '\u0301', '😀') })])('on strings of letters, marks and punctuation', (line) => {
    for (const key of [headlineKey(line), headlineKey(line).slice(0, 3), 'ab1']) expect(startsWithKey(line, key)).toBe(byFolding(line, key));
  });
});
