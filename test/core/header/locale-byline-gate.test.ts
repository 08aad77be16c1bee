/**
 * The locale byline claimer asks for the story's language (its guess costs about 10 µs) only
 * for a line that some language's byline could be: `mayBeLocaleByline` must hold for every line
 * `matchLabelledByline` reads as a byline under any language's furniture. Checked on every line
 * of the fixtures, on each language's labels and words after names, and on arbitrary strings
 * built from them.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mayBeLocaleByline } from '../../../src/core/header/locale-byline.js';
import { matchLabelledByline } from '../../../src/extract/byline.js';
import { LOCALES } from '../../../src/extract/timestamp/locales/index.js';
import { normalizedLines } from '../../helpers/files.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const furnitures = LOCALES.flatMap((locale) => (locale.furniture ? [locale.furniture] : []));

/** The languages under whose furniture `text` reads as a byline though the gate says no line could. */
function missed(text: string): string[] {
  if (mayBeLocaleByline(text)) return [];
  return furnitures.flatMap((furniture, i) => {
    const match = matchLabelledByline(text, furniture);
    return match === null || match === 'empty' ? [] : [`${i}: ${text}`];
  });
}

describe('mayBeLocaleByline lets every locale byline through', () => {
  const lines = normalizedLines(join(root, 'fixtures')).map((line) => line.trim()).filter((line) => line !== '' && line.length <= 80);

  it('on every short line of the fixtures', () => {
    expect(lines.flatMap(missed)).toEqual([]);
    // Both answers occur: most lines are let through by none, and the bylines are.
    const through = lines.filter(mayBeLocaleByline).length;
    expect(through).toBeGreaterThan(100);
    expect(through).toBeLessThan(lines.length / 2);
  });

  it("on each language's labels and words after names, with names", () => {
    const samples = furnitures.flatMap((furniture) => [
      ...furniture.byline.flatMap((label) => [`${label}: Jan Kowalski`, `${label[0]!.toUpperCase()}${label.slice(1)} Jan Kowalski`, `${label}：山田太郎`, `${label}／古川あや`]),
      ...(furniture.bylineAfter ?? []).map((word) => `김병학 ${word}`),
    ]);
    expect(samples.filter((sample) => furnitures.some((furniture) => matchLabelledByline(sample, furniture) !== null)).length).toBeGreaterThan(20);
    expect(samples.flatMap(missed)).toEqual([]);
  });

  const words = [...new Set(furnitures.flatMap((furniture) => [...furniture.byline, ...(furniture.bylineAfter ?? [])]))];
  const pieces = fc.constantFrom(...words, 'By', 'Von', 'Par', 'Jan', 'Kowalski', '김병학', '古川あや', ':', '：', '／', ' ', ',', 'and');
  test.prop([fc.array(pieces, { maxLength: 5 }).map((parts) => parts.join(''))], { numRuns: 3000 })('on arbitrary strings', (text) => {
    expect(missed(text.trim())).toEqual([]);
  });
});
