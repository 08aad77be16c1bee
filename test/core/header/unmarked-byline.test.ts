/** The unmarked-byline claimer: names without `By` right above the stamp line under the headline. */
import { describe, expect, it } from 'vitest';
import { claimUnmarkedByline } from '../../../src/core/header/unmarked-byline.js';
import { at } from './context.js';

const TITLE = { text: "Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's suicide", line: 1 };

describe('claimUnmarkedByline', () => {
  it('USA Today (fixtures/pages/article-c58aa507c4de.txt): the names and the paper over the stamp line', () => {
    const [line, context] = at('pages/article-c58aa507c4de.txt', 3, { title: TITLE });
    expect(line.text).toBe('Kevin Johnson and Kevin McCoy USA TODAY');
    const claim = claimUnmarkedByline(line, context);
    expect(claim?.removed).toEqual([{ line: 3, reason: 'byline', text: line.text }]);
    expect(claim?.byline).toEqual({ names: ['Kevin Johnson', 'Kevin McCoy'], agency: null, role: 'USA TODAY', text: line.text, line: 3 });
  });

  it('not before the headline is known, nor when the story has its byline', () => {
    expect(claimUnmarkedByline(...at('pages/article-c58aa507c4de.txt', 3))).toBeNull();
    const byline = { names: ['Jane Doe'], agency: null, role: null, text: 'By Jane Doe', line: 2 };
    expect(claimUnmarkedByline(...at('pages/article-c58aa507c4de.txt', 3, { title: TITLE, byline }))).toBeNull();
  });

  it('not without a stamp line under it', () => {
    const [line, context] = at('pages/article-c58aa507c4de.txt', 3, { title: TITLE });
    const lines = context.lines.map((other) => (other.no === 4 ? { ...other, text: 'WASHINGTON – Two federal prison officers were charged Tuesday.' } : other));
    expect(claimUnmarkedByline(line, { ...context, lines })).toBeNull();
  });
});
