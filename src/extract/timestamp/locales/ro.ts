/**
 * Romanian stamps: `Ultima actualizare: 26 august 2025`, `Data publicării: 28.02.2021`,
 * `4 decembrie 2025 16:50`, `Publicat la 14 mai 2019, ora 16:24`, `acum 2 ore`. The letters ș and ț
 * are written with a comma below or, on older pages, a cedilla (ş, ţ): both are listed.
 */
import { defineLocale } from '../common/configuration.js';
import { phrases as sharedPhrases, spellings, table } from '../common/vocabulary.js';

/** A word with cedillas for commas below (`marţi`) and with neither (`marti`). */
const cedilla = (word: string): string[] => [word.replace(/ș/g, 'ş').replace(/ț/g, 'ţ'), word.normalize('NFD').replace(/\p{M}/gu, '')];
/** Each space-separated form, then with cedillas and with neither. */
const cedillas = (forms: readonly string[]): string[] => spellings(forms, cedilla);
const phrases = (list: readonly string[]): string[] => sharedPhrases(list, cedilla);

export const romanian = defineLocale(() => ({
  code: 'ro',
  months: table(['ianuarie ian', 'februarie feb febr', 'martie mar mart', 'aprilie apr', 'mai', 'iunie iun', 'iulie iul', 'august aug', 'septembrie sept sep', 'octombrie oct', 'noiembrie noi nov', 'decembrie dec'], 1),
  weekdays: table(cedillas(['duminică dum', 'luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă sâmbata sîmbătă']), 0),
  published: phrases(['publicat la', 'publicat pe', 'publicat în', 'publicat', 'publicată', 'data publicării', 'postat la', 'postat pe', 'postat']),
  updated: phrases(['ultima actualizare', 'actualizat la', 'actualizat pe', 'actualizat', 'actualizată', 'data actualizării', 'data ultimei modificări', 'modificat la', 'modificat']),
  furniture: {
    byline: phrases(['autor', 'autoare', 'autori', 'scris de', 'semnat de', 'text']),
    fields: phrases(['categorie', 'categoria', 'etichete', 'sursa', 'sursă', 'foto', 'timp de citire', 'citire']),
    counts: phrases(['comentarii', 'comentariu', 'min', 'minute', 'vizualizări', 'afișări']),
  },
  clockWords: ['ora', 'orele', 'la'],
  dateWords: ['de'],
  fillers: phrases(['pe', 'în', 'din', 'data', 'ziua']),
  relative: {
    before: phrases(['acum', 'în urmă cu']),
    one: ['o', 'un'],
    units: { minut: 'minute', minute: 'minute', min: 'minute', oră: 'hour', ore: 'hour', ora: 'hour', zi: 'day', zile: 'day', săptămână: 'week', săptămâni: 'week', saptamana: 'week', saptamani: 'week', lună: 'month', luni: 'month', luna: 'month', an: 'year', ani: 'year' },
  },
}));
