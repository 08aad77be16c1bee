/**
 * What a language gives timestamp extraction. Each language is one module in `locales/`;
 * `locales/index.ts` registers it. English is written by hand around chrono-node's English
 * parsers; the others are built from a vocabulary table by `common/configuration.ts`, so adding
 * a language is one table, one line in the registry and a rerun of the catalog's writer
 * (`npx tsx test/tools/stamp-catalog.ts`: see `locales/index.ts`).
 */
import type { ParsedResult } from 'chrono-node';
import type { DateOrder } from '../../options.js';
import type { Candidate } from './common/join.js';
import type { LocaleZones } from './common/zones.js';

export type StampLabel = 'published' | 'updated';

/**
 * The words a language prints beside a stamp on a header line (`Текст: Лида Буслаева·11 октября
 * 2018`, `Opublikowano: 12 maja 2026 | Czas czytania: 5 min`, `公開日：2026年7月22日／監修・編集：…`):
 * what the header's locale furniture claimer (`src/core/header/locale-furniture.ts`) accepts
 * there besides the stamp. Lower case; phrases may hold spaces.
 */
export interface FurnitureWords {
  /**
   * Labels before an author's name, a colon after them optional (`текст`, `publicado por`, `著者`),
   * besides the byline openers every story reads (`By`, `Von`, `Par`, `Por`, `Di`, `Door`, `Od`,
   * `Yazan`, `Автор`: `BY` in `src/extract/byline.ts`), which are not repeated here.
   */
  byline: readonly string[];
  /** Words after an author's name (Korean `기자`, `특파원`: `김병학 기자`); absent: none. */
  bylineAfter?: readonly string[];
  /** Labels of other header fields whose value may be any short text (`czas czytania`, `categoria`, `監修・編集`). */
  fields: readonly string[];
  /** Words of counts and buttons (`comentários`, `comente`, `min`): a part of numbers and these alone is furniture. */
  counts: readonly string[];
}

/** {@link FurnitureWords} with the language's stamp labels, where a stamp part may start. */
export interface HeaderFurniture extends FurnitureWords {
  /** The published and updated labels (`publié le`, `опубликовано`, `公開日`), lower case. */
  stampLabels: readonly string[];
  /** True for languages written without spaces between words (Japanese, Chinese). */
  cjk: boolean;
}

/** A relative stamp (`vor 3 Stunden`, `há 2 horas`) found in a line. */
export interface RelativeHit {
  start: number;
  end: number;
  amount: number;
  unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
}

export interface StampLocale {
  /** ISO 639-1 code: `en`, `de`, … */
  readonly code: string;
  /** Other codes this language is read for (`sr`, `bs` for `hr`: one table for three languages). */
  readonly aliases?: readonly string[];
  /**
   * The quick look before any parser runs: could this line be a stamp line in this language?
   * It must be cheap and reject prose; the parsers only run (and their patterns are only
   * compiled) when it says yes. `hinted`: the story is in this language (a language hint).
   * `isDefaultWord`: true for a word the default language's stamps use (English `may`, `pm`),
   * which alone does not make a line this language's.
   */
  mayBeStampLine(line: string, hinted?: boolean, isDefaultWord?: (word: string) => boolean): boolean;
  /**
   * True when a word of the line can be part of no stamp line of this language (neither in a
   * stamp its parsers read nor stamp material beside one): the line is never its stamp line,
   * whatever the parsers find, and when only stamp lines are wanted they do not read it.
   * Absent: the parsers always read what passes the pre-check.
   */
  holdsForeignWord?(line: string): boolean;
  /** True for a word this language's stamp lines are written with; the default language has it. */
  isStampWord?(word: string): boolean;
  /**
   * True when the line holds one of the language's stamp labels (`publiziert am`, `公開日`): then
   * it is searched even when it is not stamp material only (`Von Moritz Bachmann publiziert am
   * 25. September 2018`). A plain substring test, so it costs no pattern compilation.
   */
  hasLabel?(line: string): boolean;
  /** Dates and times proposed in the line, chrono style (positions, certain components). */
  parse(text: string, reference: { year: number; month: number; day: number }, dateOrder: DateOrder): ParsedResult[];
  /**
   * The language's commonest stamp line read without the parsers: the candidates
   * `candidatesIn(line, parse(line, …), locale)` gives, whatever the reference day and date
   * order, or null for any other line (the parsers read it). Absent: the parsers read every line.
   */
  readCandidates?(line: string): Candidate[] | null;
  /** What may stand between a date and the time written after it (`, `, ` à `, ` um `, ` в `). */
  readonly dateTimeGap: RegExp;
  /** What may stand between a time and the date written after it, when the language writes that order. */
  readonly timeBeforeDate?: RegExp;
  /** Leading words a parser result may carry that are not part of the stamp (`on`, `at`). */
  readonly leadingWord: RegExp;
  /** Zone words of the language besides the shared table (`MEZ`, `hora de Brasília`). */
  readonly zones?: LocaleZones;
  /** The label that ends the text before a stamp. */
  labelBefore(before: string): StampLabel | null;
  /** True when the line, with the stamp spans taken out, is stamp material only. */
  isStampOnly(line: string, spans: ReadonlyArray<{ start: number; end: number }>): boolean;
  /**
   * True when, in a story of this language, a date among other words (`Текст: Лида
   * Буслаева·11 октября 2018`) is read too, as a date of the line but not a stamp line.
   */
  readonly readsDatesAmongWords?: boolean;
  /** The words printed beside a stamp on a header line; absent: the header reads whole stamp lines only. */
  readonly furniture?: HeaderFurniture;
  /** Relative stamps in the line; only languages that claim relative-only lines have it. */
  relative?(line: string): RelativeHit[];
}
