/**
 * The registry of stamp languages, in the order they are tried when no language is hinted:
 * English first, then the rest. Adding a language: write `locales/xx.ts` and list it here.
 */
import type { StampLocale } from '../locale.js';
import { arabic } from './ar.js';
import { german } from './de.js';
import { english } from './en.js';
import { spanish } from './es.js';
import { french } from './fr.js';
import { indonesian } from './id.js';
import { italian } from './it.js';
import { japanese } from './ja.js';
import { korean } from './ko.js';
import { dutch } from './nl.js';
import { polish } from './pl.js';
import { portuguese } from './pt.js';
import { russian } from './ru.js';
import { turkish } from './tr.js';
import { ukrainian } from './uk.js';
import { chinese } from './zh.js';
import { czech } from './cs.js';
import { danish } from './da.js';
import { finnish } from './fi.js';
import { norwegian } from './nb.js';
import { swedish } from './sv.js';
import { vietnamese } from './vi.js';
import { hungarian } from './hu.js';
import { greek } from './el.js';
import { romanian } from './ro.js';
import { croatian } from './hr.js';
import { catalan } from './ca.js';

export const LOCALES: readonly StampLocale[] = [
  english,
  german,
  french,
  spanish,
  portuguese,
  italian,
  dutch,
  polish,
  turkish,
  russian,
  ukrainian,
  japanese,
  chinese,
  korean,
  arabic,
  indonesian,
  swedish,
  norwegian,
  danish,
  czech,
  finnish,
  vietnamese,
  hungarian,
  greek,
  romanian,
  croatian,
  catalan,
];

/** The language tried first when none is hinted, whose stamp words alone claim a line for no other. */
export const DEFAULT_LOCALE: StampLocale = english;

/**
 * The stamp language of an ISO 639-1 code (`pt-BR` counts as `pt`; `sr` and `bs` are read by the
 * `hr` table, its `aliases`), or null when none is registered for it.
 */
export function localeOf(code: string): StampLocale | null {
  const base = code.toLowerCase().split(/[-_]/)[0] ?? '';
  return LOCALES.find((candidate) => candidate.code === base || candidate.aliases?.includes(base) === true) ?? null;
}

/** The codes of every registered stamp language, English first. */
export const STAMP_LANGUAGES: readonly string[] = LOCALES.map((locale) => locale.code);

const cache = new Map<string, readonly StampLocale[]>();

/**
 * The languages to try, in order: the hinted ones first (ISO 639-1 codes, `pt-BR` counts as `pt`,
 * unknown codes are skipped), then all the others, English first.
 */
export function localeOrder(languages?: readonly string[] | null): readonly StampLocale[] {
  if (!languages || languages.length === 0) return LOCALES;
  const key = languages.join(',');
  let order = cache.get(key);
  if (!order) {
    const first: StampLocale[] = [];
    for (const code of languages) {
      const locale = typeof code === 'string' ? localeOf(code) : null;
      if (locale && !first.includes(locale)) first.push(locale);
    }
    order = [...first, ...LOCALES.filter((locale) => !first.includes(locale))];
    cache.set(key, order);
  }
  return order;
}
