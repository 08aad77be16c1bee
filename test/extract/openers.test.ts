/**
 * The openings of a pattern must let through every line the pattern matches: the page pre-check
 * runs its big anchored patterns only where they do. Checked on what `openingsOf` reads from
 * tricky sources, that openings.ts holds what it reads from the page pre-check's patterns, on every line of the fixtures (bullets taken off, as the pre-check does), on each
 * opening written in other cases and with the characters `/iu` folds onto ASCII letters, and
 * on arbitrary strings built from the patterns' own words. `openingsMask`, which looks for the
 * openings of all of them in one walk, must set the bit of every pattern `opensWith` lets a
 * line through for, on the same lines.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { BULLET } from '../../src/extract/boilerplate.js';
import { OPENING_GUARDED } from '../../src/extract/openings-guarded.js';
import { openingsMask, opensWith } from '../../src/extract/openers.js';
import { openingsOf } from '../tools/openers-reader.js';
import { OPENINGS } from '../../src/extract/openings.js';
import { normalizedLines } from '../helpers/files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const patterns = Object.entries(OPENING_GUARDED);
const gates = new Map(patterns.map(([name]) => [name, opensWith(OPENINGS[name] ?? null)]));

describe('openingsOf reads what every match starts with', () => {
  it.each([
    [/^abc\W*$/iu, ['abc']],
    [/^(?:ab|cd)e/iu, ['abe', 'cde']],
    [/^(?:the )?story/iu, ['the story', 'story']],
    [/^(?:the )*story/iu, ['the ', 'story']],
    [/^\*?these/iu, ['*these', 'these']],
    [/^[+*†]results/iu, ['+results', '*results', '\\wide']],
    [/^comments?|^\d+ replies/iu, ['comment', '\\d ']],
    // What follows an opening run of digits, when the reader can tell: a time, a space, a word.
    [/^\d{1,2}:\d{2}|^now/iu, ['\\d:', 'now']],
    [/^\d+\s*(?:min|mins)(?: read)?/iu, ['\\d\\sm']],
    [/^\d+(?:st|nd)? of/iu, ['\\dsn ']],
    [/^(?:\d+\s+)?comments/iu, ['\\d\\s', 'comments']],
    [/^\d+x?\d/iu, ['\\d']],
    [/^\d+(?=x)/iu, ['\\d']],
    [/^\d+[ab]/iu, ['\\d']],
    [/^\d+5/iu, ['\\d']],
    [/^\(c\) ?\d/iu, ['(c)']],
    [/^full ?screen|^voc[êe]|^читай/iu, ['full', 'voc', '\\wide']],
    [/^a+b/iu, ['a']],
    [/^(?:ab)+c/iu, ['ab']],
    [/^(?:x|y)?z/iu, ['xz', 'yz', 'z']],
    [/^ab(?:c|d)e/iu, ['abce', 'abde']],
    [/^ab(?=c)/iu, ['ab']],
    [/^ab(?:\d+|c)/iu, ['ab', 'abc']],
    [/^abc\bdef/iu, ['abcdef']],
  ])('%s', (pattern, expected) => {
    expect(openingsOf(pattern)).toEqual(expected);
  });

  it.each([/abc/iu, /^abc|def/iu, /^.{0,40}abc/iu, /^\w+/iu, /^(?=a)abc/iu, /^(?<name>a)/iu, /^abc/gimu, /^a?/iu, /^\d?x/iu, /^[a-c]x/iu, /^$/iu])(
    'lets every line through for %s',
    (pattern) => {
      expect(openingsOf(pattern)).toBeNull();
      expect(opensWith(openingsOf(pattern))('anything')).toBe(true);
    },
  );

  it('after an opening run of digits, compares the unit that ends the run', () => {
    const time = opensWith(openingsOf(/^\d{1,2}:\d{2}|^now/iu));
    expect(['12:30', '1:05 / 3:20', 'NOW'].map(time)).toEqual([true, true, true]);
    // A date line, a bare number, a number at the end: no time's colon after the digits.
    expect(['14.05.2019 16:24', '2019', '12', '123 min'].map(time)).toEqual([false, false, false, false]);
    const spaced = opensWith(openingsOf(/^\d+\s*(?:min|mins)/iu));
    expect(['5 min', '5min', '5Min', '12\tmins', '5\u00a0min', '5.1 min', '5-min'].map(spaced)).toEqual([true, true, true, true, true, false, false]);
  });

  it('reads an opening from each of the page pre-check patterns, as openings.ts holds them', () => {
    // Stale after a pattern's edit: rewrite it with `npx tsx test/tools/openings.ts`.
    expect(Object.keys(OPENINGS)).toEqual(patterns.map(([name]) => name));
    for (const [name, pattern] of patterns) {
      expect(openingsOf(pattern), name).not.toBeNull();
      expect(OPENINGS[name], name).toEqual(openingsOf(pattern));
    }
  });
});

const lines = normalizedLines(join(root, 'fixtures')).map((line) => line.replace(BULLET, '').trim());

describe('the page pre-check patterns match only lines their openings let through', () => {
  it('on every line of the fixtures', () => {
    expect(lines.length).toBeGreaterThan(10_000);
    let matched = 0;
    let stopped = 0;
    for (const [name, pattern] of patterns) {
      const opens = gates.get(name)!;
      const missed = lines.filter((line) => pattern.test(line) && !opens(line));
      expect(missed, name).toEqual([]);
      matched += lines.filter((line) => pattern.test(line)).length;
      stopped += lines.filter((line) => !opens(line)).length;
    }
    // Both answers occur, so the comparison means something.
    expect(matched).toBeGreaterThan(100);
    expect(stopped).toBeGreaterThan(patterns.length * lines.length * 0.5);
  });

  it('on each opening in other cases and with the characters /iu folds onto k and s', () => {
    for (const [name, pattern] of patterns) {
      const opens = gates.get(name)!;
      for (const opening of openingsOf(pattern)!) {
        if (opening.startsWith('\\')) continue;
        const forms = [opening, opening.toUpperCase(), opening.replace(/k/g, '\u212A'), opening.replace(/s/g, '\u017F'), opening[0]!.toUpperCase() + opening.slice(1)];
        for (const form of forms) {
          expect(opens(`${form} tail`), `${name}: ${form}`).toBe(true);
          expect(opens(form), `${name}: ${form}`).toBe(true);
        }
        // Cut short, an opening is not found (a match holds all of it).
        if (opening.length > 1) expect(openingsOf(pattern)!.some((other) => opening.slice(0, -1).startsWith(other)) || !opens(opening.slice(0, -1)), `${name}: ${opening}`).toBe(true);
      }
    }
  });

  const words = [
    ...new Set(
      patterns.flatMap(([, pattern]) =>
        pattern.source
          .split(/[^\p{L}&©†*+-]+/u)
          .filter((word) => word.length > 1)
          .slice(0, 60),
      ),
    ),
  ];
  const pieces = fc.constantFrom(...words, ' ', ':', '.', '(', ')', '1', '12:30', 'ſ', '\u212A', '\u{1F600}', '•', 'The', 'SEE', 'Read');
  test.prop([fc.array(fc.oneof({ weight: 5, arbitrary: pieces }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 6 }).map((parts) => parts.join(''))], {
    numRuns: 4000,
  })('on arbitrary strings', (line) => {
    for (const [name, pattern] of patterns) if (pattern.test(line)) expect(gates.get(name)!(line), `${name}: ${line}`).toBe(true);
  });
});

describe('openingsMask sets the bit of every pattern whose openings let a line through', () => {
  const mask = openingsMask(Object.fromEntries(patterns.map(([name]) => [name, OPENINGS[name]])));
  /** The patterns `opensWith` lets `line` through for, whose bits `mask.of(line)` lacks. */
  const missed = (line: string) => {
    const found = mask.of(line);
    return patterns.filter(([name]) => gates.get(name)!(line) && (found & mask.bits[name]!) === 0).map(([name]) => `${name}: ${line}`);
  };

  it('on every line of the fixtures, and the lines cut after each unit', () => {
    expect(lines.flatMap(missed)).toEqual([]);
    // Cut short (an opening is found only whole), in other cases and with the units /iu folds onto k and s.
    const variants = patterns.flatMap(([name]) =>
      (OPENINGS[name] ?? []).flatMap((opening) => [opening, opening.toUpperCase(), opening.replace(/k/g, '\u212A'), opening.replace(/s/g, '\u017F'), `${opening} tail`, opening.slice(0, -1)]),
    );
    expect(variants.flatMap(missed)).toEqual([]);
    // The bits are not all set: most lines of prose open with no pattern's words.
    const clear = lines.filter((line) => mask.of(line) === 0).length;
    expect(clear).toBeGreaterThan(lines.length / 4);
  });

  it('for a pattern without openings, on every line', () => {
    const open = openingsMask({ NONE: null, SOME: ['abc'] });
    expect(['', 'xyz', 'abc', '\u00e9'].map((line) => open.of(line) & open.bits.NONE!)).toEqual([1, 1, 1, 1]);
    expect(['', 'xyz', 'ABCD', 'ab'].map((line) => (open.of(line) & open.bits.SOME!) !== 0)).toEqual([true, false, true, false]);
  });

  const pieces = fc.constantFrom(...patterns.flatMap(([name]) => (OPENINGS[name] ?? []).slice(0, 8)), ' ', '1', '12:30', 'ſ', '\u212A', '\u{1F600}', 'The', 'é');
  test.prop([fc.array(fc.oneof({ weight: 5, arbitrary: pieces }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 4 }).map((parts) => parts.join(''))], {
    numRuns: 4000,
  })('on arbitrary strings', (line) => {
    expect(missed(line)).toEqual([]);
  });
});
