/**
 * Header lines of article pages (issue #8): a kicker above the headline, a byline with its
 * stamp glued on, CNN's clock stamp. Fixed inputs, no reference date needed (all carry a year).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../src/core/parse.js';
import { repoRoot } from '../../helpers/cli.js';
import { rewriteClockStamp } from '../../../src/core/header/stamp-line.js';
import { splitGluedByline } from '../../../src/core/header/byline-and-stamp.js';

function parse(text: string) {
  const result = parseArticle(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.article;
}

const LEAD = 'NAIROBI, Kenya — The police in Kenya said on Friday that they were searching for the gunmen who attacked a hotel.';

describe('header of an article page', () => {
  it('a kicker above the headline is dropped as navigation; the byline and stamp below are read', () => {
    const article = parse(`Africa\n\nKenya Hunts for Attackers After Deadly Siege\n\nBy JEFFREY GETTLEMAN JAN. 13, 2017\n\n${LEAD}\n`);
    expect(article.title).toBe('Kenya Hunts for Attackers After Deadly Siege');
    expect(article.removed[0]).toEqual({ line: 1, reason: 'boilerplate', kind: 'navigation', text: 'Africa' });
    expect(article.byline).toEqual({ names: ['Jeffrey Gettleman'], agency: null, role: null, text: 'By JEFFREY GETTLEMAN', line: 5 });
    expect(article.timestamp).toMatchObject({ iso: '2017-01-13', text: 'JAN. 13, 2017', line: 5 });
    expect(article.body[0]).toBe(LEAD);
  });

  it('CNN clock stamp: Updated 0339 GMT (1139 HKT) November 19, 2019', () => {
    const article = parse(
      'World\n\nHong Kong protesters hold out at university\n\nBy Ben Westcott, CNN\n\nUpdated 0339 GMT (1139 HKT) November 19, 2019\n\nHong Kong (CNN) Protesters remained inside the campus on Tuesday as police surrounded it.\n',
    );
    expect(article.title).toBe('Hong Kong protesters hold out at university');
    expect(article.byline).toMatchObject({ names: ['Ben Westcott'], agency: 'CNN' });
    expect(article.timestamp).toMatchObject({ iso: '2019-11-19T03:39:00Z', label: 'updated', zone: 'GMT', line: 7 });
    expect(article.body).toHaveLength(1);
  });

  it('a short headline over a lead is not a kicker', () => {
    const article = parse('Markets rally\n\nStocks rose on Tuesday as investors cheered the data on jobs and prices.\n');
    expect(article.title).toBe('Markets rally');
  });

  it('a short headline over a stamp is not a kicker', () => {
    const article = parse('Talks resume\n\nMay 14, 2019 4:24 PM\n\nThe talks resumed on Tuesday after a week of silence between the two sides.\n');
    expect(article.title).toBe('Talks resume');
    expect(article.timestamp?.iso).toBe('2019-05-14T16:24:00');
  });
});

describe('rewriteClockStamp', () => {
  it.each([
    ['Updated 0339 GMT (1139 HKT) November 19, 2019', 'Updated November 19, 2019 03:39 GMT'],
    ['0105 GMT (0905 HKT) March 3, 2020', 'March 3, 2020 01:05 GMT'],
  ])('%j → %j', (input, output) => expect(rewriteClockStamp(input)).toBe(output));
  it.each(['Updated 2 hours ago', '1139 people were evacuated on November 19, 2019', 'Updated November 19, 2019'])('%j is not one', (input) =>
    expect(rewriteClockStamp(input)).toBeNull(),
  );
});

describe('splitGluedByline', () => {
  it('splits a byline from the stamp glued after it', () => {
    expect(splitGluedByline('By JEFFREY GETTLEMAN JAN. 13, 2017')).toMatchObject({ bylineText: 'By JEFFREY GETTLEMAN', rest: 'JAN. 13, 2017' });
  });
  it.each(['By JEFFREY GETTLEMAN', 'By the end of May 2019 the talks had failed', 'Byron Bay floods hit May 14, 2019'])('%j is not one', (input) =>
    expect(splitGluedByline(input)).toBeNull(),
  );
});

it('a short wire headline in capitals over a dateline is the title, not a kicker', () => {
  const article = parse('OIL FIRMS MERGE\n\n    LONDON, Oct 19 - The two companies said they would merge\nto cut costs.\n');
  expect(article.title).toBe('OIL FIRMS MERGE');
});

it('a short headline over a dateline that wraps is the title, not a kicker', () => {
  const article = parse('Oil firms merge\n\nLONDON, Oct 19 - The two companies said they would merge\nto cut costs.\n');
  expect(article.title).toBe('Oil firms merge');
});

describe('stamps above a page\'s article block', () => {
  it('a stamp under a row of short labels (fixtures/pages/article-b6fb53e9fb04.txt)', () => {
    // `Share on Facebook`, `Facebook`, `letture`, `Cartoni`: one to three words each, they do
    // not use up the lines read above the block; `02 Ago 2017` under them is the stamp.
    const article = parse(readFileSync(join(repoRoot, 'fixtures/pages/article-b6fb53e9fb04.txt'), 'utf8'));
    expect(article.timestamp).toMatchObject({ iso: '2017-08-02', text: '02 Ago 2017', line: 15 });
  });
});
