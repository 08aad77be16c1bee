/**
 * Hungarian stamps: `Utoljára frissítve: 2026-09-03`, `Legutóbb frissítve: 2026-06-05`, numeric
 * dates, and since round 8 the year first with the month's name (`Közzétéve: 2025. március 11.`,
 * `*Utoljára frissítve: 2026. január 7.*`, `2026. jún. 15. 08:32`: `yearMonthNameParser`).
 */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const hungarian = defineLocale(() => ({
  code: 'hu',
  months: table(['január jan', 'február febr feb', 'március márc', 'április ápr', 'május máj', 'június jún', 'július júl', 'augusztus aug', 'szeptember szept szep', 'október okt', 'november nov', 'december dec'], 1),
  weekdays: table(['vasárnap', 'hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat'], 0),
  published: ['megjelent', 'publikálva', 'megjelenés', 'közzétéve', 'készült'],
  updated: ['utoljára frissítve', 'legutóbb frissítve', 'frissítve', 'módosítva'],
  furniture: { byline: ['szerző', 'írta'], fields: ['kategória', 'címkék', 'forrás', 'fotó', 'olvasási idő'], counts: ['hozzászólás', 'komment', 'perc'] },
  clockWords: [],
  yearFirstMonths: true,
}));
