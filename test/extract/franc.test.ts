/**
 * src/extract/franc.ts must give exactly franc-min's `francAll` answer (same languages, same
 * order, same scores; `topLanguages` its first two): compared on slices of every fixture story (all scripts and layouts in
 * fixtures/), on the samples language detection takes, and on generated text.
 */
import { fc, test as property } from '@fast-check/vitest';
import { francAll } from 'franc-min';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rankLanguages, topLanguages } from '../../src/extract/franc.js';
import { MIN_LETTERS } from '../../src/extract/language.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const stories = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => [name, readFileSync(new URL(name, fixtures), 'utf8')] as const);

const same = (text: string, minLength = MIN_LETTERS) => {
  const ranked = francAll(text, { minLength });
  expect(rankLanguages(text, minLength)).toEqual(ranked);
  // What language detection reads: the first two, found without ranking the rest.
  expect(topLanguages(text, minLength)).toEqual(ranked.slice(0, 2));
};

describe('the same ranking as franc-min', () => {
  it('reads hundreds of fixture stories', () => expect(stories.length).toBeGreaterThan(500));
  it.each([0, 300, 1500, 2100, 5000])('on the first %i characters of every fixture story (0: all of it)', (length) => {
    for (const [, text] of stories) same(length === 0 ? text : text.slice(0, length));
  });
  it('on windows from the middle of the stories, and with the default minimum length', () => {
    for (const [, text] of stories) {
      same(text.slice(Math.floor(text.length / 2), Math.floor(text.length / 2) + 700));
      same(text.slice(-400), 10);
    }
  });
  it.each([
    ['too short', 'Shr 12 cts'],
    ['no letters', '1,234,567 vs 2,345,678\n12.5 mln vs 13.1 mln\n1,234,567 vs 2,345,678'],
    ['a script with one language', 'ελληνικά κείμενα για τη γλώσσα και την ιστορία της χώρας μας σήμερα'],
    ['Han', '中华人民共和国国务院总理今天在北京会见了来访的外国代表团成员并举行会谈'],
    ['Cyrillic', 'Президент России заявил журналистам, что переговоры продолжатся на следующей неделе в Москве'],
    ['Arabic', 'قال المتحدث باسم وزارة الخارجية إن المحادثات ستستمر الأسبوع المقبل في العاصمة'],
    ['Devanagari', 'प्रधानमंत्री ने आज नई दिल्ली में विदेशी प्रतिनिधिमंडल के सदस्यों से मुलाकात की और बातचीत की'],
  ])('on %s', (_, text) => same(text));
  it('on text that lower-casing lengthens past the longest text (İ is two code units in lower case)', () => {
    // Random letters from U+0180 on (mulberry32, seeded), about one in twelve `İ`.
    let seed = 7;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (t ^ (t >>> 14)) >>> 0;
    };
    const letters = Array.from({ length: 1880 }, () => (random() % 12 === 0 ? 'İ' : String.fromCharCode(0x180 + (random() % 336)))).join('');
    // English trigrams last, where a table sized by the characters would have run out of room.
    const text = `${letters} the minister said on tuesday that talks with his neighbours would go on over the coming weeks, while both sides kept their troops back from the border and exchanged prisoners`;
    // More different trigrams than the longest text has characters.
    const lower = text.slice(0, 2048).toLowerCase();
    expect(new Set(Array.from({ length: lower.length - 2 }, (_, i) => lower.slice(i, i + 3))).size).toBeGreaterThan(2048);
    same(text);
    same(text.slice(500));
    same('İstanbul İzmir İÇİN BİR DAHA'.repeat(100));
  });
  property.prop([fc.string({ unit: fc.constantFrom(...'aeiou tnsrhl,.0123ßäéñçłışğ\nя'), minLength: 0, maxLength: 400 })])('on generated text', (text) => {
    same(text);
  });
});
