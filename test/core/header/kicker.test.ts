/** The kicker claimer: a section label above the headline, on real first lines (fixtures/). */
import { describe, expect, it } from 'vitest';
import { claimKicker } from '../../../src/core/header/kicker.js';
import { parseArticle } from '../../../src/core/parse.js';
import { runCli } from '../../helpers/cli.js';
import { at } from './context.js';

const FR = 'languages/fr-revolutionpermanente.txt';
const FR_TITLE = 'Antonin Bernanos ’"en prison depuis près de deux mois en raison de son militantisme"';

describe('claimKicker', () => {
  it.each([
    ['languages/fr-revolutionpermanente.txt', 'Justice de classe'],
    // A breadcrumb as a text browser lists it.
    ['pages/article-87438a0dacbe.txt', '1. Advice'],
  ])('%s: %j leaves as navigation', (path, text) => {
    expect(claimKicker(...at(path, 1))).toEqual({ removed: [{ line: 1, reason: 'boilerplate', kind: 'navigation', text }] });
  });

  it('with keepBoilerplate the kicker is read but kept in the body', () => {
    expect(claimKicker(...at(FR, 1, { keepBoilerplate: true }))).toEqual({ removed: [], kept: true });
  });

  it('only the first line of the zone can be one, and only while the headline is open', () => {
    expect(claimKicker(...at('languages/fr-revolutionpermanente.txt', 1, { seen: 2 }))).toBeNull();
    expect(claimKicker(...at('languages/fr-revolutionpermanente.txt', 1, { titleDecided: true }))).toBeNull();
  });

  it.each([
    ['a wire headline in capitals over a stamp', 'reuters/21002.txt'],
    ['a long headline', 'layouts/agency-byline.txt'],
    ['a stamp line', 'layouts/stamp-first.txt'],
  ])('%s is no kicker', (_, path) => expect(claimKicker(...at(path, 1))).toBeNull());
});

describe('a kicker with --keep-boilerplate', () => {
  it('stays first in the body, the headline under it is still the title (the real command)', async () => {
    const plain = await runCli(['fixtures/' + FR]);
    const kept = await runCli(['--keep-boilerplate', 'fixtures/' + FR]);
    expect([plain.code, kept.code, plain.stderr, kept.stderr]).toEqual([0, 0, '', '']);
    const a = JSON.parse(plain.stdout) as { title: string; body: string[]; removed: Array<{ line: number; reason: string }>; provenance: { body: number[][] } };
    const b = JSON.parse(kept.stdout) as typeof a;
    expect(a.removed[0]).toEqual({ line: 1, reason: 'boilerplate', kind: 'navigation', text: 'Justice de classe' });
    expect(b.title).toBe(FR_TITLE);
    expect(b.body).toEqual(['Justice de classe', ...a.body]);
    expect(b.provenance.body).toEqual([[1, 1], ...a.provenance.body]);
    expect(b.removed).toEqual(a.removed.slice(1));
  });

  it('the lead under it still gives the dateline', () => {
    const story = 'World\n\nStorm floods the coast of the city overnight\n\nLONDON (Reuters) - Heavy rain flooded the coast, officials said.\n\nMore rain is expected.\n';
    const plain = parseArticle(story);
    const kept = parseArticle(story, { keepBoilerplate: true });
    if (!plain.ok || !kept.ok) throw new Error('refused');
    expect(plain.article.removed[0]).toMatchObject({ line: 1, reason: 'boilerplate', kind: 'navigation' });
    expect(kept.article.title).toBe('Storm floods the coast of the city overnight');
    expect(kept.article.body[0]).toBe('World');
    expect(kept.article.dateline).toEqual(plain.article.dateline);
    expect(kept.article.dateline).toMatchObject({ place: 'LONDON', agency: 'Reuters', line: 5 });
  });
});

describe('a short headline over a furniture line is no kicker (the real command)', () => {
  interface Out {
    title: string;
    timestamp: { iso: string } | null;
    body: string[];
    removed: Array<{ line: number; reason: string }>;
  }
  // A furniture line (a stamp among a byline, a read time, a field) is no stamp line: the short
  // headline above it left as `boilerplate/navigation`, and the furniture line or the lead became the title.
  it.each([
    [[], 'Fed holds rates\n\nJane Doe | March 3, 2024 | 5 min read\n\nThe Federal Reserve held interest rates steady on Wednesday, officials said.\n', '2024-03-03', 'byline'],
    [
      [],
      'Új tárgyalást tartottak\n\nKözzétéve: 2026. jún. 15. 08:32 | Szerző: Kiss Péter\n\nA bíróság szerdán új tárgyalást tartott az ügyben, a vádlottak mindegyike megjelent.\n\nAz ítélethirdetésre jövő hónapban kerülhet sor, közölte a bíróság szóvivője.\n',
      '2026-06-15T08:32:00',
      'byline',
    ],
    [['--lang', 'pl'], 'Podatki w górę\n\nOpublikowano: 12 maja 2026 | Czas czytania: 5 min\n\nOd poniedziałku obowiązują nowe przepisy dotyczące ruchu drogowego, poinformowało ministerstwo.\n', '2026-05-12', 'timestamp'],
  ])('%j %j', async (args, input, iso, reason) => {
    const run = await runCli([...args, '-'], { input });
    expect([run.code, run.stderr]).toEqual([0, '']);
    const out = JSON.parse(run.stdout) as Out;
    const lines = input.split('\n');
    expect(out.title).toBe(lines[0]);
    expect(out.timestamp?.iso).toBe(iso);
    expect(out.removed).toEqual([
      { line: 1, reason: 'title', text: lines[0] },
      { line: 3, reason, text: lines[2] },
    ]);
    expect(out.body).toEqual(lines.slice(4).filter((line) => line !== ''));
  });
});

describe('a one-word headline over a stamp line in Markdown emphasis, no body (round 9)', () => {
  // The stamp line was read, but the kicker claimer asked about it with its emphasis marks on: the
  // headline left as `boilerplate/navigation` and the story had no title. The German line is a
  // stamps.tsv tuning row (find_string id 20360313370); the English one is a tuning row's stamp
  // (USA Today, pagedumps) in the emphasis Markdown notes print stamps in.
  it.each([
    ['Headline\n\n*Analyse aktualisiert am 2025-12-06 07:54 UTC+1*\n', '2025-12-06T07:54:00+01:00'],
    ['Brexit\n\n*Published 7:07 PM EST Nov 19, 2019*\n', '2019-11-19T19:07:00-05:00'],
  ])('%j', (input, iso) => {
    const result = parseArticle(input);
    if (!result.ok) throw new Error('not parsed');
    const lines = input.split('\n');
    expect(result.article.title).toBe(lines[0]);
    expect((result.article.timestamp ?? result.article.updated)?.iso).toBe(iso);
    expect(result.article.removed.map((removed) => removed.reason)).toEqual(['title', 'timestamp']);
  });
  it('a real kicker over an emphasised headline still leaves (fixtures/languages/fr-revolutionpermanente.txt, its headline in emphasis)', () => {
    const [line, context] = at(FR, 1);
    const lines = context.lines!.map((other) => (other.text === FR_TITLE ? { ...other, text: `*${FR_TITLE}*` } : other));
    expect(claimKicker(line, { ...context, lines })).toEqual({ removed: [{ line: 1, reason: 'boilerplate', kind: 'navigation', text: 'Justice de classe' }] });
  });
});
