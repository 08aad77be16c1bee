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
