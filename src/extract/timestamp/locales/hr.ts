/**
 * Croatian, Serbian and Bosnian stamps (one table: the three write dates alike, with their own
 * month names): `Objavljeno: 13. maj 2026.`, `14. svibnja 2019. u 16:24`, `17.april 2024.`,
 * `02.03.2025. 08:45h`, `prije 2 sata`, and Serbian in Cyrillic (`13. маја 2026.`). Registered as
 * `hr`, and read for `sr` and `bs` too (`aliases`).
 */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const croatian = defineLocale(() => ({
  code: 'hr',
  aliases: ['sr', 'bs'],
  months: table([
    // Croatian (nominative, genitive), Serbian and Bosnian Latin, Serbian Cyrillic.
    'siječanj siječnja sij januar januara jan јануар јануара',
    'veljača veljače velj februar februara feb фебруар фебруара',
    'ožujak ožujka ožu mart marta mar март марта',
    'travanj travnja april aprila apr април априла',
    'svibanj svibnja maj maja мај маја',
    'lipanj lipnja jun juna јун јуна',
    'srpanj srpnja jul jula јул јула',
    'kolovoz kolovoza avgust avgusta august augusta avg aug август августа',
    'rujan rujna septembar septembra sept sep септембар септембра',
    'listopad listopada oktobar oktobra okt октобар октобра',
    'studeni studenoga studenog novembar novembra nov новембар новембра',
    'prosinac prosinca decembar decembra dec децембар децембра',
  ], 1),
  weekdays: table([
    'nedjelja nedelja nedjelje nedelje недеља', 'ponedjeljak ponedeljak понедељак', 'utorak уторак', 'srijeda sreda среда',
    'četvrtak четвртак', 'petak петак', 'subota субота',
  ], 0),
  published: ['objavljeno', 'objavljen', 'objavljena', 'datum objave', 'vrijeme objave', 'objava', 'објављено'],
  updated: ['posljednje ažuriranje', 'zadnje ažuriranje', 'poslednje ažuriranje', 'ažurirano', 'ažuriran', 'izmijenjeno', 'izmenjeno', 'ажурирано'],
  furniture: {
    byline: ['autor', 'autorica', 'autorka', 'piše', 'napisao', 'napisala', 'tekst', 'аутор'],
    fields: ['kategorija', 'rubrika', 'oznake', 'tagovi', 'izvor', 'foto', 'vrijeme čitanja', 'vreme čitanja'],
    counts: ['komentari', 'komentara', 'komentar', 'min', 'minuta', 'pregleda', 'čitanja'],
  },
  clockWords: ['u', 'у'],
  timeSuffixes: ['h', 'sati', 'časova', 'č'],
  fillers: ['godine', 'god', 'dana', 'године'],
  relative: {
    before: ['prije', 'pre', 'пре'],
    one: ['jedan', 'jednu', 'jedne'],
    units: {
      minutu: 'minute', minute: 'minute', minuta: 'minute', min: 'minute', sat: 'hour', sata: 'hour', sati: 'hour', h: 'hour',
      dan: 'day', dana: 'day', tjedan: 'week', tjedna: 'week', nedelju: 'week', nedelje: 'week', sedmicu: 'week', sedmice: 'week',
      mjesec: 'month', mjeseca: 'month', mjeseci: 'month', mesec: 'month', meseca: 'month', meseci: 'month', godinu: 'year', godine: 'year', godina: 'year',
    },
  },
}));
