/** Stamp (and byline) lines under a standfirst, on the French and Spanish page fixtures (issue #8 gap). */
import { describe, expect, it } from 'vitest';
import { claimBelowStandfirst } from '../../../src/core/header/below-standfirst.js';
import { readHeader } from '../../../src/core/header.js';
import { at, fixtureLines } from './context.js';

const TITLE = { text: 'A headline', line: 1 };
/** As the parser reads them: the story's language first (detected; here given). */
const below = (path: string, standfirst: number, languages: string[] | null = null) => {
  const [, context] = at(path, standfirst, { title: TITLE, options: { tz: null, dateOrder: 'dmy', referenceDate: null, languages } });
  return claimBelowStandfirst(context.lines, context.index, context).map(({ index, claim }) => `${context.lines[index]!.no} ${claim.removed.map((r) => r.reason).join('+')}`);
};

describe('claimBelowStandfirst', () => {
  it('the French date line under the standfirst', () => {
    expect(below('languages/fr-revolutionpermanente.txt', 5, ['fr'])).toEqual(['7 timestamp']);
  });

  it('the Spanish byline and both stamp lines under the standfirst', () => {
    expect(below('languages/es-infobae.txt', 3, ['es'])).toEqual(['5 byline', '7 timestamp', '9 timestamp']);
  });

  it('at most three lines: the fourth (an updated stamp) is left alone', () => {
    expect(below('layouts/agency-byline.txt', 1)).toEqual(['2 byline', '3 byline', '4 timestamp']);
  });

  it('nothing when no whole stamp line is among them (a byline, then the lead)', () => {
    expect(below('reuters/21006.txt', 2)).toEqual([]);
  });

  it('nothing under a lead paragraph', () => {
    expect(below('bbc/business-007.txt', 3)).toEqual([]);
  });
});

describe('readHeader past a standfirst', () => {
  const options = (languages: string[]) => ({ tz: null, dateOrder: 'dmy', referenceDate: null, languages }) as const;

  it('the standfirst starts the body; the stamp line under it is read and left out of the body', () => {
    const lines = fixtureLines('languages/fr-revolutionpermanente.txt');
    const header = readHeader(lines, options(['fr']));
    expect(lines[header.bodyStart]?.no).toBe(5);
    expect(header.timestamp).toMatchObject({ iso: '2019-06-13', text: 'jeudi 13 juin 2019', line: 7 });
    expect(header.below.map((i) => lines[i]!.no)).toEqual([7]);
  });

  it('not once the header holds a timestamp (one put above the Spanish standfirst)', () => {
    const lines = fixtureLines('languages/es-infobae.txt').map((line) => (line.no === 2 ? { ...line, text: 'Published: May 14, 2019 4:24 PM EDT' } : line));
    const header = readHeader(lines, options(['es']));
    expect(header.timestamp?.line).toBe(2);
    expect(header.below).toEqual([]);
    expect(header.byline).toBeNull();
  });
});

describe('a relative phrase with a word for the amount below the lead is a subheading, not a stamp', () => {
  // The round-10 review's repro (a dpa-style story: headline, lead, then the subheading
  // `Vor einem Jahr`), and the same subheading in the other languages the review tried.
  const story = (subheading: string, lead = 'Berlin (dpa) - Die Bundesregierung will den Bau neuer Wohnungen mit einfacheren Regeln beschleunigen. Das Kabinett beschloss am Mittwoch einen entsprechenden Gesetzentwurf, wie eine Sprecherin des Bauministeriums mitteilte.') =>
    [
      'Bundesregierung plant neue Regeln für den Wohnungsbau',
      '',
      lead,
      '',
      subheading,
      '',
      'Damals hatte die Koalition noch versprochen, jedes Jahr 400.000 neue Wohnungen zu bauen. Dieses Ziel wurde jedoch deutlich verfehlt, wie die Zahlen des Statistischen Bundesamtes zeigen.',
    ].map((text, i) => ({ no: i + 1, text }));
  const read = (subheading: string, languages: string[] | null) =>
    readHeader(story(subheading), { tz: null, dateOrder: 'dmy', referenceDate: '2026-11-30', languages });

  for (const [subheading, lang] of [
    ['Vor einem Jahr', 'de'],
    ['Vor einem Jahr', null],
    ['Vor einem Jahr.', 'de'],
    ['Hace un año', 'es'],
    ['Il y a un an', 'fr'],
    ['Un anno fa', 'it'],
    // A unit word alone as the amount (fresh-2026-11-30d's shape) is no different.
    ['Год назад', 'ru'],
    ['Rok temu', 'pl'],
  ] as const) {
    it(`${JSON.stringify(subheading)} (${lang ?? 'no language'}) stays in the body`, () => {
      const header = read(subheading, lang ? [lang] : null);
      expect(header.timestamp).toBeNull();
      expect(header.below).toEqual([]);
      expect(header.removed.map((r) => r.reason)).toEqual(['title']);
    });
  }

  it('the same phrase with its label is still read there (`Aktualisiert vor einer Stunde`)', () => {
    const header = read('Aktualisiert vor einer Stunde', ['de']);
    expect(header.timestamp).toMatchObject({ iso: '2026-11-30', text: 'vor einer Stunde', line: 5, label: 'updated' });
    expect(header.below).toEqual([4]);
  });

  it('and the bare phrase under the headline, above the lead, is the stamp line it was', () => {
    const lines = story('Vor einem Jahr');
    const header = readHeader([lines[0]!, lines[1]!, { ...lines[4]!, no: 3 }, lines[1]!, { ...lines[2]!, no: 5 }], { tz: null, dateOrder: 'dmy', referenceDate: '2026-11-30', languages: ['de'] });
    expect(header.timestamp).toMatchObject({ iso: '2025-11-30', text: 'Vor einem Jahr', line: 3 });
  });
});
