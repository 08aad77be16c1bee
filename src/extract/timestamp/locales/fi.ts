/** Finnish stamps: `Julkaistu 15. tammikuuta 2026`, `Päivitetty 14.5.2019 klo 16.24`, `2 tuntia sitten`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const finnish = defineLocale(() => ({
  code: 'fi',
  months: table(['tammikuu tammikuuta tammik tam', 'helmikuu helmikuuta helmik hel', 'maaliskuu maaliskuuta maalisk maa', 'huhtikuu huhtikuuta huhtik huh', 'toukokuu toukokuuta toukok tou', 'kesäkuu kesäkuuta kesäk kes', 'heinäkuu heinäkuuta heinäk hei', 'elokuu elokuuta elok elo', 'syyskuu syyskuuta syysk syy', 'lokakuu lokakuuta lokak lok', 'marraskuu marraskuuta marrask mar', 'joulukuu joulukuuta jouluk jou'], 1),
  weekdays: table(['sunnuntai su', 'maanantai ma', 'tiistai ti', 'keskiviikko ke', 'torstai to', 'perjantai pe', 'lauantai la'], 0),
  published: ['julkaistu', 'julkaisupäivä', 'julkaisu'],
  updated: ['päivitetty', 'viimeksi päivitetty', 'päivitys', 'muokattu'],
  furniture: { byline: ['kirjoittaja', 'teksti', 'toimittaja'], fields: ['kategoria', 'aiheet', 'tunnisteet', 'lukuaika', 'lähde', 'kuva'], counts: ['kommentit', 'kommenttia', 'min', 'minuuttia'] },
  clockWords: ['klo', 'kello'],
  relative: {
    after: ['sitten'],
    units: { minuutti: 'minute', minuuttia: 'minute', min: 'minute', tunti: 'hour', tuntia: 'hour', päivä: 'day', päivää: 'day', viikko: 'week', viikkoa: 'week', kuukausi: 'month', kuukautta: 'month', vuosi: 'year', vuotta: 'year' },
  },
}));
