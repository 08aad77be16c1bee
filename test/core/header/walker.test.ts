/** The header walker: the claimers in order over a whole header zone, and where the zone ends. */
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../src/core/header.js';
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
