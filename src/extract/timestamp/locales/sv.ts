/** Swedish stamps: `Publicerad 14 maj 2019 kl. 16.24`, `Senast uppdaterad: 22 juni 2026`, `för 2 timmar sedan`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const swedish = defineLocale(() => ({
  code: 'sv',
  months: table(['januari jan', 'februari feb', 'mars mar', 'april apr', 'maj', 'juni jun', 'juli jul', 'augusti aug', 'september sep sept', 'oktober okt', 'november nov', 'december dec'], 1),
  weekdays: table(['söndag sön', 'måndag mån', 'tisdag tis', 'onsdag ons', 'torsdag tors tor', 'fredag fre', 'lördag lör'], 0),
  published: ['publicerad', 'publicerat', 'publicerades', 'publiceringsdatum', 'postad'],
  updated: ['senast uppdaterad', 'uppdaterad', 'uppdaterat', 'uppdaterades', 'senast ändrad', 'ändrad'],
  furniture: { byline: ['av', 'skribent', 'författare', 'text'], fields: ['kategori', 'taggar', 'ämne', 'ämnen', 'lästid', 'källa', 'foto', 'bild'], counts: ['kommentarer', 'kommentar', 'min', 'minuter'] },
  clockWords: ['kl', 'klockan'],
  fillers: ['den', 'på', 'senast'],
  relative: {
    before: ['för'],
    after: ['sedan'],
    one: ['en', 'ett'],
    units: { minut: 'minute', minuter: 'minute', min: 'minute', timme: 'hour', timmar: 'hour', dag: 'day', dagar: 'day', vecka: 'week', veckor: 'week', månad: 'month', månader: 'month', år: 'year' },
  },
}));
