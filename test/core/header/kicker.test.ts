/** The kicker claimer: a section label above the headline, on real first lines (fixtures/). */
import { describe, expect, it } from 'vitest';
import { claimKicker } from '../../../src/core/header/kicker.js';
import { at } from './context.js';

describe('claimKicker', () => {
  it.each([
    ['languages/fr-revolutionpermanente.txt', 'Justice de classe'],
    // A breadcrumb as a text browser lists it.
    ['pages/article-87438a0dacbe.txt', '1. Advice'],
  ])('%s: %j leaves as navigation', (path, text) => {
    expect(claimKicker(...at(path, 1))).toEqual({ removed: [{ line: 1, reason: 'boilerplate', kind: 'navigation', text }] });
  });

  it('only the first line of the zone can be one, and only while the headline is open', () => {
    expect(claimKicker(...at('languages/fr-revolutionpermanente.txt', 1, { seen: 2 }))).toBeNull();
    expect(claimKicker(...at('languages/fr-revolutionpermanente.txt', 1, { titleDecided: true }))).toBeNull();
  });

  it.each([
    ['a wire headline in capitals over a stamp', 'reuters/21002.txt'],
    ['a long headline', 'layouts/agency-byline.txt'],
    ['a stamp line', 'layouts/stamp-first.txt'],
  ])('%s is no kicker', (_, path) => expect(claimKicker(...at(path, 1))).toBeNull());
});
