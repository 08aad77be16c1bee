/** Italian stamps: `Pubblicato il 14 maggio 2019 alle 16:24`, `Aggiornato alle 16:24`, `2 ore fa`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const italian = defineLocale(() => ({
  code: 'it',
  months: table(['gennaio gen', 'febbraio feb', 'marzo mar', 'aprile apr', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto ago', 'settembre sett set', 'ottobre ott', 'novembre nov', 'dicembre dic'], 1),
  weekdays: table(['domenica dom', 'lunedì lunedi lun', 'martedì martedi', 'mercoledì mercoledi mer', 'giovedì giovedi gio', 'venerdì venerdi ven', 'sabato sab'], 0),
  published: ['pubblicato il', 'pubblicato', 'pubblicata il', 'pubblicata', 'data di pubblicazione', 'postato il', 'inserito il', 'scritto il'],
  updated: ['aggiornato il', 'aggiornato alle', 'aggiornato', 'aggiornata il', 'aggiornata', 'ultimo aggiornamento', 'modificato il', 'modificato'],
  furniture: { byline: ['autore', 'autrice', 'scritto da', 'pubblicato da', 'a cura di'], fields: ['categoria', 'categorie', 'sezione', 'tag', 'tags', 'tempo di lettura', 'lettura', 'fonte', 'foto'], counts: ['commenti', 'commento', 'min', 'minuti', 'lettura'] },
  clockWords: ['alle ore', 'alle', 'ore'],
  fillers: ['il', 'del', 'ore'],
  relative: {
    after: ['fa'],
    one: ['un', 'una', "un'", 'un’'],
    units: { minuto: 'minute', minuti: 'minute', min: 'minute', ora: 'hour', ore: 'hour', giorno: 'day', giorni: 'day', settimana: 'week', settimane: 'week', mese: 'month', mesi: 'month', anno: 'year', anni: 'year' },
  },
}));
