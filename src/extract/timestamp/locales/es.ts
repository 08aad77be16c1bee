/** Spanish stamps: `Publicado el 14 de mayo de 2019 a las 16:24`, `Actualizado 14/05/2019 16:24 h`, `hace 2 horas`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';
import { ianaZone } from '../common/zones.js';

export const spanish = defineLocale(() => ({
  code: 'es',
  months: table(['enero ene', 'febrero feb', 'marzo mar', 'abril abr', 'mayo may', 'junio jun', 'julio jul', 'agosto ago', 'septiembre setiembre sept sep set', 'octubre oct', 'noviembre nov', 'diciembre dic'], 1),
  weekdays: table(['domingo dom', 'lunes lun', 'martes', 'miércoles miercoles mié mie', 'jueves jue', 'viernes vie', 'sábado sabado sáb sab'], 0),
  published: ['publicado el', 'publicado', 'publicada el', 'publicada', 'fecha de publicación', 'creado el'],
  updated: ['actualizado el', 'actualizado a las', 'actualizado', 'actualizada el', 'actualizada', 'última actualización', 'modificado el', 'modificado'],
  furniture: { byline: ['autor', 'autora', 'escrito por', 'publicado por'], fields: ['categoría', 'categorías', 'sección', 'etiquetas', 'tags', 'tiempo de lectura', 'lectura', 'fuente', 'foto'], counts: ['comentarios', 'comentario', 'min', 'minutos', 'lectura'] },
  clockWords: ['a las', 'a la', 'a'],
  timeSuffixes: ['horas', 'hrs', 'hs', 'h'],
  // Latin American pages: `24 Ago, 2026 06:28 p. m.` (infobae.com, trafilatura's test pages).
  meridiem: { am: ['a. m.', 'a.m.', 'am'], pm: ['p. m.', 'p.m.', 'pm'] },
  dateWords: ['de', 'del'],
  fillers: ['el', 'hora'],
  zones: { 'hora peninsular': ianaZone('Europe/Madrid'), 'hora de Madrid': ianaZone('Europe/Madrid'), 'hora de Ciudad de México': ianaZone('America/Mexico_City'), 'hora del centro de México': ianaZone('America/Mexico_City') },
  relative: {
    before: ['hace'],
    one: ['una', 'un'],
    units: { minuto: 'minute', minutos: 'minute', min: 'minute', hora: 'hour', horas: 'hour', h: 'hour', día: 'day', días: 'day', dia: 'day', dias: 'day', semana: 'week', semanas: 'week', mes: 'month', meses: 'month', año: 'year', años: 'year' },
  },
}));
