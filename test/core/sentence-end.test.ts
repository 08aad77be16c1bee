/**
 * `endsSentence` (the page stage's test for a line ending a sentence, read from the line's end)
 * answers as `SENTENCE_END_PATTERN.test`: on every line of the fixtures and the shared corpus,
 * on lines built around its edges (emoji, their variation selector, surrogate halves, quotes
 * and brackets after the mark, one-unit lines) and on arbitrary strings.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { endsSentence, SENTENCE_END_PATTERN } from '../../src/core/page.js';
import { normalizedLines } from '../helpers/files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const differs = (text: string) => endsSentence(text) !== SENTENCE_END_PATTERN().test(text);

describe('endsSentence answers as SENTENCE_END_PATTERN', () => {
  it('on every line of the fixtures and the shared corpus', () => {
    const corpus = [root + '../shared/corpus', '/work/shared/corpus'].filter(existsSync).slice(0, 1);
    const lines = [root + 'fixtures', ...corpus].flatMap((dir) => normalizedLines(dir));
    expect(lines.length).toBeGreaterThan(10_000);
    expect(lines.filter(differs)).toEqual([]);
    // Both answers occur, so the comparison means something.
    expect(lines.filter(endsSentence).length).toBeGreaterThan(1000);
    expect(lines.filter((line) => !endsSentence(line)).length).toBeGreaterThan(1000);
  });

  it.each([
    '', '.', '"', 'a', 'Done.', 'Done!"', 'Done?’', 'Done…»', 'Done.)', 'Done。', '完了！', 'Done).', 'Done"', 'Done ."', 'Done.""',
    'today! 🙂', 'weekend 😉', 'weekend😉', 'fun ☀', 'fun ☀️', 'fun ☀\uFE0F 🙂', 'ok 🙂 🙂', '🙂', ' 🙂', 'x\uFE0F', 'x\uDC00', '\uD83D', 'a\uD83D',
    '© 2019', 'Brand™', 'the end.  ', 'Done. ',
  ])('%j', (text) => {
    expect(endsSentence(text)).toBe(SENTENCE_END_PATTERN().test(text));
  });

  const pieces = fc.constantFrom('a', 'Z', 'é', ' ', '.', '!', '?', '…', '。', '！', '？', '"', "'", '”', '’', '»', ')', '🙂', '😉', '☀', '\uFE0F', '\uD83D', '\uDC00', '©', '1');
  test.prop([fc.array(fc.oneof({ weight: 5, arbitrary: pieces }, { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: 'binary' }) }), { maxLength: 8 }).map((parts) => parts.join(''))], {
    numRuns: 5000,
  })('on arbitrary strings', (text) => {
    expect(endsSentence(text)).toBe(SENTENCE_END_PATTERN().test(text));
  });
});
