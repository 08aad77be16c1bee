/**
 * The stamp languages' pre-check (`mayBeStampLine` of every language built from a vocabulary
 * table) is worked out for all of them at once, word by word lookups shared and kept across
 * lines; it must say exactly what each language's own word-by-word check says
 * (`preCheckAlone`): on every line of every fixture story the stamp reader would look at, with
 * and without a language hint and the default language's words, and on generated lines.
 */
import { fc, test as property } from '@fast-check/vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preCheckAlone } from '../../src/extract/timestamp/common/configuration.js';
import { DEFAULT_LOCALE, LOCALES } from '../../src/extract/timestamp/locales/index.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
/** The lines findTimestamps gives the pre-checks: at most 500 characters, with a digit. */
const lines = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => readFileSync(new URL(name, fixtures), 'utf8').split(/\r?\n/))
  .filter((line) => line.length <= 500 && /\d/.test(line));

const languages = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const isDefaultWord = (word: string) => DEFAULT_LOCALE.isStampWord!(word);

/** Where the two pre-checks disagree on the line: `code hinted default-words line`, none when they agree. */
function differences(line: string): string[] {
  const found: string[] = [];
  for (const locale of languages) {
    for (const hinted of [false, true]) {
      if (locale.mayBeStampLine(line, hinted, isDefaultWord) !== preCheckAlone(locale.code, line, hinted, isDefaultWord)) found.push(`${locale.code} ${hinted} en ${line}`);
      if (locale.mayBeStampLine(line, hinted) !== preCheckAlone(locale.code, line, hinted)) found.push(`${locale.code} ${hinted} - ${line}`);
    }
  }
  return found;
}

const sameOn = (line: string) => expect(differences(line)).toEqual([]);

/** Words of stamp lines in many languages, capitals (zones), and words no language knows. */
const WORDS = [
  'Mai', 'mai', 'Uhr', 'um', 'am', 'Veröffentlicht', 'Stand:', 'publié', 'le', 'Mis', 'à', 'jour', 'janvier', 'de', 'às', 'h',
  'Publicado', 'em', 'maio', 'Atualizado', 'há', 'horas', 'octubre', 'del', 'p.', 'm.', 'ottobre', 'alle', 'ore', 'mei', 'om',
  'maja', 'godz.', 'Ekim', 'saat', 'мая', 'в', 'г.', 'Опубліковано', 'травня', '年', '月', '日', '更新', '公開日', '時', '분',
  '오후', '년', 'مايو', 'Oct', 'PM', 'EDT', 'MSK', 'BRT', 'Published', 'Updated', 'on', 'at', 'By', 'Reuters', 'the', 'oil',
  'WASHINGTON', 'Prices', 'x', 'T', 'Z', '12', '16h24', '14.05.2019', '2019-05-14T16:24:00Z', '|', '-', ',', '·', '/',
];

describe('the stamp languages pre-check, all languages at once', () => {
  it('reads thousands of fixture lines', () => expect(lines.length).toBeGreaterThan(4000));
  it('says what each language alone says on every fixture line with a digit', () => {
    expect(lines.flatMap(differences)).toEqual([]);
  });
  it.each([
    ['a German stamp', 'Veröffentlicht am 14. Mai 2019, 16:24 Uhr'],
    ['a dateline', 'WASHINGTON, Oct 19 -'],
    ['a Japanese stamp', '2019年5月14日 16時24分 公開'],
    ['a Russian stamp', '14 мая 2019, 16:24 МСК'],
    ['capitals only', 'TONS OF TOYS INC <TONS.O> 1ST QTR AUG 31 LOSS'],
    ['no words', '14.05.2019 16:24'],
    ['empty', ''],
  ])('on %s, again after another line', (_, line) => {
    sameOn(line);
    sameOn('Other 1 line');
    sameOn(line);
  });
  property.prop([fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }), { minLength: 1, maxLength: 6 })])('on generated lines', (lineWords) => {
    for (const words of lineWords) sameOn(words.join(' '));
  });
});
