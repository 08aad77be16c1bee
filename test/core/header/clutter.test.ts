/** The clutter claimer: page clutter where the headline would be, in text that is not read as a page. */
import { describe, expect, it } from 'vitest';
import { claimClutter } from '../../../src/core/header/clutter.js';
import { parseArticle } from '../../../src/core/parse.js';
import { at, fixtureLines } from './context.js';

const NBC = 'pages/article-7a457a4f7173.txt';
const POLITIFACT = 'pages/article-9e8c9f082a8d.txt';

describe('claimClutter', () => {
  it('a newsletter box on the first line (NBC News article area) leaves as boilerplate', () => {
    expect(claimClutter(...at(NBC, 1))).toEqual({ removed: [{ line: 1, reason: 'boilerplate', kind: 'newsletter', text: 'Breaking News Emails' }] });
  });

  it('not with keepBoilerplate, not once the headline is known, not when the page stage decided it', () => {
    expect(claimClutter(...at(NBC, 1, { keepBoilerplate: true }))).toBeNull();
    expect(claimClutter(...at(NBC, 1, { title: { text: 'A headline', line: 1 } }))).toBeNull();
    expect(claimClutter(...at(NBC, 1, { titleDecided: true }))).toBeNull();
  });

  it('a fact-check rating alone on a line above the headline (PolitiFact article area) leaves as a caption', () => {
    expect(claimClutter(...at(POLITIFACT, 2))).toEqual({ removed: [{ line: 2, reason: 'boilerplate', kind: 'caption', text: 'Mostly True' }] });
    expect(claimClutter(...at(POLITIFACT, 2, { title: { text: 'A headline', line: 1 } }))).toBeNull();
    expect(claimClutter(...at(POLITIFACT, 2, { keepBoilerplate: true }))).toBeNull();
  });

  it.each([
    ['a headline', 'bbc/business-007.txt', 1],
    ['a wire headline in capitals', 'reuters/21002.txt', 1],
    ['a kicker (the kicker claimer’s)', 'languages/fr-revolutionpermanente.txt', 1],
    ['a lead', 'body-only/horne-random-1017.txt', 1],
  ] as const)('%s is not clutter', (_, path, no) => expect(claimClutter(...at(path, no))).toBeNull());
});

describe('a story whose first line is clutter', () => {
  const text = fixtureLines(NBC).map((line) => line.text).join('\n');

  it('gets no title from it: null with title-missing', () => {
    const result = parseArticle(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.title).toBeNull();
    expect(result.article.warnings.map((w) => w.rule)).toContain('title-missing');
    expect(result.article.removed[0]).toEqual({ line: 1, reason: 'boilerplate', kind: 'newsletter', text: 'Breaking News Emails' });
    expect(result.article.body).not.toContain('Breaking News Emails');
  });

  it('keeps it as the title with keepBoilerplate, as before', () => {
    const result = parseArticle(text, { keepBoilerplate: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.title).toBe('Breaking News Emails');
  });
});

describe('a fact-check rating above the headline', () => {
  const text = fixtureLines(POLITIFACT).map((line) => line.text).join('\n');

  it('is not the title (PolitiFact: `Mostly True` over the claim), and the verdict in the last line stays', () => {
    const result = parseArticle(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.title).toBe('What is the value of drugs that come to the U.S. border?');
    expect(result.article.removed).toContainEqual({ line: 2, reason: 'boilerplate', kind: 'caption', text: 'Mostly True' });
    // The claim card under the rating: speaker, claim, attribution.
    expect(result.article.removed.filter((line) => line.kind === 'page').map((line) => line.line)).toEqual([3, 4, 6]);
    expect(result.article.body.at(-1)).toBe('We rate the statement Mostly True.');
  });

  it('takes no claim card that its attribution line does not close: the line under the rating may be the headline', () => {
    const story = ['Mostly True', 'Senator says the border wall is half built', '', 'By Jane Doe', '', 'The senator said on Monday that half of the wall was built.', ''].join('\n');
    const result = parseArticle(story);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.title).toBe('Senator says the border wall is half built');
    expect(result.article.removed.filter((line) => line.reason === 'boilerplate').map((line) => line.text)).toEqual(['Mostly True']);
  });

  it('is story text inside the body: a lone `True` or `False` under the headline stays', () => {
    const story = ['Quiz: how well do you know the budget?', '', 'Is the deficit larger than last year?', '', 'True', '', 'The deficit grew to $984 billion.', '', 'False', ''].join('\n');
    const result = parseArticle(story);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.title).toBe('Quiz: how well do you know the budget?');
    expect(result.article.body).toEqual(['Is the deficit larger than last year?', 'True', 'The deficit grew to $984 billion.', 'False']);
    expect(result.article.removed.filter((line) => line.reason === 'boilerplate')).toEqual([]);
  });
});

describe('NBC News: the newsletter box above the story', () => {
  it('is clutter to its end (pitch, SUBSCRIBE), so the stamp and byline under it are read', () => {
    const result = parseArticle(fixtureLines(NBC).map((line) => line.text).join('\n'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.timestamp?.iso).toBe('2019-11-19T08:41:00Z');
    expect(result.article.byline?.names).toEqual(['Phil Helsel']);
    expect(result.article.body[0]).toBe('A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, D-Minn., in March, prosecutors said.');
    expect(result.article.removed.filter((line) => line.reason === 'boilerplate').map((line) => [line.kind, line.text.slice(0, 24)])).toEqual(
      expect.arrayContaining([
        ['newsletter', 'Get breaking news alerts'],
        ['navigation', 'SUBSCRIBE'],
        ['newsletter', 'Let our news meet your i'],
        ['text-browser', '[ ]Sign Up'],
      ]),
    );
  });
});
