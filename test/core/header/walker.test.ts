/** The header walker: the claimers in order over a whole header zone, and where the zone ends. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHeader } from '../../../src/core/header.js';
import { parseArticle } from '../../../src/index.js';
import { repoRoot } from '../../helpers/cli.js';
import { fixtureLines } from './context.js';

const options = { tz: null, dateOrder: 'dmy', referenceDate: null } as const;

describe('readHeader', () => {
  it('each header line goes to its claimer; the first line nobody claims starts the body', () => {
    const lines = fixtureLines('layouts/agency-byline.txt');
    const header = readHeader(lines, options);
    expect(header.removed.map(({ line, reason }) => `${line} ${reason}`)).toEqual(['1 title', '2 byline', '3 byline', '4 timestamp', '5 timestamp']);
    expect(header.byline).toMatchObject({ names: ['Jane Doe', 'John Q. Smith'], agency: 'Associated Press' });
    expect(header.timestamp?.label).toBe('published');
    expect(header.updated?.label).toBe('updated');
    expect(lines[header.bodyStart]?.text).toMatch(/^SOCHI, Russia \(AP\) —/);
  });

  it('a stamp line is asked before the title: a stamp first in the story is not the headline', () => {
    const header = readHeader(fixtureLines('layouts/stamp-first.txt'), options);
    expect(header.timestamp?.line).toBe(1);
    expect(header.title).toEqual({ text: 'Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi', line: 3 });
  });

  it('a headline given by the page stage is kept; its repeat below is still dropped', () => {
    const lines = fixtureLines('layouts/stamp-first.txt').map((line) => (line.no === 3 ? { ...line, text: '' } : line));
    const title = { text: 'Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi', line: 3 };
    const header = readHeader(lines, options, title);
    expect(header.title).toBe(title);
    expect(header.removed.map(({ line, reason }) => `${line} ${reason}`)).toEqual(['1 timestamp', '5 duplicate-headline']);
  });

  it('a story that starts with its lead: no title, nothing removed, the body starts at line 1', () => {
    const header = readHeader(fixtureLines('body-only/horne-random-1017.txt'), options);
    expect(header).toMatchObject({ title: null, removed: [], bodyStart: 0 });
  });
});

// A date line with no year: 9to5Mac prints the day (`November 18`) above every headline, and the
// story's own stamp (`- Nov. 18th 2019 8:54 am PT`) under the author; Wccftech prints only `Nov 18`
// under the byline. The year-less line is the stamp only when nothing better exists, and the
// reference date does not change which line that is.
describe('a stamp line without a written year', () => {
  const parse = (path: string, referenceDate?: string) => {
    const result = parseArticle(readFileSync(join(repoRoot, 'fixtures', path)), { fileName: path, ...(referenceDate ? { referenceDate } : {}) });
    if (!result.ok) throw new Error(result.error.message);
    return result.article;
  };

  it.each([undefined, '2019-11-20'])('gives way to the stamp with a year below the headline (reference date %s)', (referenceDate) => {
    const article = parse('pages/full-ad826691a8a2.txt', referenceDate);
    expect(article.timestamp).toMatchObject({ iso: '2019-11-18T08:54:00-08:00', text: 'Nov. 18th 2019 8:54 am PT', line: 75 });
    // Its warning would ask for a reference date that changes nothing: there is none.
    expect(article.warnings).toEqual([]);
    // It still leaves the body, as the stamp line it is.
    expect(article.removed).toContainEqual({ line: 69, reason: 'timestamp', text: 'November 18' });
  });

  it('is the stamp when no other line gives one: completed by the reference date, else a warning', () => {
    const without = parse('pages/article-e100c9612ad8.txt');
    expect(without.timestamp).toBeNull();
    expect(without.warnings.map(({ rule, line }) => `${rule} ${line}`)).toEqual(['timestamp-missing null', 'timestamp-no-year 6']);
    const withReference = parse('pages/article-e100c9612ad8.txt', '2019-11-20');
    expect(withReference.timestamp).toMatchObject({ iso: '2019-11-18', text: 'Nov 18', line: 6 });
    expect(withReference.warnings).toEqual([]);
  });

  it('keeps its warnings in line order among the other header warnings', () => {
    const lines = ['Nov 18', '', 'Headline of the story here', '', 'Updated Dec. 25 at 3:53 pm E.T.', '', 'The lead of the story says what happened.'].map((text, i) => ({ no: i + 1, text, indent: 0 }));
    const header = readHeader(lines, options);
    expect(header.timestamp).toBeNull();
    expect(header.warnings.map(({ rule, line }) => `${rule} ${line}`)).toEqual(['timestamp-no-year 1', 'timestamp-no-year 5']);
  });
});
