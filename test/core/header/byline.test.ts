/** The byline claimer on real bylines (fixtures/). */
import { describe, expect, it } from 'vitest';
import { claimByline } from '../../../src/core/header/byline.js';
import { at } from './context.js';

describe('claimByline', () => {
  it('names joined with and, in normal case', () => {
    expect(claimByline(...at('layouts/agency-byline.txt', 2))).toEqual({
      removed: [{ line: 2, reason: 'byline', text: 'By JANE DOE and JOHN Q. SMITH' }],
      byline: { names: ['Jane Doe', 'John Q. Smith'], agency: null, role: null, text: 'By JANE DOE and JOHN Q. SMITH', line: 2 },
    });
  });

  it('an indented 1987 Reuters byline, mixed case kept', () => {
    expect(claimByline(...at('reuters/21006.txt', 3))?.byline).toMatchObject({ names: ['Ian MacKenzie'], line: 3 });
  });

  it('only the first byline is the story’s', () => {
    const [line, context] = at('layouts/agency-byline.txt', 2);
    expect(claimByline(line, { ...context, byline: { names: ['Ian MacKenzie'], agency: null, role: null, text: 'By Ian MacKenzie', line: 1 } })).toBeNull();
  });

  it('a byline split over two lines: `By` alone, the names under it (Barron\'s, fixtures/pages/article-f8ff621a0b9b.txt)', () => {
    const [by, byContext] = at('pages/article-f8ff621a0b9b.txt', 12);
    expect(by.text).toBe('By');
    expect(claimByline(by, byContext)).toEqual({ removed: [{ line: 12, reason: 'byline', text: 'By' }] });
    expect(claimByline(...at('pages/article-f8ff621a0b9b.txt', 13))).toEqual({
      removed: [{ line: 13, reason: 'byline', text: 'Al Root' }],
      byline: { names: ['Al Root'], agency: null, role: null, text: 'Al Root', line: 13 },
    });
  });

  it('`By` alone over no name, and a name under no `By`, are not bylines', () => {
    // The stamp line under `Al Root` is no name; the headline above `By` is no byline.
    expect(claimByline(...at('pages/article-f8ff621a0b9b.txt', 14))).toBeNull();
    expect(claimByline(...at('pages/article-f8ff621a0b9b.txt', 4))).toBeNull();
  });

  it.each([
    ['a headline', 'layouts/agency-byline.txt', 1],
    ['an agency line', 'layouts/agency-byline.txt', 3],
    ['a dateline lead', 'reuters/21002.txt', 4],
  ] as const)('%s is not a byline', (_, path, no) => expect(claimByline(...at(path, no))).toBeNull());
});
