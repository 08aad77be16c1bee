/**
 * The table a language module fills in. Everything a non-English locale knows about stamps is
 * data here; `configuration.ts` turns it into parsers, the pre-check, labels and the stamp-only
 * test. Words are written in lower case; a trailing dot is optional wherever a word is read.
 */
import type { FurnitureWords, RelativeHit } from '../locale.js';
import type { ZoneRef } from './zones.js';

export interface StampVocabulary {
  /** ISO 639-1 code. */
  code: string;
  /** Other codes the same table reads (`sr`, `bs` for the `hr` table); absent: none. */
  aliases?: readonly string[];
  /** Month words, full, abbreviated and inflected (`mai`, `maio`, `мая`, `maja`) → 1–12. */
  months: Readonly<Record<string, number>>;
  /** Weekday words, full and abbreviated → 0 (Sunday) to 6. */
  weekdays: Readonly<Record<string, number>>;
  /** Labels of a first publication (`veröffentlicht am`, `publié le`), lower case. */
  published: readonly string[];
  /** Labels of an update (`aktualisiert am`, `mis à jour le`, `stand`), lower case. */
  updated: readonly string[];
  /** Words between a date and its time (`um`, `à`, `às`, `в`, `om`). */
  clockWords: readonly string[];
  /** 12-hour clock marks after a time (`p. m.`, `a. m.`), part of the time. */
  meridiem?: { am: readonly string[]; pm: readonly string[] };
  /** 12-hour clock marks written before a time (Korean `오전 8:03`, `오후 1:01`), part of the time. */
  meridiemBefore?: { am: readonly string[]; pm: readonly string[] };
  /** Words right after a time (`uhr`, `ч`, `godz`): part of the time. */
  timeSuffixes?: readonly string[];
  /** Words between day, month and year (`de`, `del`). */
  dateWords?: readonly string[];
  /** Words right after a year (`г`, `года`, `r`, `року`): part of the date. */
  yearSuffixes?: readonly string[];
  /** Other words a stamp line may hold (`le`, `am`, `em`, `1er`'s `er`). */
  fillers?: readonly string[];
  /** Zone words of the language (`MEZ`, `hora de Brasília`, `мск`). */
  zones?: Readonly<Record<string, ZoneRef>>;
  /** Relative stamps: words before or after the amount, and unit words. */
  relative?: {
    before?: readonly string[];
    after?: readonly string[];
    /** Words that mean an amount of one (`eine`, `une`, `uma`). */
    one?: readonly string[];
    /**
     * Unit words that alone mean one of their unit, with no amount (`час назад`, `před hodinou`,
     * `godzinę temu`): each must be one of `units`' words.
     */
    alone?: readonly string[];
    units: Readonly<Record<string, RelativeHit['unit']>>;
  };
  /** Words printed beside a stamp on a header line (a byline label, a reading time): see {@link FurnitureWords}. */
  furniture?: FurnitureWords;
  /** Dates also written month first with the year (`Oktober 27, 2015`): see `monthFirstParser`. */
  monthFirst?: boolean;
  /** Dates written year first with the month's name (`2026. szeptember 29.`): see `yearMonthNameParser`. */
  yearFirstMonths?: boolean;
  /** Dates written year first with 年月日 (Japanese, Chinese). */
  cjk?: boolean;
}

/**
 * A word table from lists of space-separated forms, numbered from `first`:
 * `table(['januar jan', 'februar feb'], 1)` gives `{ januar: 1, jan: 1, februar: 2, feb: 2 }`.
 * Forms with a space inside are written with `_` (`kanun_al-thani`).
 */
export function table(forms: readonly string[], first: number): Record<string, number> {
  // Filled without a prototype, which V8 keeps as a hash table from the start, then given
  // Object's, as a literal has: adding the keys one by one to `{}` made a hidden class per key,
  // about 3M instructions of every start for the stamp languages' forty tables.
  const result: Record<string, number> = Object.create(null);
  forms.forEach((line, index) => {
    for (const form of line.split(' ')) if (form !== '') result[form.replace(/_/g, ' ')] = index + first;
  });
  return Object.setPrototypeOf(result, Object.prototype);
}

/**
 * Each line of space-separated forms, then each form's other spellings from `spell` (a Greek word
 * without its accents, a Romanian word with cedillas), without repeats, as {@link table} reads them.
 */
export function spellings(forms: readonly string[], spell: (word: string) => readonly string[]): string[] {
  return forms.map((line) => {
    const words = line.split(' ');
    return [...new Set([...words, ...words.flatMap(spell)])].join(' ');
  });
}

/** A phrase list (a phrase may hold spaces) with each phrase's other spellings from `spell` after it, without repeats. */
export function phrases(list: readonly string[], spell: (word: string) => readonly string[]): string[] {
  return [...new Set(spellings(list.map((phrase) => phrase.replace(/ /g, '_')), spell).flatMap((line) => line.split(' ')).map((phrase) => phrase.replace(/_/g, ' ')))];
}
