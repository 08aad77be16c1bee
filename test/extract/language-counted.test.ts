/**
 * The body's language detection takes its counts from the story's language guess when the body's
 * sample is some of the lines the guess counted (`detectLanguageAfter`, `countsWithin`): the same
 * answer as counting the body's sample again, checked on every fixture story and on samples built
 * around the edges (a hyphen joining two lines, an empty paragraph, a cut sample, a line that
 * starts like another).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize.js';
import { countsWithin, detectLanguage, detectLanguageAfter, guessLanguage, guessLanguageCounted, sampleOf, SAMPLE_CHARACTERS } from '../../src/extract/language.js';
import { asciiLatinCounts } from '../../src/extract/stopwords.js';
import { parseArticle } from '../../src/index.js';
import { listFiles } from '../helpers/files.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The texts the guess reads: the first non-blank lines, as the parse takes them. */
function firstTexts(text: string): string[] {
  const texts: string[] = [];
  let length = 0;
  for (const line of normalize(text).lines) {
    if (line.text === '') continue;
    texts.push(line.text);
    length += line.text.length + 1;
    if (length >= SAMPLE_CHARACTERS) break;
  }
  return texts;
}

describe('on every fixture story', () => {
  const names = listFiles(fixtures).filter((name) => name.endsWith('.txt'));
  let taken = 0;
  let reuters = 0;
  it.each(names)('%s', (name) => {
    const bytes = readFileSync(join(fixtures, name));
    const result = parseArticle(bytes);
    if (!result.ok) return;
    const { body } = result.article;
    const texts = firstTexts(bytes.toString('utf8'));
    const { language, counted } = guessLanguageCounted(texts);
    expect(language).toEqual(guessLanguage(texts));
    expect(detectLanguageAfter(body, counted)).toEqual(detectLanguage(body));
    if (counted === null) return;
    const sample = sampleOf(body);
    const within = countsWithin(sample, counted);
    if (within === null) return;
    expect(within).toEqual(asciiLatinCounts(sample));
    taken++;
    if (name.startsWith('reuters/')) reuters++;
  });
  it('takes the counts from the guess for most wire stories', () => {
    expect(taken).toBeGreaterThan(300);
    expect(reuters).toBeGreaterThan(300);
  });
});

describe('samples that are not the guessed lines whole are counted again', () => {
  const texts = ['MARKETS RALLY', '19-OCT-1987 15:35:53.55', 'NEW YORK, Oct 19 - The company said it would', 'sell the unit for 30 mln dlrs to a well-', 'known buyer.', 'Reuter'];
  const { counted } = guessLanguageCounted(texts);
  it('counts the guess when the sample is ASCII and whole', () => {
    expect(counted?.counts).toEqual(asciiLatinCounts(texts.join('\n')));
  });
  it.each([
    ['the body lines joined by spaces', ['NEW YORK, Oct 19 - The company said it would sell the unit for 30 mln dlrs to a well- known buyer.'], true],
    ['paragraphs a line each', ['NEW YORK, Oct 19 - The company said it would', 'sell the unit for 30 mln dlrs to a well-', 'known buyer.'], true],
    ['the headline and the body', ['MARKETS RALLY', 'NEW YORK, Oct 19 - The company said it would sell the unit for 30 mln dlrs to a well- known buyer.'], false],
    ['a hyphen joining two lines', ['NEW YORK, Oct 19 - The company said it would sell the unit for 30 mln dlrs to a well-known buyer.'], false],
    ['an empty paragraph between', ['NEW YORK, Oct 19 - The company said it would', '', 'sell the unit for 30 mln dlrs to a well-'], false],
    ['a line cut short', ['NEW YORK, Oct 19 - The company said it', 'sell the unit for 30 mln dlrs to a well-'], false],
    ['a line that starts like another', ['NEW YORK, Oct 19 - The company said it would sell'], false],
    ['two spaces between lines', ['NEW YORK, Oct 19 - The company said it would  sell the unit for 30 mln dlrs to a well-'], false],
    ['a sample that is not ASCII', ['NEW YORK, Oct 19 - The company said it would sell the unit for 30 mln dlrs to a well- known buyer. Café.'], false],
  ])('%s', (_name, paragraphs, reused) => {
    const sample = sampleOf(paragraphs);
    const within = countsWithin(sample, counted!);
    expect(within !== null).toBe(reused);
    if (within !== null) expect(within).toEqual(asciiLatinCounts(sample));
    expect(detectLanguageAfter(paragraphs, counted)).toEqual(detectLanguage(paragraphs));
  });
  it('leaves out a guess whose sample was cut', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Line ${i} of a story that the guess reads only in part.`);
    expect(guessLanguageCounted(long).counted).toBeNull();
  });
  it('leaves out a guess whose sample is not ASCII', () => {
    expect(guessLanguageCounted(['Ça va', 'très bien, merci beaucoup pour la question.']).counted).toBeNull();
  });
});
