/** Norwegian (Bokmål) stamps: `Publisert: 9. juni 2009`, `Sist oppdatert: 08.10.2026 kl. 16.24`, `for 2 timer siden`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const norwegian = defineLocale(() => ({
  code: 'nb',
  months: table(['januar jan', 'februar feb', 'mars mar', 'april apr', 'mai', 'juni jun', 'juli jul', 'august aug', 'september sep sept', 'oktober okt', 'november nov', 'desember des'], 1),
  weekdays: table(['søndag søn', 'mandag man', 'tirsdag tir', 'onsdag ons', 'torsdag tor', 'fredag fre', 'lørdag lør'], 0),
  published: ['publisert', 'publiseringsdato', 'først publisert', 'postet'],
  updated: ['sist oppdatert', 'oppdatert', 'sist endret', 'endret'],
  furniture: { byline: ['av', 'skrevet av', 'forfatter', 'journalist', 'tekst'], fields: ['kategori', 'stikkord', 'emner', 'lesetid', 'kilde', 'foto', 'bilde'], counts: ['kommentarer', 'kommentar', 'min', 'minutter'] },
  clockWords: ['kl', 'klokken'],
  fillers: ['den', 'sist'],
  relative: {
    before: ['for'],
    after: ['siden'],
    one: ['en', 'ett', 'et'],
    units: { minutt: 'minute', minutter: 'minute', min: 'minute', time: 'hour', timer: 'hour', dag: 'day', dager: 'day', uke: 'week', uker: 'week', måned: 'month', måneder: 'month', år: 'year' },
  },
}));
