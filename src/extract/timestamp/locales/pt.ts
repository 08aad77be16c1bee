/**
 * Portuguese stamps (Brazil and Portugal): `Publicado em 14/05/2019 às 16h24`,
 * `14.mai.2019 às 16h24` (Folha), `Atualizado há 2 horas`, `16h24 (hora de Brasília)`.
 */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';
import { ianaZone } from '../common/zones.js';

export const portuguese = defineLocale(() => ({
  code: 'pt',
  months: table(['janeiro jan', 'fevereiro fev', 'março marco mar', 'abril abr', 'maio mai', 'junho jun', 'julho jul', 'agosto ago', 'setembro set', 'outubro out', 'novembro nov', 'dezembro dez'], 1),
  weekdays: table(['domingo dom', 'segunda-feira segunda seg', 'terça-feira terça terca-feira terca ter', 'quarta-feira quarta qua', 'quinta-feira quinta qui', 'sexta-feira sexta sex', 'sábado sabado sáb sab'], 0),
  published: ['publicado em', 'publicado', 'publicada em', 'publicada', 'postado em', 'postado', 'data de publicação', 'criado em'],
  updated: ['atualizado em', 'atualizado', 'atualizada em', 'atualizada', 'actualizado em', 'actualizado', 'atualização', 'actualização', 'última atualização', 'modificado em'],
  furniture: { byline: ['autor', 'autora', 'publicado por', 'escrito por', 'postado por'], fields: ['categoria', 'categorias', 'editoria', 'seção', 'tags', 'marcadores', 'tempo de leitura', 'leitura', 'fonte', 'foto', 'fotos'], counts: ['comentários', 'comentário', 'comente', 'comentar', 'min', 'minutos', 'leitura'] },
  clockWords: ['às', 'as', 'à', 'a'],
  timeSuffixes: ['hs'],
  dateWords: ['de'],
  fillers: ['em', 'o', 'º', 'dia', 'há'],
  zones: {
    'hora de Brasília': ianaZone('America/Sao_Paulo'),
    'horário de Brasília': ianaZone('America/Sao_Paulo'),
    'hora de Lisboa': ianaZone('Europe/Lisbon'),
  },
  relative: {
    before: ['há', 'ha'],
    after: ['atrás'],
    one: ['uma', 'um'],
    units: { minuto: 'minute', minutos: 'minute', min: 'minute', hora: 'hour', horas: 'hour', h: 'hour', dia: 'day', dias: 'day', semana: 'week', semanas: 'week', mês: 'month', meses: 'month', ano: 'year', anos: 'year' },
  },
}));
