/** The title claimer: where the headline of a story without a page layout is decided. */
import { describe, expect, it } from 'vitest';
import { claimTitle } from '../../../src/core/header/title.js';
import { alone, at } from './context.js';

describe('claimTitle', () => {
  it('a headline line is the title, kept as written', () => {
    expect(claimTitle(...at('bbc/business-007.txt', 1))).toEqual({
      removed: [{ line: 1, reason: 'title', text: 'Jobs growth still slow in the US' }],
      title: { text: 'Jobs growth still slow in the US', line: 1 },
    });
  });

  it('a wire headline in capitals under its stamp line', () => {
    expect(claimTitle(...at('reuters/21002.txt', 1))?.title).toEqual({ text: 'HUGE OIL PLATFORMS DOT GULF LIKE BEACONS', line: 1 });
  });

  it('a line that prints the headline twice gives it once', () => {
    const headline = 'Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi';
    expect(claimTitle(...alone(`${headline} ${headline}`))?.removed).toEqual([
      { line: 1, reason: 'title', text: headline },
      { line: 1, reason: 'duplicate-headline', text: headline },
    ]);
  });

  it('a flattened line (Fake.br G1): the headline, then standfirst and body start the body', () => {
    const claim = claimTitle(...at('fakebr/2278.txt', 1));
    expect(claim?.title).toEqual({ text: 'Green Sunday', line: 1 });
    expect(claim?.ends).toBe(true);
    expect(claim?.lead?.map((line) => line.text.slice(0, 30))).toEqual(['Este domingo é dia de verde, m', '', 'A onda é recorrer ao inglês pa']);
  });

  it('a story that starts with its lead (body-only Horne file) has no title, and the lead starts the body', () => {
    expect(claimTitle(...at('body-only/horne-random-1017.txt', 1))).toEqual({ removed: [], ends: true });
  });

  it('not once there is a headline, nor when the page stage decided it', () => {
    expect(claimTitle(...at('bbc/business-007.txt', 1, { title: { text: 'Other', line: 1 } }))).toBeNull();
    expect(claimTitle(...at('bbc/business-007.txt', 1, { titleDecided: true }))).toBeNull();
  });
});
