/** German stamps: `Veröffentlicht am 14. Mai 2019, 16:24 Uhr`, `Stand: 27.04.2020 - 18:50 Uhr`, `vor 3 Stunden`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const german = defineLocale(() => ({
  code: 'de',
  months: table(['januar jan jänner jän', 'februar feb febr', 'märz mär mrz maerz', 'april apr', 'mai', 'juni jun', 'juli jul', 'august aug', 'september sep sept', 'oktober okt', 'november nov', 'dezember dez'], 1),
  weekdays: table(['sonntag so', 'montag mo', 'dienstag di', 'mittwoch mi', 'donnerstag do', 'freitag fr', 'samstag sonnabend sa'], 0),
  published: ['veröffentlicht am', 'veröffentlicht', 'erschienen am', 'erschienen', 'publiziert am', 'publiziert', 'erstellt am', 'erstellt', 'datum'],
  updated: ['zuletzt aktualisiert am', 'zuletzt aktualisiert', 'aktualisiert am', 'aktualisiert', 'letzte aktualisierung', 'stand', 'geändert am', 'letzte änderung', 'update'],
  furniture: { byline: ['autor', 'autorin', 'text'], fields: ['kategorie', 'rubrik', 'schlagwörter', 'schlagworte', 'tags', 'lesezeit', 'lesedauer', 'quelle', 'foto', 'fotos', 'bild'], counts: ['kommentare', 'kommentar', 'min', 'minuten', 'lesezeit'] },
  clockWords: ['um'],
  timeSuffixes: ['uhr'],
  fillers: ['am', 'vom', 'den', 'zuletzt', 'ab'],
  relative: {
    before: ['vor'],
    one: ['einer', 'einem', 'eine', 'einen'],
    units: { minute: 'minute', minuten: 'minute', min: 'minute', stunde: 'hour', stunden: 'hour', std: 'hour', tag: 'day', tagen: 'day', woche: 'week', wochen: 'week', monat: 'month', monaten: 'month', jahr: 'year', jahren: 'year' },
  },
}));
