/** Danish stamps: `Udgivet 14. maj 2019 kl. 16.24`, `Sidst opdateret: 6. november 2024`, `for 2 timer siden`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const danish = defineLocale(() => ({
  code: 'da',
  months: table(['januar jan', 'februar feb', 'marts mar', 'april apr', 'maj', 'juni jun', 'juli jul', 'august aug', 'september sep sept', 'oktober okt', 'november nov', 'december dec'], 1),
  weekdays: table(['søndag søn', 'mandag man', 'tirsdag tir', 'onsdag ons', 'torsdag tor', 'fredag fre', 'lørdag lør'], 0),
  published: ['udgivet', 'publiceret', 'offentliggjort', 'bragt'],
  updated: ['sidst opdateret', 'senest opdateret', 'opdateret', 'ændret'],
  furniture: { byline: ['af', 'skrevet af', 'forfatter', 'journalist', 'tekst'], fields: ['kategori', 'emner', 'tags', 'læsetid', 'kilde', 'foto'], counts: ['kommentarer', 'kommentar', 'min', 'minutter'] },
  clockWords: ['kl', 'klokken'],
  fillers: ['den', 'sidst', 'senest'],
  relative: {
    before: ['for'],
    after: ['siden'],
    one: ['en', 'et'],
    units: { minut: 'minute', minutter: 'minute', min: 'minute', time: 'hour', timer: 'hour', dag: 'day', dage: 'day', uge: 'week', uger: 'week', måned: 'month', måneder: 'month', år: 'year' },
  },
}));
