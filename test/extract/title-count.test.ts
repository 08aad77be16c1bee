/**
 * `looksLikeHeadline` counts a line's words and sentence breaks without arrays (spaces up to its
 * limit, breaks up to two): its answer must be the one of counting them with `split(' ')` and
 * `match(SENTENCE_BREAK)`, as it did (the reference below), on every line of the fixtures and the
 * shared corpus, on lines around the limits and on arbitrary strings.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { UPPER } from '../../src/extract/letters.js';
import { looksLikeHeadline } from '../../src/extract/title.js';
import { normalizedLines } from '../helpers/files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SENTENCE_BREAK = new RegExp(`[.!?]["'”’)]?\\s+["'“‘(]?[${UPPER}]`, 'g');

/** The counts as they were taken: `looksLikeHeadline` answers as this does. */
function byArrays(text: string): { words: number; breaks: number } {
  return { words: text.split(' ').length, breaks: text.match(SENTENCE_BREAK)?.length ?? 0 };
}

/** What the counts decide, from the counts taken with arrays (the rest of the function is shared). */
function decidedByArrays(text: string): boolean | null {
  if (text.length === 0 || text.length > 250) return false;
  const { words, breaks } = byArrays(text);
  if (words > 40) return false;
  if (breaks >= 2) return false;
  if (breaks === 1 && text.length > 120) return false;
  return null;
}

describe('looksLikeHeadline counts as split and match did', () => {
  it('on every line of the fixtures and the shared corpus', () => {
    const corpus = [root + '../shared/corpus', '/work/shared/corpus'].filter(existsSync).slice(0, 1);
    const lines = [root + 'fixtures', ...corpus].flatMap((dir) => normalizedLines(dir)).filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(10_000);
    const differ = lines.filter((line) => {
      const decided = decidedByArrays(line);
      return decided !== null && looksLikeHeadline(line) !== decided;
    });
    expect(differ).toEqual([]);
    // Lines decided by each count occur, so the comparison means something.
    expect(lines.filter((line) => line.length <= 250 && byArrays(line).words > 40).length).toBeGreaterThan(10);
    expect(lines.filter((line) => line.length <= 250 && byArrays(line).breaks >= 2).length).toBeGreaterThan(100);
  });

  it.each([39, 40, 41, 60])('a line of %i words', (count) => {
    const line = Array.from({ length: count }, () => 'ab').join(' ');
    // No sentence end: only the count of words decides.
    expect(looksLikeHeadline(line)).toBe(count <= 40);
  });

  it.each(['One. Two', 'One. Two. Three', 'Said. He went. She came. They left', `${'a'.repeat(121)}. He`, 'No break here'])('%j', (line) => {
    const decided = decidedByArrays(line);
    if (decided !== null) expect(looksLikeHeadline(line)).toBe(decided);
    // The pattern is left ready for the next line either way.
    expect(looksLikeHeadline(line)).toBe(looksLikeHeadline(line));
  });

  test.prop([fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '!', '"', '(', 'É', '\n') })])('on strings of words and sentence ends', (line) => {
    const decided = decidedByArrays(line);
    if (decided !== null) expect(looksLikeHeadline(line)).toBe(decided);
  });
});
