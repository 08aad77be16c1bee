/**
 * The stamp languages' catalog (src/extract/timestamp/locales/catalog.ts): what every story asks
 * of every language (pre-check words, stamp labels, byline words) is read from it, so that a
 * language is built only when a line gets past its pre-check. It must be what the languages'
 * vocabularies give (else: `npx tsx test/tools/stamp-catalog.ts`), list every language file, and
 * an English story must build no other language.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { catalogSource, CATALOG_FILE } from '../tools/stamp-catalog.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const localesFolder = new URL('../../src/extract/timestamp/locales/', import.meta.url);

/** A fresh copy of the library's modules (no language built yet), and what a parse builds. */
async function languagesBuiltBy(file: string): Promise<string[]> {
  vi.resetModules();
  const { parseArticle } = await import('../../src/core/parse.js');
  const { builtStampLanguages } = await import('../../src/extract/timestamp/common/configuration.js');
  expect(builtStampLanguages()).toEqual([]);
  const result = parseArticle(readFileSync(new URL(file, fixtures)));
  expect(result.ok).toBe(true);
  return builtStampLanguages();
}

describe('the stamp languages catalog', () => {
  it('is what the vocabularies give (else: npx tsx test/tools/stamp-catalog.ts)', () => {
    expect(readFileSync(CATALOG_FILE, 'utf8')).toBe(catalogSource());
  });

  it('lists every language file of locales/ in the registry, English apart', async () => {
    const { REGISTRY } = await import('../../src/extract/timestamp/locales/index.js');
    const files = readdirSync(localesFolder)
      .filter((name) => /^[a-z]{2,3}\.ts$/.test(name) && name !== 'en.ts')
      .map((name) => name.slice(0, -3))
      .sort();
    expect(Object.keys(REGISTRY).sort()).toEqual(files);
  });

  it("gives every language's byline words as the languages themselves do", async () => {
    const { bylineWordsOfAll, LOCALES } = await import('../../src/extract/timestamp/locales/index.js');
    expect(bylineWordsOfAll()).toEqual({
      labels: LOCALES.flatMap((locale) => locale.furniture?.byline ?? []),
      after: LOCALES.flatMap((locale) => locale.furniture?.bylineAfter ?? []),
    });
  });

  it('builds no other language for an English story, and only its own for a Spanish or a Russian one', async () => {
    expect(await languagesBuiltBy('seed/pompeo-lavrov-sochi.txt')).toEqual([]);
    expect(await languagesBuiltBy('reuters/21002.txt')).toEqual([]);
    expect(await languagesBuiltBy('languages/es-infobae.txt')).toEqual(['es']);
    expect(await languagesBuiltBy('languages/ru-c82b3d1d540b.txt')).toEqual(['ru']);
  });
});
