/** The byline-and-stamp claimer: a byline and a stamp on one line, split at a bar or glued. */
import { describe, expect, it } from 'vitest';
import { claimBylineAndStamp } from '../../../src/core/header/byline-and-stamp.js';
import { alone, at } from './context.js';

const HNN = 'By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM';

describe('claimBylineAndStamp', () => {
  it('split at a bar (Hawaii News Now page): the byline before it, the stamps after it', () => {
    const [line, context] = at('pages/article-f344ca5fb36e.txt', 10);
    expect(line.text).toBe(HNN);
    const claim = claimBylineAndStamp(line, context);
    expect(claim?.removed).toEqual([{ line: 10, reason: 'byline', text: HNN }]);
    expect(claim?.byline).toEqual({ names: ['HNN Staff'], agency: null, role: null, text: 'By HNN Staff', line: 10 });
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso: '2019-11-18T14:26:00-10:00', zone: 'HST' })]);
    // The year-less update stamp's warning points at its column in the whole line.
    expect(claim?.warnings).toEqual([expect.objectContaining({ rule: 'timestamp-no-year', column: 59 })]);
  });

  it('glued on (the NYT line quoted in issue #8)', () => {
    const claim = claimBylineAndStamp(...alone('By JEFFREY GETTLEMAN JAN. 13, 2017'));
    expect(claim?.byline).toMatchObject({ names: ['Jeffrey Gettleman'], text: 'By JEFFREY GETTLEMAN' });
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso: '2017-01-13', text: 'JAN. 13, 2017' })]);
  });

  it('`on` and the weekday before the stamp (PolitiFact, fixtures/pages/article-9e8c9f082a8d.txt)', () => {
    const [line, context] = at('pages/article-9e8c9f082a8d.txt', 10);
    expect(line.text).toBe('By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.');
    const claim = claimBylineAndStamp(line, context);
    expect(claim?.removed).toEqual([{ line: 10, reason: 'byline', text: line.text }]);
    expect(claim?.byline).toEqual({ names: ['Matthew Digby', 'Minh Do'], agency: null, role: null, text: 'By Matthew Digby , Minh Do', line: 10 });
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso: '2019-11-18T11:08:00', text: 'Monday, November 18th, 2019 at 11:08 a.m.' })]);
    // The other PolitiFact page of the pagedumps (b6906ca016bb), one name.
    const other = claimBylineAndStamp(...alone('By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.'));
    expect(other?.byline).toMatchObject({ names: ['Louis Jacobson'], text: 'By Louis Jacobson' });
    expect(other?.stamps).toEqual([expect.objectContaining({ iso: '2019-11-18T11:04:00' })]);
  });

  it.each([
    // Billboard, the Hollywood Reporter, a blog: the stamp first, then the byline.
    ['pages/article-9cb8224b660f.txt', 5, ['Lars Brandle'], 'by Lars Brandle', '2019-11-19', '11/19/2019'],
    ['pages/full-8267acacb9e4.txt', 34, ['Patrick Shanley'], 'by Patrick Shanley', '2019-11-19T05:45:00-08:00', '5:45 AM PST 11/19/2019'],
    ['pages/full-ac3c03552046.txt', 71, ['Catherine'], 'by Catherine', '2018-09-10', 'September 10, 2018'],
  ])('the stamp, then the byline (%s line %i)', (path, no, names, text, iso, stamp) => {
    const [line, context] = at(path, no);
    const claim = claimBylineAndStamp(line, context);
    expect(claim?.removed).toEqual([{ line: no, reason: 'byline', text: line.text }]);
    expect(claim?.byline).toMatchObject({ names, text });
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso, text: stamp })]);
  });

  it.each([
    // The Verge (pagedumps 785affa2c34e): a Twitter handle glued to the name.
    ['By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST', ['Chaim Gartenberg'], 'By Chaim Gartenberg@cgartenberg', '2019-11-19T19:53:00-05:00'],
    // SpaceNews (d1c57d7821e5): a dash before the stamp.
    ['by Jeff Foust — November 18, 2019', ['Jeff Foust'], 'by Jeff Foust', '2019-11-18'],
    // ProFootballTalk (8e3efab59f48) and Healthline (e593d7fe88f9): a verb before `by`, degrees after the name.
    ['Posted by Michael David Smith on November 19, 2019, 6:21 AM EST', ['Michael David Smith'], 'Posted by Michael David Smith', '2019-11-19T06:21:00-05:00'],
    ['Written by Rachael Link, MS, RD on November 14, 2019', ['Rachael Link'], 'Written by Rachael Link, MS, RD', '2019-11-14'],
  ])('glued on with more around it: %j', (text, names, bylineText, iso) => {
    const claim = claimBylineAndStamp(...alone(text));
    expect(claim?.byline).toMatchObject({ names, text: bylineText });
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso })]);
  });

  it.each(['Stand by Me, May 14, 2019', 'Posted by admin', 'By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy', 'Shot by police on May 14, 2019'])('%j is not one', (text) => {
    expect(claimBylineAndStamp(...alone(text))).toBeNull();
  });

  it('not when what follows `on` is no stamp', () => {
    expect(claimBylineAndStamp(...alone('By Louis Jacobson on Monday, the vote'))).toBeNull();
  });

  it('the date after a word that says it was published (German page, fixtures/pages/full-ba07d1e64775.txt)', () => {
    const [line, context] = at('pages/full-ba07d1e64775.txt', 4);
    expect(line.text).toBe('Von Moritz Bachmann publiziert am 30. Juli 2018');
    const claim = claimBylineAndStamp(line, context);
    expect(claim?.removed).toEqual([{ line: 4, reason: 'byline', text: line.text }]);
    expect(claim?.byline).toEqual({ names: ['Moritz Bachmann'], agency: null, role: null, text: 'Von Moritz Bachmann', line: 4 });
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso: '2018-07-30', text: '30. Juli 2018', label: 'published' })]);
  });

  it('not when the words after the name are no date (a byline alone is the byline claimer\'s)', () => {
    expect(claimBylineAndStamp(...alone('Von Moritz Bachmann publiziert am 30. Kapitel'))).toBeNull();
    expect(claimBylineAndStamp(...alone('Von Moritz Bachmann'))).toBeNull();
  });

  it('not when the story already has its byline', () => {
    const [line, context] = at('pages/article-f344ca5fb36e.txt', 10);
    expect(claimBylineAndStamp(line, { ...context, byline: { names: ['Jane Doe'], agency: null, role: null, text: 'By Jane Doe', line: 9 } })).toBeNull();
  });

  it.each([
    // What follows the bar is more than stamps (ZDNet pages in the pagedumps).
    alone('By Jason Cipriani | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware'),
    at('layouts/agency-byline.txt', 2),
    at('layouts/agency-byline.txt', 4),
  ])('%j is not one', (line, context) => expect(claimBylineAndStamp(line, context)).toBeNull());
});
