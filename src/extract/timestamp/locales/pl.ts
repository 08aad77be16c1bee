/** Polish stamps: `Opublikowano: 14 maja 2019, 16:24`, `Aktualizacja: 14.05.2019 godz. 16:24`, `2 godziny temu`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const polish = defineLocale(() => ({
  code: 'pl',
  months: table(['styczeń stycznia sty', 'luty lutego lut', 'marzec marca mar', 'kwiecień kwietnia kwi', 'maj maja', 'czerwiec czerwca cze', 'lipiec lipca lip', 'sierpień sierpnia sie', 'wrzesień września wrz', 'październik października paź', 'listopad listopada lis', 'grudzień grudnia gru'], 1),
  weekdays: table(['niedziela niedz nd', 'poniedziałek pon', 'wtorek wt', 'środa śr', 'czwartek czw', 'piątek pt', 'sobota sob'], 0),
  published: ['opublikowano', 'data publikacji', 'dodano', 'publikacja', 'data dodania'],
  updated: ['ostatnia aktualizacja', 'aktualizacja', 'zaktualizowano', 'edytowano', 'data aktualizacji'],
  furniture: { byline: ['autor', 'autorka', 'autorzy'], fields: ['czas czytania', 'kategoria', 'kategorie', 'dział', 'tagi', 'źródło', 'zdjęcie', 'fot', 'foto'], counts: ['komentarze', 'komentarzy', 'komentarz', 'min', 'minut', 'minuty'] },
  clockWords: ['o godz', 'godz', 'godzina', 'o'],
  yearSuffixes: ['roku', 'r'],
  relative: {
    after: ['temu'],
    alone: ['minutę', 'godzinę', 'dzień', 'tydzień', 'miesiąc', 'rok'],
    units: { minutę: 'minute', minuty: 'minute', minut: 'minute', min: 'minute', godzinę: 'hour', godziny: 'hour', godzin: 'hour', godz: 'hour', dzień: 'day', dni: 'day', tydzień: 'week', tygodnie: 'week', tygodni: 'week', miesiąc: 'month', miesiące: 'month', miesięcy: 'month', rok: 'year', lata: 'year', lat: 'year' },
  },
}));
