/**
 * `looksLikeHeadline` counts a line's words and sentence breaks without arrays (spaces up to its
 * limit, breaks up to two): its every answer must be the one of the function as it was before
 * (668360b, counting with `split(' ')` and `match(SENTENCE_BREAK)`; the reference copy below), on
 * every line of the fixtures and the shared corpus (when present), on lines around the limits,
 * one after another (the pattern's position is left ready for the next line), and on generated
 * lines.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LETTER, UPPER } from '../../src/extract/letters.js';
import { latinStopwordCounts } from '../../src/extract/stopwords.js';
import { looksLikeHeadline } from '../../src/extract/title.js';
import { normalizedLines } from '../helpers/files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The reference: `looksLikeHeadline` and `isProseSentence` as they were at 668360b
// (`git show 668360b:src/extract/title.ts`), word for word.
const SENTENCE_BREAK = new RegExp(`[.!?]["'”’)]?\\s+["'“‘(]?[${UPPER}]`, 'g');
const HAS_LETTER = new RegExp(`[${LETTER}\u0370-\uFFFF]`);

function byArrays(text: string): boolean {
  if (text.length === 0 || text.length > 250) return false;
  if (text.split(' ').length > 40) return false;
  if (!HAS_LETTER.test(text)) return false;
  const breaks = text.match(SENTENCE_BREAK)?.length ?? 0;
  if (breaks >= 2) return false;
  if (breaks === 1 && text.length > 120) return false;
  if (/[.]["'”’]?$/.test(text) && text.length > 100) return false;
  return breaks > 0 || !isProseSentence(text);
}

function isProseSentence(text: string): boolean {
  if (!/[\p{L}\d)][.]["'”’]?$/u.test(text)) return false;
  const words = text.split(' ');
  if (words.length < 12) return false;
  let lower = 0;
  for (const word of words) if (/^["'“‘(]?\p{Ll}/u.test(word)) lower++;
  if (lower * 2 < words.length) return false;
  const { words: counted, counts } = latinStopwordCounts(text.toLowerCase());
  return counted > 0 && Math.max(...counts) >= 0.3 * counted;
}

const words = (text: string) => text.split(' ').length;
const breaks = (text: string) => text.match(SENTENCE_BREAK)?.length ?? 0;

describe('looksLikeHeadline answers as it did with split and match', () => {
  it('on every line of the fixtures and the shared corpus, in their order', () => {
    const corpus = [root + '../shared/corpus', '/work/shared/corpus'].filter(existsSync).slice(0, 1);
    const lines = [root + 'fixtures', ...corpus].flatMap((dir) => normalizedLines(dir)).filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(10_000);
    const differ = lines.filter((line) => looksLikeHeadline(line) !== byArrays(line));
    expect(differ).toEqual([]);
    // Each count decides some lines and both answers occur, at every length, so the comparison means something.
    const short = lines.filter((line) => line.length <= 250);
    expect(short.filter((line) => words(line) > 40).length).toBeGreaterThan(10);
    expect(short.filter((line) => words(line) <= 40 && breaks(line) >= 2).length).toBeGreaterThan(100);
    expect(short.filter((line) => line.length > 120 && breaks(line) === 1).length).toBeGreaterThan(10);
    expect(short.filter((line) => line.length <= 120 && breaks(line) === 1 && byArrays(line)).length).toBeGreaterThan(10);
    expect(short.filter((line) => line.length > 120 && byArrays(line)).length).toBeGreaterThan(10);
    expect(short.filter((line) => line.length <= 120 && byArrays(line)).length).toBeGreaterThan(1000);
  });

  const wordsLine = (count: number, word = 'ab') => Array.from({ length: count }, () => word).join(' ');
  it.each([
    wordsLine(39),
    wordsLine(40),
    wordsLine(41),
    wordsLine(60),
    `${wordsLine(40)}. He`,
    `${wordsLine(38)}. He. She`,
    'One. Two',
    'One. Two. Three',
    'Said. He went. She came. They left',
    `${'a'.repeat(121)}. He`,
    `${'a'.repeat(118)}. He`,
    `Oil ${'b'.repeat(117)}`,
    `Oil ${'b'.repeat(246)}`,
    `Oil ${'b'.repeat(247)}`,
    `Oil ${'b'.repeat(96)}.`,
    `Oil ${'b'.repeat(97)}.`,
    'The gloves are off in the fight between John Kasich and Donald Trump.',
    'No break here',
    '',
    '...',
  ])('%j, and a line of two breaks after it', (line) => {
    expect(looksLikeHeadline(line)).toBe(byArrays(line));
    // The pattern is left at the start for the next line: its two breaks still count.
    expect(looksLikeHeadline('Said. He went. She came')).toBe(false);
  });

  test.prop([fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '!', '"', '(', 'É', '\n') })])('on strings of words and sentence ends', (line) => {
    expect(looksLikeHeadline(line)).toBe(byArrays(line));
  });

  const word = fc.constantFrom('the', 'of', 'said', 'Oil', 'prices', 'rose', 'He', 'a', 'market.', 'end."', 'Why?', 'Talks', 'on', 'É', 'xxxxxxxxxxxxxxxxxxxx', '');
  test.prop([fc.array(word, { maxLength: 60, size: 'max' }), fc.constantFrom('', '.', '."', '?')])('on lines of words, up to 60 and past 250 characters', (list, end) => {
    const line = list.join(' ') + end;
    expect(looksLikeHeadline(line)).toBe(byArrays(line));
  });
});
