/**
 * Language detection on real text: the `fixtures/languages/` stories (pagedumps truth bodies and
 * other published stories, see fixtures/SOURCES.md), the BBC and Fake.br fixtures, and Reuters tables that have no
 * language to tell.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { detectLanguage, sampleOf, SAMPLE_CHARACTERS } from '../../src/extract/language.js';
import { checkLanguage } from '../../src/options.js';

const fixtures = new URL('../../fixtures/', import.meta.url);

function body(folder: string, name: string, options: Record<string, unknown> = {}) {
  const result = parseArticle(readFileSync(new URL(`${folder}/${name}`, fixtures)), options);
  if (!result.ok) throw new Error(result.error.message);
  return result.article;
}

describe('stories in other languages (fixtures/languages)', () => {
  const names = readdirSync(new URL('languages/', fixtures)).filter((name) => name.endsWith('.txt'));
  it('has the ten languages', () =>
    expect([...new Set(names.map((name) => name.slice(0, 2)))].sort()).toEqual(['de', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'pt', 'ru', 'tr']));
  test.each(names)('%s', (name) => {
    const language = body('languages', name).language;
    expect(language?.code).toBe(name.slice(0, 2));
    expect(language?.source).toBe('detected');
    expect(language!.confidence).toBeGreaterThanOrEqual(0.1);
  });
});

describe('corpus fixtures', () => {
  test.each(readdirSync(new URL('bbc/', fixtures)).filter((name) => name.endsWith('.txt')))('BBC %s is English', (name) => {
    expect(body('bbc', name).language?.code).toBe('en');
  });
  test.each(readdirSync(new URL('fakebr/', fixtures)).filter((name) => name.endsWith('.txt')))('Fake.br %s is Portuguese', (name) => {
    expect(body('fakebr', name).language?.code).toBe('pt');
  });
});

describe('too short or nothing to tell by: null', () => {
  test.each([
    ['an empty body', []],
    ['a short line', ['Markets closed.']],
    // Reuters-21578 earnings tables (fixtures/reuters): figures and abbreviations only.
    ['an earnings table', ['Shr 43 cts vs 63 cts Net 16,362,000 vs 24,325,000 Revs 210.5 mln vs 198.3 mln Nine mths Shr 1.29 dlrs vs 1.63 dlrs Net 49,062,000 vs 62,906,000']],
    ['a dividend notice', ['Qtly div 27-1/2 cts vs 27-1/2 cts prior Pay December 31 Record December 15']],
  ])('%s', (_, paragraphs) => {
    expect(detectLanguage(paragraphs)).toBeNull();
  });
});

describe('clear cases: Cyrillic, CJK and English prose', () => {
  // Sentences from the fixtures above and from the BBC set.
  test.each([
    ['ru', ['Ты – женщина, а значит, должна всегда оставаться привлекательной. Это мнение навязывает нам общество, и многие из нас постоянно ищут способы сохранить молодость.']],
    ['uk', ['Президент України підписав закон про державний бюджет на наступний рік, повідомляє пресслужба глави держави. Документ набуде чинності з першого січня.']],
    ['ja', ['商品の改造が商標法違反になるかどうかが争われた事件について、裁判所の判断を紹介します。']],
    ['ko', ['이유리는 이번 드라마에서 악녀 역할을 맡아 시청자들의 관심을 모으고 있다. 남상미는 의외로 막장극에 어울리는 배우라는 평가를 받았다.']],
    ['zh', ['国务院总理在北京人民大会堂会见了来访的外国代表团，双方就经济合作等问题交换了意见。']],
    ['en', ['Ink helps drive democracy in Asia. The Kyrgyz Republic, a small, mountainous state of the former Soviet republic, is using invisible ink and ultraviolet readers in the country\'s elections as part of a drive to prevent multiple voting.']],
  ])('%s', (code, paragraphs) => {
    const language = detectLanguage(paragraphs);
    expect(language).toMatchObject({ code, source: 'detected' });
  });
});

describe('bounded work', () => {
  it(`looks at the first ${SAMPLE_CHARACTERS} characters only`, () => {
    const long = Array.from({ length: 200 }, () => 'The minister said on Tuesday that the talks would go on.');
    expect(sampleOf(long)).toHaveLength(SAMPLE_CHARACTERS);
    // What follows the sample cannot change the answer.
    expect(detectLanguage([...long, 'Der Minister sagte am Dienstag, dass die Gespräche weitergehen würden.'.repeat(100)])?.code).toBe('en');
  });
  it.each([
    ['nothing', [], ''],
    ['empty paragraphs before the text (no line break for them)', ['', '', 'Talks go on.', 'They said so.'], 'Talks go on.\nThey said so.'],
    ['an empty paragraph inside', ['Talks go on.', '', 'They said so.'], 'Talks go on.\n\nThey said so.'],
    ['the paragraph that fills it, cut', ['a'.repeat(1499), 'bc', 'never'], `${'a'.repeat(1499)}\nbc`.slice(0, SAMPLE_CHARACTERS)],
    ['one long paragraph', ['x'.repeat(2000)], 'x'.repeat(SAMPLE_CHARACTERS)],
  ])('is the first paragraphs joined by line breaks: %s', (_, paragraphs, sample) => {
    expect(sampleOf(paragraphs)).toBe(sample);
  });
});

describe('lang option', () => {
  it('overrides detection: confidence 1, source option', () => {
    expect(body('bbc', 'business-007.txt', { lang: 'de' }).language).toEqual({ code: 'de', confidence: 1, source: 'option' });
  });
  test.each(['xx', 'EN', 'eng', 'english', '', 'e'])('refuses %j', (value) => {
    const result = parseArticle('Title\n\nBody text here.', { lang: value });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.rule).toBe('bad-option');
      expect(result.error.message).toContain('options.lang');
    }
  });
  test.each(['en', 'de', 'pt', 'ru', 'uk', 'ja', 'zh', 'ar'])('accepts %s', (value) => {
    expect(checkLanguage(value, '--lang')).toBeNull();
  });
});
