/** Czech stamps: `Publikováno: 14. května 2019, 16:24`, `Aktualizováno: 1. března 2025`, `před 2 hodinami`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const czech = defineLocale(() => ({
  code: 'cs',
  months: table(['leden ledna led', 'únor února úno', 'březen března bře', 'duben dubna dub', 'květen května kvě', 'červen června čer', 'červenec července čvc', 'srpen srpna srp', 'září zář', 'říjen října říj', 'listopad listopadu lis', 'prosinec prosince pro'], 1),
  weekdays: table(['neděle ne', 'pondělí po', 'úterý út', 'středa st', 'čtvrtek čt', 'pátek pá', 'sobota so'], 0),
  published: ['publikováno', 'zveřejněno', 'vydáno', 'datum vydání', 'datum publikace'],
  updated: ['naposledy aktualizováno', 'aktualizováno', 'aktualizace', 'upraveno'],
  furniture: { byline: ['autor', 'autorka', 'text'], fields: ['kategorie', 'rubrika', 'štítky', 'tagy', 'doba čtení', 'zdroj', 'foto'], counts: ['komentáře', 'komentářů', 'komentář', 'min', 'minut', 'minuty'] },
  clockWords: ['v', 've'],
  fillers: ['dne'],
  relative: {
    before: ['před'],
    alone: ['minutou', 'hodinou', 'dnem', 'týdnem', 'měsícem', 'rokem'],
    units: { minutou: 'minute', minutami: 'minute', min: 'minute', hodinou: 'hour', hodinami: 'hour', dnem: 'day', dny: 'day', týdnem: 'week', týdny: 'week', měsícem: 'month', měsíci: 'month', rokem: 'year', lety: 'year' },
  },
}));
