/**
 * Catalan stamps: `Publicat el 4 juny, 2020`, `Diumenge, 2 de juny de 2019`, `16 d’abril del
 * 2019`, `Actualitzat a les 16:24`, `fa 2 hores`. A month starting with a vowel takes `d'`
 * (`d'abril`, `d’octubre`), listed as a month word of its own. Abbreviations that are words of other
 * languages (`des`, `set`, `gen`, `mar`) are left out: only the full names and `febr`, `abr`, `jul`, `oct`, `nov`.
 */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

/** Each form, and after a vowel also elided with either apostrophe: `abril d'abril d’abril`. */
function elided(forms: readonly string[]): string[] {
  return forms.map((line) => line.split(' ').flatMap((form) => (/^[aeiouàèéíòóú]/u.test(form) ? [form, `d'${form}`, `d’${form}`] : [form])).join(' '));
}

export const catalan = defineLocale(() => ({
  code: 'ca',
  months: table(elided(['gener', 'febrer febr', 'març', 'abril abr', 'maig', 'juny', 'juliol jul', 'agost', 'setembre', 'octubre oct', 'novembre nov', 'desembre']), 1),
  weekdays: table(['diumenge dg', 'dilluns dl', 'dimarts dt', 'dimecres dc', 'dijous dj', 'divendres dv', 'dissabte ds'], 0),
  published: ['publicat el', 'publicat a', 'publicat', 'publicada el', 'publicada', 'data de publicació'],
  updated: ['darrera actualització', 'última actualització', 'actualitzat el', 'actualitzat a les', 'actualitzat', 'actualitzada', 'modificat el', 'modificat'],
  furniture: {
    byline: ['autor', 'autora', 'escrit per', 'redacció'],
    fields: ['categoria', 'categories', 'secció', 'etiquetes', 'font', 'foto', 'temps de lectura', 'lectura'],
    counts: ['comentaris', 'comentari', 'min', 'minuts', 'lectura'],
  },
  clockWords: ['a les', 'a la', 'a'],
  timeSuffixes: ['h', 'hores'],
  dateWords: ['de', 'del'],
  fillers: ['el', 'dia', 'hora'],
  relative: {
    before: ['fa'],
    one: ['un', 'una'],
    units: { minut: 'minute', minuts: 'minute', min: 'minute', hora: 'hour', hores: 'hour', h: 'hour', dia: 'day', dies: 'day', setmana: 'week', setmanes: 'week', mes: 'month', mesos: 'month', any: 'year', anys: 'year' },
  },
}));
