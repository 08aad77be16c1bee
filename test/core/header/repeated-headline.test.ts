/** The repeated-headline claimer: the headline again under it, or glued to the lead (fixtures/layouts/). */
import { describe, expect, it } from 'vitest';
import { headlineKey } from '../../../src/extract/headline.js';
import { claimRepeatedHeadline } from '../../../src/core/header/repeated-headline.js';
import { at } from './context.js';

const titleKey = headlineKey('Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi');

describe('claimRepeatedHeadline', () => {
  it('the headline again in capitals leaves as duplicate-headline', () => {
    expect(claimRepeatedHeadline(...at('layouts/stamp-first.txt', 5, { titleKey }))).toEqual({
      removed: [{ line: 5, reason: 'duplicate-headline', text: 'POMPEO SAYS TRUMP WANTS TO IMPROVE RUSSIA RELATIONS AS TALKS WITH LAVROV BEGIN IN SOCHI' }],
    });
  });

  it('the headline glued to the lead is cut off, and the lead starts the body', () => {
    const claim = claimRepeatedHeadline(...at('layouts/glued-headline.txt', 4, { titleKey }));
    expect(claim?.removed).toEqual([{ line: 4, reason: 'headline-prefix', text: 'Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi' }]);
    expect(claim?.ends).toBe(true);
    expect(claim?.lead?.[0]?.text).toMatch(/^US Secretary of State Mike Pompeo and Russian Foreign Minister/);
  });

  it('the lead under the headline, or any line while there is no headline, is not claimed', () => {
    expect(claimRepeatedHeadline(...at('layouts/stamp-first.txt', 7, { titleKey }))).toBeNull();
    expect(claimRepeatedHeadline(...at('layouts/stamp-first.txt', 5))).toBeNull();
  });
});
