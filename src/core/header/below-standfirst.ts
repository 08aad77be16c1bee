/**
 * Stamps below a standfirst: article pages print the standfirst (a sentence or two under the
 * headline) above the byline and the stamp (`jeudi 13 juin 2019` under a French standfirst,
 * `Por Juan Gaona` / `24 Ago, 2026 06:28 p. m.` under a Spanish one). The standfirst ends the
 * header zone and stays in the body; the few lines right under it are still read for stamp
 * and byline lines, but they are taken only when a whole stamp line (alone, or with a byline or
 * furniture words on it) is among them.
 */
import type { Line } from '../../line.js';
import { claimAgencyLine } from './agency-line.js';
import { claimByline } from './byline.js';
import { claimBylineAndStamp } from './byline-and-stamp.js';
import { advance, type Claim, type Claimer, type HeaderContext } from './claim.js';
import { claimLocaleFurniture } from './locale-furniture.js';
import { claimStampAmongWords } from './stamp-among-words.js';
import { claimStampLine } from './stamp-line.js';

/** How many non-blank lines under the standfirst are read. */
export const BELOW_STANDFIRST = 3;

/** The claimers asked under the standfirst: stamp and byline lines, nothing that could be story text. */
const FURNITURE: readonly Claimer[] = [claimStampLine, claimBylineAndStamp, claimStampAmongWords, claimLocaleFurniture, claimByline, claimAgencyLine];

export interface ClaimBelow {
  /** Index in `lines` of the claimed line. */
  index: number;
  claim: Claim;
}

/**
 * The run of stamp and byline lines right under the standfirst at `standfirst`, at most
 * {@link BELOW_STANDFIRST} lines, up to the first line none of them claims; empty unless a whole
 * stamp line is in it. The claimers read the context as it stands after the standfirst (so a
 * second byline is not taken); the caller applies the claims in order.
 */
export function claimBelowStandfirst(lines: readonly Line[], standfirst: number, context: HeaderContext): ClaimBelow[] {
  const run: ClaimBelow[] = [];
  const below: HeaderContext = { ...context };
  for (let index = standfirst + 1; index < lines.length && run.length < BELOW_STANDFIRST; index++) {
    const line = lines[index]!;
    if (line.text === '') continue;
    below.index = index;
    below.seen++;
    const claim = claimFurniture(line, below);
    if (claim === null) break;
    run.push({ index, claim });
    advance(below, claim);
  }
  // A stamp line, or a byline with its stamp on the line (`February 1, 2019 | BY: Ilana Muhlstein`).
  return run.some(({ claim }) => claim.removed.some((removed) => removed.reason === 'timestamp') || (claim.stamps?.length ?? 0) > 0) ? run : [];
}

/**
 * The first claim of the stamp and byline claimers on `line`, or null. Past the header zone, a
 * line of relative stamps with a word for the amount and no label (`Vor einem Jahr`, a subheading
 * between the lead and the next paragraph as often as a stamp) is no claim: null.
 */
export function claimFurniture(line: Line, context: HeaderContext): Claim | null {
  for (const claimer of FURNITURE) {
    const claim = claimer(line, context);
    if (claim !== null) return claim.bareRelative ? null : claim;
  }
  return null;
}
