/**
 * The registry of stamp languages, in the order they are tried when no language is hinted:
 * English first, then the rest. Adding a language: write `locales/xx.ts` (its vocabulary given
 * as a function, `export const greek = defineLocale(() => ({ code: 'el', … }))`), list it in
 * {@link REGISTRY} under its code, and run `npx tsx test/tools/stamp-catalog.ts`, which writes
 * what every story asks of it (its pre-check words, labels and byline words) into `catalog.ts`
 * (test/extract/timestamp-catalog.test.ts fails while a language is unlisted or the catalog
 * stale). A language is built only when a line first gets past its pre-check: an English story
 * builds none of the others.
 */
import { catalogEntry, stampLocale, type CatalogEntry, type LocaleDefinition } from '../common/configuration.js';
import type { StampLocale } from '../locale.js';
import { arabic } from './ar.js';
import { catalan } from './ca.js';
import { CATALOG } from './catalog.js';
import { czech } from './cs.js';
import { danish } from './da.js';
import { german } from './de.js';
import { greek } from './el.js';
import { english } from './en.js';
import { spanish } from './es.js';
import { finnish } from './fi.js';
import { french } from './fr.js';
import { hindi } from './hi.js';
import { croatian } from './hr.js';
import { hungarian } from './hu.js';
import { indonesian } from './id.js';
import { italian } from './it.js';
import { japanese } from './ja.js';
import { korean } from './ko.js';
import { norwegian } from './nb.js';
import { dutch } from './nl.js';
import { polish } from './pl.js';
import { portuguese } from './pt.js';
import { romanian } from './ro.js';
import { russian } from './ru.js';
import { slovak } from './sk.js';
import { swedish } from './sv.js';
import { turkish } from './tr.js';
import { ukrainian } from './uk.js';
import { vietnamese } from './vi.js';
import { chinese } from './zh.js';

/** The languages besides English, by code, in the order they are tried. */
export const REGISTRY: Readonly<Record<string, LocaleDefinition>> = {
  de: german,
  fr: french,
  es: spanish,
  pt: portuguese,
  it: italian,
  nl: dutch,
  pl: polish,
  tr: turkish,
  ru: russian,
  uk: ukrainian,
  ja: japanese,
  zh: chinese,
  ko: korean,
  ar: arabic,
  id: indonesian,
  sv: swedish,
  nb: norwegian,
  da: danish,
  cs: czech,
  fi: finnish,
  vi: vietnamese,
  hu: hungarian,
  el: greek,
  ro: romanian,
  hr: croatian,
  ca: catalan,
  sk: slovak,
  hi: hindi,
};

/**
 * A listed language's catalog entry. A language missing from the catalog (not yet written by
 * test/tools/stamp-catalog.ts) reads the same, only built at every start.
 */
function entryOf(code: string, definition: LocaleDefinition): CatalogEntry {
  return CATALOG[code] ?? catalogEntry(definition());
}

export const LOCALES: readonly StampLocale[] = [
  english,
  ...Object.entries(REGISTRY).map(([code, definition]) => stampLocale(entryOf(code, definition), definition)),
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

/**
 * Every language's byline labels and words after names (`furniture.byline`, `.bylineAfter`),
 * from the catalog: listing them builds no language.
 */
export function bylineWordsOfAll(): { labels: string[]; after: string[] } {
  const labels = [...(english.furniture?.byline ?? [])];
  const after = [...(english.furniture?.bylineAfter ?? [])];
  for (const [code, definition] of Object.entries(REGISTRY)) {
    const furniture = entryOf(code, definition).furniture;
    labels.push(...(furniture?.byline ?? []));
    after.push(...(furniture?.bylineAfter ?? []));
  }
  return { labels, after };
}

/**
 * Each language's byline labels besides English's, in the registry's order, with whether it is
 * written without spaces, from the catalog: listing them builds no language.
 */
export function bylineLabelsOfOthers(): Array<{ code: string; byline: readonly string[]; cjk: boolean }> {
  return Object.entries(REGISTRY).map(([code, definition]) => {
    const entry = entryOf(code, definition);
    return { code, byline: entry.furniture?.byline ?? [], cjk: entry.cjk };
  });
}

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
