/** Slovak stamps: `Aktualizované: 13. apríla 2026`, `Publikované 17.8.2026`, `Autor: SITA, 22. februára 2015 12:12`, `pred 2 hodinami`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const slovak = defineLocale(() => ({
  code: 'sk',
  // Nominative and genitive (`13. apríla`), and the short forms.
  months: table(['január januára jan', 'február februára feb', 'marec marca mar', 'apríl apríla apr', 'máj mája', 'jún júna jun', 'júl júla jul', 'august augusta aug', 'september septembra sep sept', 'október októbra okt', 'november novembra nov', 'december decembra dec'], 1),
  weekdays: table(['nedeľa ne', 'pondelok po', 'utorok ut', 'streda st', 'štvrtok št', 'piatok pi', 'sobota so'], 0),
  published: ['publikované', 'zverejnené', 'uverejnené', 'vydané', 'dátum publikácie', 'dátum vydania'],
  updated: ['naposledy aktualizované', 'aktualizované', 'aktualizácia', 'upravené'],
  furniture: { byline: ['autor', 'autorka', 'text'], fields: ['kategória', 'rubrika', 'štítky', 'tagy', 'čas čítania', 'zdroj', 'foto'], counts: ['komentáre', 'komentárov', 'komentár', 'min', 'minút', 'minúty'] },
  clockWords: ['o', 'v'],
  fillers: ['dňa'],
  relative: {
    before: ['pred'],
    alone: ['minútou', 'hodinou', 'dňom', 'týždňom', 'mesiacom', 'rokom'],
    units: { minútou: 'minute', minútami: 'minute', min: 'minute', hodinou: 'hour', hodinami: 'hour', dňom: 'day', dňami: 'day', týždňom: 'week', týždňami: 'week', mesiacom: 'month', mesiacmi: 'month', rokom: 'year', rokmi: 'year' },
  },
}));
