/**
 * The stopword counts of src/extract/stopwords.ts must be what counting word by word in each
 * language's list gives: `stopwordCounts` (one lookup a word, for the page stage) and
 * `latinStopwordCounts` (language detection's words read and looked up without cutting strings)
 * and `firstWordCounts` (the page stage's words read so) and `asciiLatinCounts` (the same for an
 * ASCII sample, with its letters, read without lower-casing it), compared on every fixture story, on
 * language detection's samples, and on generated text.
 */
import { fc, test as property } from '@fast-check/vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LATIN_BITS, LATIN_WORDS } from '../../src/extract/stopword-table.js';
import { asciiLatinCounts, firstWordCounts, latinStopwordCounts, latinTableSource, list, SPACED_CODES, stopwordCounts, wordsOf } from '../../src/extract/stopwords.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const stories = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, fixtures), 'utf8'));

/** Each language's list asked about each word, as the page stage and language detection did. */
const counted = (words: readonly string[]) => SPACED_CODES.map((code) => words.filter((word) => list(code).words.has(word)).length);

const sameLatin = (text: string) => {
  const lower = text.toLowerCase();
  const words = lower.match(/[a-zà-ɏ'’]+/g) ?? [];
  expect(latinStopwordCounts(lower)).toEqual({ words: words.length, counts: counted(words) });
  // ASCII text only: one unit from 0x80 up and the caller counts the other way.
  if (/^[\u0000-\u007F]*$/.test(text)) {
    const letters = text.match(/[A-Za-z]/g)?.length ?? 0;
    expect(asciiLatinCounts(text)).toEqual({ letters, words: words.length, counts: counted(words) });
  } else expect(asciiLatinCounts(text)).toBeNull();
};

/** The page stage's words, counted without cutting strings, as cutting them and counting each gives. */
const sameWords = (text: string, limit = Infinity) => {
  const lower = text.toLowerCase();
  const words = wordsOf(lower).slice(0, limit);
  expect(firstWordCounts(lower, limit)).toEqual({ words: words.length, counts: counted(words) });
};

describe('stopword counts', () => {
  it('reads hundreds of fixture stories', () => expect(stories.length).toBeGreaterThan(500));
  it('reads the table of stopword-table.ts as written from the lists (else: npx tsx test/tools/stopword-table.ts)', () => {
    expect({ words: LATIN_WORDS, bits: LATIN_BITS }).toEqual(latinTableSource());
  });
  it('reads every listed word of [a-zà-ɏ\'’] with each language listing it', () => {
    for (const code of SPACED_CODES) {
      const words = [...list(code).words].filter((word) => /^[a-zà-ɏ'’]+$/.test(word));
      for (const word of words) expect(latinStopwordCounts(word).counts).toEqual(counted([word]));
    }
  });
  it('counts every language in one pass as each list would (page stage words)', () => {
    for (const text of stories) {
      const words = wordsOf(text);
      expect(stopwordCounts(words)).toEqual(counted(words));
    }
  });
  it.each([0, 1500])('counts language detection words on the first %i characters of every fixture story (0: all of it)', (length) => {
    for (const text of stories) sameLatin(length === 0 ? text : text.slice(0, length));
  });
  it.each([
    ['nothing', ''],
    ['no word', '1,234 -- 5.6 %'],
    ['apostrophes of both kinds', "l'homme qu’il n'a pas vu, don't, it’s"],
    ['words at both ends', 'the cat and the dog'],
    ['accents and letters past ÿ', 'à été ça où żeby się będą için değil şu çok være før'],
    ['dotted capital I (two code units in lower case)', 'İstanbul İÇİN BİR DAHA'],
    ['capitals', 'THE BANK OF JAPAN SAID IT WOULD SELL'],
    ['capitals with apostrophes and control characters', "DON'T\u0007'S 'TIS THE@[`{ Wire's"],
  ])('on %s', (_, text) => {
    sameLatin(text);
    sameWords(text);
  });
  it.each([0, 4000, 100])('counts the page stage words of every fixture story, the first %i (0: all)', (limit) => {
    for (const text of stories) sameWords(text, limit === 0 ? Infinity : limit);
  });
  it.each([
    ['Cyrillic', 'Он сказал, что это не так, и мы будем ждать'],
    ['marks and numbers past ASCII', 'cafe\u0301 x\u0308y ½ ² ª µ 𝐀𝐁 𠀀 \ud800 \udc00'],
    ['Korean and Chinese', '그리고 그는 말했다 我们的 人'],
  ])('counts page stage words in %s', (_, text) => sameWords(text));
  property.prop([fc.string({ unit: fc.constantFrom(...'aeiou tnsrhldw,.0123\'’ßäéñçłışğ\nяİ'), minLength: 0, maxLength: 300 })])(
    'on generated text',
    (text) => {
      sameLatin(text);
      sameWords(text);
      sameWords(text, 5);
    },
  );
  property.prop([fc.string({ unit: 'grapheme', maxLength: 80 })])('counts page stage words on any text', (text) => sameWords(text));
  property.prop([fc.string({ unit: fc.constantFrom(...'aAeEiIoOuUtTnNsShH \'@[`{\u0007,.019\n'), maxLength: 300 })])('counts ASCII text, capitals and all', (text) => sameLatin(text));
  property.prop([fc.array(fc.constantFrom(...[...list('en').words].slice(0, 80).map((word) => word.toUpperCase()), "DON'T", 'The', 'zzz'), { maxLength: 40 })])(
    'on runs of stopwords in capitals',
    (words) => sameLatin(words.join(' ')),
  );
  property.prop([fc.array(fc.constantFrom(...[...list('en').words].slice(0, 60), ...[...list('de').words].slice(0, 60), ...[...list('tr').words].slice(0, 60), 'zzz', "qu'", 'x'), { maxLength: 40 })])(
    'on runs of stopwords',
    (words) => {
      sameLatin(words.join(' '));
      sameLatin(words.join(''));
    },
  );
});
