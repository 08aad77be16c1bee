/** The stamp-line claimer on real header lines (fixtures/, and CNN's clock stamp from the pagedumps). */
import { describe, expect, it } from 'vitest';
import { claimStampLine } from '../../../src/core/header/stamp-line.js';
import { alone, at } from './context.js';

describe('claimStampLine', () => {
  it('a labelled stamp line leaves the body as timestamp, with its label and zone', () => {
    const claim = claimStampLine(...at('layouts/agency-byline.txt', 4));
    expect(claim?.removed).toEqual([{ line: 4, reason: 'timestamp', text: 'Published: May 14, 2019 4:24 PM EDT' }]);
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso: '2019-05-14T16:24:00-04:00', label: 'published', zone: 'EDT' })]);
  });

  it('a numeric stamp line first in the story', () => {
    expect(claimStampLine(...at('layouts/stamp-first.txt', 1))?.stamps).toEqual([expect.objectContaining({ iso: '2019-05-14T13:30:00', text: '14-05-2019, 13:30' })]);
  });

  it('a stamp line without a year is still claimed: no stamp, and a warning saying why', () => {
    const claim = claimStampLine(...at('horne/random-1016.txt', 3));
    expect(claim?.removed).toEqual([{ line: 3, reason: 'timestamp', text: 'Updated Dec. 25 at 3:53 pm E.T.' }]);
    expect(claim?.stamps).toEqual([]);
    expect(claim?.warnings).toEqual([expect.objectContaining({ rule: 'timestamp-no-year', line: 3, column: 9 })]);
  });

  it("CNN's clock stamp (pagedumps, CNN pages) is read in the order it is written", () => {
    const claim = claimStampLine(...alone('Updated 0339 GMT (1139 HKT) November 19, 2019'));
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso: '2019-11-19T03:39:00Z', text: '0339 GMT (1139 HKT) November 19, 2019', label: 'updated' })]);
  });

  it('USA Today\'s stamp, the time before the date (pagedumps c58aa507c4de, line 9 of the page)', () => {
    const claim = claimStampLine(...alone('Published 7:07 PM EST Nov 19, 2019'));
    expect(claim?.removed).toEqual([{ line: 1, reason: 'timestamp', text: 'Published 7:07 PM EST Nov 19, 2019' }]);
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso: '2019-11-19T19:07:00-05:00', label: 'published', zone: 'EST' })]);
  });

  it.each([
    ['a headline', 'layouts/agency-byline.txt', 1],
    ['a byline', 'layouts/agency-byline.txt', 2],
    ['a standfirst', 'languages/fr-revolutionpermanente.txt', 5],
    ['a lead with a dateline', 'reuters/21002.txt', 4],
  ] as const)('%s is not a stamp line', (_, path, no) => expect(claimStampLine(...at(path, no))).toBeNull());
});
