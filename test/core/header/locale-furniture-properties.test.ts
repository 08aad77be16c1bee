/**
 * Properties of the locale furniture claimer over arbitrary lines built from real furniture
 * pieces (stamps, labels, separators, prose words of the stamp benchmark's tuning rows): it never
 * throws, every stamp it gives has a written year and stands in the line as written, a line with
 * a part of prose words is never read, and the answer does not depend on anything but the line.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { readLocaleFurniture } from '../../../src/core/header/locale-furniture.js';

const LANGS = ['ru', 'ja', 'pl', 'pt', 'de', 'fr', 'nl', 'zh', 'en'] as const;
const piece = fc.constantFrom(
  '11 октября 2018', 'Текст: Лида Буслаева', '公開日：2026年7月22日', '監修・編集：作業用品ナビ編集部', '著者：',
  'Opublikowano: 12 maja 2026', 'Czas czytania: 5 min', '05/10/2018', 'Publicado por: Clarissa Borba', 'Categoria: Saúde',
  'Par Jean Dupont, publié le 12 mars 2019 à 10h31', 'Von Max Muster', '12.03.2019, 10:31 Uhr', 'by ライトハウス国際特許事務所', '2016.12.01',
  'Journal', '2 comentários', '(PT)', '（PT）', 'overgestapt op alleen OpenAI', 'divulgou o IBGE nesta quarta-feira', '2019', '18 Июля',
);
const separator = fc.constantFrom(' | ', '·', ' · ', '／', ' / ', ' - ', ' — ', ' • ', ', ', ' ', '');
const line = fc.oneof(
  fc.tuple(fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 5 })).map(([parts]) => parts.map(([p, s]) => p + s).join('')),
  fc.string({ maxLength: 80 }),
);
const lang = fc.constantFrom(...LANGS);
const YEAR = /(?:19|20)\d\d|\d[./-]\d{1,2}[./-]\d\d/;

describe('readLocaleFurniture', () => {
  test.prop([line, lang, fc.boolean()], { numRuns: 500 })('never throws; stamps have a written year and stand in the line', (text, code, underTitle) => {
    const read = readLocaleFurniture({ no: 1, text }, { tz: null, dateOrder: 'dmy', referenceDate: null, languages: [code], stampLinesOnly: true }, underTitle);
    if (read === null) return;
    expect(read.stamps.length).toBeGreaterThan(0);
    for (const stamp of read.stamps) {
      expect(text).toContain(stamp.text);
      expect(stamp.text).toMatch(YEAR);
    }
    expect(code).not.toBe('en');
  });

  test.prop([line, lang], { numRuns: 200 })('a line holding prose words is never read', (text, code) => {
    const prose = `${text} | divulgou o IBGE nesta quarta-feira`;
    expect(readLocaleFurniture({ no: 1, text: prose }, { tz: null, dateOrder: 'dmy', referenceDate: null, languages: [code], stampLinesOnly: true }, true)).toBeNull();
  });
});
