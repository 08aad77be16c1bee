/** Dutch stamps: `Gepubliceerd op 14 mei 2019 om 16:24`, `Bijgewerkt: 14-05-19, 16:24`, `2 uur geleden`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const dutch = defineLocale(() => ({
  code: 'nl',
  months: table(['januari jan', 'februari feb', 'maart mrt maa', 'april apr', 'mei', 'juni jun', 'juli jul', 'augustus aug', 'september sept sep', 'oktober okt', 'november nov', 'december dec'], 1),
  weekdays: table(['zondag zo', 'maandag ma', 'dinsdag di', 'woensdag wo', 'donderdag do', 'vrijdag vr', 'zaterdag za'], 0),
  published: ['gepubliceerd op', 'gepubliceerd', 'geplaatst op', 'geplaatst', 'verschenen op', 'verschenen'],
  updated: ['laatst bijgewerkt op', 'laatst bijgewerkt', 'bijgewerkt op', 'bijgewerkt', 'aangepast op', 'aangepast', 'gewijzigd op', 'gewijzigd', 'update'],
  furniture: { byline: ['auteur', 'geschreven door'], fields: ['categorie', 'rubriek', 'tags', 'trefwoorden', 'leestijd', 'bron', 'foto', 'foto\'s'], counts: ['reacties', 'reactie', 'min', 'minuten', 'leestijd'] },
  clockWords: ['om'],
  timeSuffixes: ['uur'],
  fillers: ['op'],
  relative: {
    after: ['geleden'],
    one: ['een'],
    units: { minuut: 'minute', minuten: 'minute', min: 'minute', uur: 'hour', dag: 'day', dagen: 'day', week: 'week', weken: 'week', maand: 'month', maanden: 'month', jaar: 'year', jaren: 'year' },
  },
}));
