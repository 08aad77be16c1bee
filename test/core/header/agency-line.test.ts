/** The agency-line claimer: the agency alone under a byline (fixtures/layouts/agency-byline.txt). */
import { describe, expect, it } from 'vitest';
import { claimAgencyLine } from '../../../src/core/header/agency-line.js';
import { at } from './context.js';

const BYLINE = { names: ['Jane Doe', 'John Q. Smith'], agency: null, role: null, text: 'By JANE DOE and JOHN Q. SMITH', line: 2 };

describe('claimAgencyLine', () => {
  it('completes the byline above', () => {
    expect(claimAgencyLine(...at('layouts/agency-byline.txt', 3, { byline: BYLINE }))).toEqual({
      removed: [{ line: 3, reason: 'byline', text: 'Associated Press' }],
      agency: 'Associated Press',
    });
  });

  it('not without a byline above, nor under one that names its agency', () => {
    expect(claimAgencyLine(...at('layouts/agency-byline.txt', 3))).toBeNull();
    expect(claimAgencyLine(...at('layouts/agency-byline.txt', 3, { byline: { ...BYLINE, agency: 'Reuters' } }))).toBeNull();
  });

  it('a stamp line under a byline is not an agency line', () => {
    expect(claimAgencyLine(...at('layouts/agency-byline.txt', 4, { byline: BYLINE }))).toBeNull();
  });
});
