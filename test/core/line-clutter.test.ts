/**
 * The page stage and the header share one story's `clutterKind` answers (`LineClutter`): an
 * answer is the test's own, reused only for the same text at the same index, and the header's
 * claimer gives the same claims with the shared answers as without them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimClutter } from '../../src/core/header/clutter.js';
import { LineClutter } from '../../src/core/line-clutter.js';
import { normalize } from '../../src/core/normalize.js';
import { findPage } from '../../src/core/page.js';
import { clutterKind } from '../../src/extract/boilerplate.js';
import { at } from './header/context.js';

const pages = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const pageLines = readdirSync(pages)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => normalize(readFileSync(join(pages, name), 'utf8')).lines);

describe('LineClutter', () => {
  it("answers as clutterKind for every line of the page fixtures, after findPage asked about them", () => {
    let asked = 0;
    let found = 0;
    for (const lines of pageLines) {
      const clutter = new LineClutter();
      if (findPage(lines, clutter) !== null) found++;
      lines.forEach((line, index) => {
        expect(clutter.of(index, line.text)).toBe(clutterKind(line.text));
        if (clutterKind(line.text) !== null) asked++;
      });
    }
    expect(found).toBeGreaterThan(5);
    expect(asked).toBeGreaterThan(100);
  });

  it('asks again when the text at an index is another (the header sees furniture blanked)', () => {
    const clutter = new LineClutter();
    expect(clutter.of(0, 'Advertisement')).toBe('advert');
    expect(clutter.of(0, '')).toBeNull();
    expect(clutter.of(0, 'Share this story')).toBe('share');
    expect(clutter.of(1, 'The minister said the talks would go on.')).toBeNull();
  });

  it("the header's clutter claimer claims the same with the page stage's answers as without", () => {
    const [, context] = at('pages/article-51374560f400.txt', 1);
    const shared = new LineClutter();
    findPage(context.lines, shared);
    let claimed = 0;
    for (let index = 0; index < context.lines.length; index++) {
      const shown = context.lines[index]!;
      if (shown.text === '') continue;
      const alone = claimClutter(shown, { ...context, index });
      expect(claimClutter(shown, { ...context, index, clutter: shared })).toEqual(alone);
      if (alone !== null) claimed++;
    }
    expect(claimed).toBeGreaterThan(5);
  });
});
