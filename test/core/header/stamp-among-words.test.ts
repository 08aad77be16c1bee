/**
 * The stamp-among-words claimer: a stamp on a line with a byline, a source name or labels beside
 * it (real lines of tuning pages, pagedumps ids 4-f), and dates inside prose that stay unread.
 */
import { describe, expect, it } from 'vitest';
import { claimStampAmongWords } from '../../../src/core/header/stamp-among-words.js';
import { alone, at } from './context.js';

const TITLE = { text: 'Headline', line: 1 };

describe('claimStampAmongWords', () => {
  it('a byline, the stamp, a section (Space.com, fixtures/pages/article-c50845a7158a.txt)', () => {
    const [line, context] = at('pages/article-c50845a7158a.txt', 7, { title: TITLE });
    expect(line.text).toBe('By Tariq Malik, Mike Wall 2019-11-18T22:05:36Z Spaceflight');
    const claim = claimStampAmongWords(line, context);
    expect(claim?.removed).toEqual([{ line: 7, reason: 'byline', text: line.text }]);
    expect(claim?.byline).toEqual({ names: ['Tariq Malik', 'Mike Wall'], agency: null, role: null, text: 'By Tariq Malik, Mike Wall', line: 7 });
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso: '2019-11-18T22:05:36Z', text: '2019-11-18T22:05:36Z' })]);
  });

  it('labels after the stamp: a reading time (CBS Sports, fixtures/pages/article-9a440270bf86.txt)', () => {
    const [line, context] = at('pages/article-9a440270bf86.txt', 11, { title: TITLE });
    const claim = claimStampAmongWords(line, context);
    expect(claim?.removed).toEqual([{ line: 11, reason: 'timestamp', text: line.text }]);
    expect(claim?.byline).toBeUndefined();
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso: '2019-11-19T18:46:00-05:00', text: 'Nov 19, 2019 at 6:46 pm ET' })]);
  });

  it('comment count, category and a user name after the stamp (fixtures/pages/full-8cad00dc22de.txt)', () => {
    const claim = claimStampAmongWords(...alone('October 15, 2018/0 Comments/in Jeongdong Perfomance News /by jdadmin', { title: TITLE }));
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso: '2018-10-15', text: 'October 15, 2018' })]);
    expect(claim?.byline).toBeUndefined();
  });

  it.each([
    // [line, iso, names or null] — pagedumps tuning pages (stamps.tsv rows of 2026-11-29)
    ['By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy', '2019-11-18T20:51:19Z', ['Mike Wall']],
    ['By Yasemin Saplakoglu - Staff Writer 2019-11-18T23:30:00Z Health', '2019-11-18T23:30:00Z', ['Yasemin Saplakoglu']],
    ['By Jason Cipriani | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware', '2019-11-18T19:14:00Z', ['Jason Cipriani']],
    ['November 20, 2019 / 1:07 AM / CBS News', '2019-11-20T01:07:00', null],
    ['13/06/2014 Tony Carter All, Books, Kit Reviews', '2014-06-13', null],
    ['Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)', '2019-11-18T16:05:00-08:00', null],
    ['Wednesday 20 November 2019 11:42, UK', '2019-11-20T11:42:00', null],
    ['November 20, 2019 Emiliano Bellini', '2019-11-20', ['Emiliano Bellini']],
    ['November 12, 2018 Beachbody', '2018-11-12', null],
    ['February 1, 2019 Ilana Muhlstein, MS, RDN', '2019-02-01', ['Ilana Muhlstein']], // fixtures/pages/full-ec3878db7e49.txt
  ])('%s', (text, iso, names) => {
    const claim = claimStampAmongWords(...alone(text, { title: TITLE }));
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso })]);
    if (names === null) expect(claim?.byline).toBeUndefined();
    else expect(claim?.byline?.names).toEqual(names);
  });

  it('a role after a dash stays out of the names', () => {
    const claim = claimStampAmongWords(...alone('By Yasemin Saplakoglu - Staff Writer 2019-11-18T23:30:00Z Health', { title: TITLE }));
    expect(claim?.byline).toMatchObject({ role: 'Staff Writer', text: 'By Yasemin Saplakoglu - Staff Writer' });
  });

  it('a second byline is not taken: the line gives its stamp only', () => {
    const byline = { names: ['Jane Doe'], agency: null, role: null, text: 'By Jane Doe', line: 2 };
    const claim = claimStampAmongWords(...alone('By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy', { title: TITLE, byline }));
    expect(claim?.byline).toBeUndefined();
    expect(claim?.removed).toEqual([{ line: 1, reason: 'byline', text: 'By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy' }]);
    expect(claim?.stamps?.[0]?.iso).toBe('2019-11-18T20:51:19Z');
  });

  it('a name or a source before the stamp is read only under the headline, a name after it is a byline only there', () => {
    // pagedumps full/aadb38e527d5.txt (Motor1): the author, then the stamp.
    const before = 'Brent Co November 20, 2019 12:32';
    expect(claimStampAmongWords(...alone(before))).toBeNull();
    expect(claimStampAmongWords(...alone(before, { title: TITLE }))?.stamps?.[0]?.iso).toBe('2019-11-20T12:32:00');
    const after = claimStampAmongWords(...alone('November 20, 2019 Emiliano Bellini'));
    expect(after?.stamps?.[0]?.iso).toBe('2019-11-20');
    expect(after?.byline).toBeUndefined();
  });

  it.each([
    // Dates inside prose and headlines are never the stamp.
    ['Correction, Nov. 15, 2019: This article originally misidentified the first publisher of John M. Ford’s novel Web of Angels.'], // pagedumps 851498a2b9f4
    ['Fox News Flash top entertainment headlines for Nov. 19'], // fixtures/pages/article-7dfc3e359d7c.txt
    ['Fox News Flash top entertainment and celebrity headlines for Nov. 19 are here. Check out what\'s clicking today in entertainment.'],
    ['— Tottenham Hotspur (@SpursOfficial) November 20, 2019'], // a tweet's attribution, pagedumps 921019755f4a
    ['The Google Stadia Founder’s and Premiere Editions, which come with a Chromecast Ultra, launch tomorrow (November 19) in 14 countries'], // e100c9612ad8
    ['Apple Event Set For November 19, 2019'], // a headline's shape: no source name
    ['WASHINGTON November 19, 2019'], // a place in capitals: a dateline's
    ['November 19, 2019'], // a stamp line alone: the stamp-line claimer's
    ['Posted on November 19 by Jane Doe'], // no year
  ])('not a stamp among furniture: %s', (text) => {
    expect(claimStampAmongWords(...alone(text, { title: TITLE }))).toBeNull();
  });
});
