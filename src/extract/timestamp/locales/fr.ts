/** French stamps: `Publié le 14 mai 2019 à 16h24`, `Mis à jour le 1er févr. 2020 à 20H06`, `il y a 2 heures`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';
import { ianaZone } from '../common/zones.js';

export const french = defineLocale(() => ({
  code: 'fr',
  months: table(['janvier janv jan', 'février fevrier févr fevr fév fev', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'août aout', 'septembre sept sep', 'octobre oct', 'novembre nov', 'décembre decembre déc dec'], 1),
  weekdays: table(['dimanche dim', 'lundi lun', 'mardi', 'mercredi mer', 'jeudi jeu', 'vendredi ven', 'samedi sam'], 0),
  published: ['publié le', 'publié', 'publiée le', 'publiée', 'mis en ligne le', 'mis en ligne', 'posté le', 'date de publication', 'créé le'],
  updated: ['mis à jour le', 'mis à jour', 'mise à jour le', 'mise à jour', 'dernière mise à jour le', 'dernière mise à jour', 'actualisé le', 'actualisé', 'modifié le', 'modifié'],
  furniture: { byline: ['auteur', 'autrice', 'rédigé par', 'écrit par', 'publié par'], fields: ['catégorie', 'catégories', 'rubrique', 'tags', 'mots-clés', 'mots clés', 'temps de lecture', 'lecture', 'source', 'photo', 'crédit photo'], counts: ['commentaires', 'commentaire', 'min', 'minutes', 'lecture'] },
  clockWords: ['à', 'a', 'vers'],
  fillers: ['le', 'er', 'ᵉʳ', 'du'],
  zones: { 'heure de Paris': ianaZone('Europe/Paris'), 'heure française': ianaZone('Europe/Paris') },
  relative: {
    before: ['il y a', 'il ya'],
    one: ['une', 'un'],
    units: { minute: 'minute', minutes: 'minute', min: 'minute', mn: 'minute', heure: 'hour', heures: 'hour', h: 'hour', jour: 'day', jours: 'day', semaine: 'week', semaines: 'week', mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year' },
  },
}));
