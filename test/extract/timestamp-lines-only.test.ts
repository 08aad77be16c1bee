/**
 * `stampLinesOnly`: the header reads stamp lines only, so the stamp reader skips what can only
 * find dates among other words, and a locale does not parse a line holding a word its stamp lines
 * never hold (`holdsForeignWord`; English: `locales/en-words.ts`; the others:
 * `common/configuration.ts`). The answer must be the full
 * reading's whenever that is a stamp line, and empty otherwise: checked on every line the reader
 * would look at (a digit, at most 500 characters) of every fixture and of the shared corpus (when
 * present), with and without a language hint, and on stamp lines of unusual shapes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findTimestamps, type StampOptions } from '../../src/extract/timestamp.js';
import { english } from '../../src/extract/timestamp/locales/en.js';
import { LOCALES } from '../../src/extract/timestamp/locales/index.js';

/** A registered stamp language (a language module gives only its vocabulary, built on first use). */
const locale = (code: string) => LOCALES.find((candidate) => candidate.code === code)!;
const french = locale('fr');
const portuguese = locale('pt');

const root = fileURLToPath(new URL('../../', import.meta.url));

function linesOf(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...linesOf(path));
    else if (/\.(?:txt|sgm)$/.test(name)) found.push(...readFileSync(path, 'utf8').split(/\r?\n/).filter((line) => line.length <= 500 && /\d/.test(line)));
  }
  return found;
}

const lines = [...new Set([...linesOf(join(root, 'fixtures')), ...linesOf(join(root, '../shared/corpus'))])];
const base: StampOptions = { tz: null, dateOrder: 'dmy', referenceDate: null };
const EMPTY = { matches: [], warnings: [], stampLine: false };

/** Where the two readings differ on a line: `options line`, none when the fast one is right. */
function differences(line: string, options: StampOptions): string[] {
  const full = findTimestamps({ no: 1, text: line }, options);
  const fast = findTimestamps({ no: 1, text: line }, { ...options, stampLinesOnly: true });
  return JSON.stringify(fast) === JSON.stringify(full.stampLine ? full : EMPTY) ? [] : [`${JSON.stringify(options.languages ?? null)} ${options.dateOrder} ${line}`];
}

describe('stampLinesOnly', () => {
  it('reads thousands of lines', () => expect(lines.length).toBeGreaterThan(4000));
  it.each([
    ['no hint', base],
    ['month first, a reference date', { ...base, dateOrder: 'mdy', referenceDate: '2019-06-01' } as StampOptions],
    ['a Portuguese hint', { ...base, languages: ['pt'] }],
    ['a German hint', { ...base, languages: ['de'] }],
    ['hints of six Latin-script languages', { ...base, languages: ['fr', 'es', 'it', 'nl', 'pl', 'tr'] }],
    ['hints of six other languages', { ...base, languages: ['ru', 'uk', 'ja', 'zh', 'ko', 'ar'] }],
  ])('gives the full reading of every stamp line and nothing else (%s)', (_, options) => {
    expect(lines.flatMap((line) => differences(line, options))).toEqual([]);
  });
  it.each([
    'onMonday, May 14, 2019',
    'Published 14thMay 2019',
    'Updated Dec. 25 at 3:53 pm E.T.',
    'Posted: Tuesday, 19 November 2019 10:42 Eastern Time',
    'Updated November 19, 2019 03:39 GMT',
    'May 14, 2019 10:00 WAT',
    'Mon, 14 May 2019 10:00 GMT+3',
    '2019-05-14T16:24:00Z',
    'Nov 15, 20195:45 AM',
    'Updated 2 hours ago | May 14, 2019 4:24 PM EDT',
  ])('keeps the stamp line %j', (line) => {
    expect(findTimestamps({ no: 1, text: line }, { ...base, stampLinesOnly: true }).stampLine).toBe(true);
    expect(differences(line, base)).toEqual([]);
  });
  it.each([
    ['a dateline', 'BOSTON, Oct 19 -', true],
    ['a dateline in capitals', 'NEW YORK, Oct 19 -', true],
    ['a Reuters headline', 'MARINE CORP <MCOR.O> 3RD QTR NET', true],
    ['a line in another script', '14 мая 2019, 16:24', true],
    ['a stamp line', 'Published: Tuesday, May 14, 2019 at 4:24 p.m. EDT', false],
    ['a stamp with glued words', 'onMonday, May 14, 2019', false],
  ])('English parsers never read %s for a stamp line: %j', (_, line, foreign) => {
    expect(english.holdsForeignWord!(line)).toBe(foreign);
  });
  it.each([
    ['a Reuters headline', 'MARINE CORP <MCOR.O> 3RD QTR NET', portuguese, true],
    ['an English stamp line', 'Published May 14, 2019', portuguese, true],
    ['a stamp line', 'Publicado em 14/05/2019 16h24 Atualizado há 2 horas', portuguese, false],
    ['a stamp line with a zone', '14/05/2019 16h24min BRT', portuguese, false],
    ['a stamp line with a glued ordinal', 'Publié le 1ermai 2019 à 16h24', french, false],
  ])('a vocabulary language never reads %s for a stamp line: %j', (_, line, locale, foreign) => {
    expect(locale.holdsForeignWord!(line)).toBe(foreign);
  });
});
