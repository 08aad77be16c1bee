/** The clutter claimer: page clutter where the headline would be, in text that is not read as a page. */
import { describe, expect, it } from 'vitest';
import { claimClutter } from '../../../src/core/header/clutter.js';
import { parseArticle } from '../../../src/core/parse.js';
import { at, fixtureLines } from './context.js';

const NBC = 'pages/article-7a457a4f7173.txt';

describe('claimClutter', () => {
  it('a newsletter box on the first line (NBC News article area) leaves as boilerplate', () => {
    expect(claimClutter(...at(NBC, 1))).toEqual({ removed: [{ line: 1, reason: 'boilerplate', kind: 'newsletter', text: 'Breaking News Emails' }] });
  });

  it('not with keepBoilerplate, not once the headline is known, not when the page stage decided it', () => {
    expect(claimClutter(...at(NBC, 1, { keepBoilerplate: true }))).toBeNull();
    expect(claimClutter(...at(NBC, 1, { title: { text: 'A headline', line: 1 } }))).toBeNull();
    expect(claimClutter(...at(NBC, 1, { titleDecided: true }))).toBeNull();
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
