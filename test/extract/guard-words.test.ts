/**
 * `wordsIn` finds a registered guard word exactly where a case-insensitive Unicode pattern
 * (`/iu`) finds it: checked character by character over every code point, and word by word
 * against the patterns the page pre-check's guards stand for (`src/extract/boilerplate.ts`)
 * on every fixture line, on lines built around the edges and on arbitrary strings.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  AFFILIATE_GUARD,
  AFFILIATE_WORDS,
  BROWSER_NOTICE_GUARD,
  BROWSER_NOTICE_WORDS,
  CAPTION_CREDIT_WORDS,
  LONG_LEGAL_GUARD,
  LONG_LEGAL_WORDS,
  NEWSLETTER_GUARD,
  NEWSLETTER_PITCH_GUARD,
  NEWSLETTER_PITCH_WORDS,
  NEWSLETTER_WORDS,
  captionCreditShape,
} from '../../src/extract/boilerplate.js';
import { foldUnit, guardWords, registeredWords, wordsIn } from '../../src/extract/guard-words.js';
import { normalizedLines } from '../helpers/files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/gu, '\\$&');

describe('foldUnit folds as /iu for every character of the registered words', () => {
  it('over every code point', () => {
    const alphabet = [...new Set(registeredWords().flatMap(({ word }) => [...word]))];
    expect(alphabet.length).toBeGreaterThan(20);
    const any = new RegExp(`[${alphabet.map(escape).join('')}]`, 'iu');
    const one = new Map(alphabet.map((ch) => [ch, new RegExp(`^${escape(ch)}$`, 'iu')]));
    const folds = new Set(alphabet.map((ch) => foldUnit(ch.charCodeAt(0))));
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const byPattern = any.test(ch);
      // A unit that folds onto a word's character must be one the pattern matches, and back.
      const byFold = cp <= 0xffff && folds.has(foldUnit(cp));
      if (byPattern !== byFold) wrong.push(cp.toString(16));
      else if (byPattern) {
        for (const [letter, pattern] of one) if (pattern.test(ch) !== (foldUnit(cp) === foldUnit(letter.charCodeAt(0)))) wrong.push(`${cp.toString(16)}/${letter}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses words it cannot scan for', () => {
    expect(() => guardWords('')).toThrow(/Guard word/u);
    expect(() => guardWords('x')).toThrow(/Guard word/u);
    expect(() => guardWords('aé')).toThrow(/Guard word/u);
    expect(() => guardWords('\u{1F600}')).toThrow(/Guard word/u);
  });
});


/** Each guard's bits, and the pattern of its words it stands for. */
const GUARDS: [string, (text: string) => boolean, RegExp][] = [
  ['NEWSLETTER_WORDS', (text) => (wordsIn(text) & NEWSLETTER_GUARD) !== 0, NEWSLETTER_WORDS()],
  ['NEWSLETTER_PITCH_WORDS', (text) => (wordsIn(text) & NEWSLETTER_PITCH_GUARD) !== 0, NEWSLETTER_PITCH_WORDS],
  ['BROWSER_NOTICE_WORDS', (text) => (wordsIn(text) & BROWSER_NOTICE_GUARD) !== 0, BROWSER_NOTICE_WORDS],
  ['LONG_LEGAL_WORDS', (text) => (wordsIn(text) & LONG_LEGAL_GUARD) !== 0, LONG_LEGAL_WORDS],
  ['CAPTION_CREDIT_WORDS', (text) => captionCreditShape(text, wordsIn(text)), CAPTION_CREDIT_WORDS],
  ['AFFILIATE_WORDS', (text) => (wordsIn(text) & AFFILIATE_GUARD) !== 0, AFFILIATE_WORDS],
];

const WORDS = [...registeredWords().map(({ word }) => word), 'Your Browser Does Not Support', 'NEWS', 'ſign', 'SUBSCRİBE', 'in\u212Abox', 'ФОТО', 'фᲂᲄᲂ', 'By  using', 'by usi', 'newsign', 'ALL RIGHTS RESERVED'];

describe('wordsIn answers as the patterns the guards stand for', () => {
  const lines = normalizedLines(join(root, 'fixtures'));
  it.each(GUARDS)('%s, on every line of the fixtures', (_name, guard, pattern) => {
    expect(lines.length).toBeGreaterThan(10_000);
    expect(lines.filter((line) => guard(line) !== pattern.test(line))).toEqual([]);
    // Both answers occur (no fixture line holds a browser notice), so the comparison means something.
    if (pattern !== BROWSER_NOTICE_WORDS) expect(lines.filter((line) => guard(line)).length).toBeGreaterThan(0);
  });

  it.each(GUARDS)('%s, on lines built around the edges', (_name, guard, pattern) => {
    const cases: string[] = [];
    for (const word of WORDS) {
      for (const form of [word, word.toUpperCase(), word.slice(1), word.slice(0, -1), `${word.charAt(0)}\u{1F600}${word.slice(1)}`]) {
        for (const [head, tail] of [['', ''], ['x', '.'], ['A line with ', ' in it.'], ['\u{1F600}', ')'], ['’', ']'], ['©', '']]) cases.push(`${head}${form}${tail}`);
      }
    }
    expect(cases.filter((line) => guard(line) !== pattern.test(line))).toEqual([]);
  });

  const pieces = fc.constantFrom(...WORDS, ' ', '.', ')', ']', 'ſ', '\u212A', 'ᲂ', 'İ', '\u{1F600}', '\uD83D', 'x', 'n', 's');
  test.prop([fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(''))], { numRuns: 3000 })(
    'on arbitrary strings',
    (line) => {
      for (const [, guard, pattern] of GUARDS) expect(guard(line)).toBe(pattern.test(line));
    },
  );
});
