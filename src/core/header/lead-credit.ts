/**
 * The reporters a Korean or Chinese wire lead names at its start (`(서울=연합뉴스) 왕길환 기자 = …`,
 * `新华网北京4月14日电（记者 李童）…`; the shapes are `src/extract/byline`'s `matchLeadCredit`): the
 * story's byline when it has none yet. The lead is the body's first line and keeps its text, as it
 * keeps a dateline; the zone ends there.
 */
import { matchLeadCredit } from '../../extract/byline.js';
import type { Claimer } from './claim.js';

export const claimLeadCredit: Claimer = (line, { byline, title }) => {
  if (byline !== null || title === null) return null;
  const credit = matchLeadCredit(line.text.trimStart());
  if (credit === null) return null;
  return {
    removed: [],
    byline: { names: credit.names, agency: null, role: null, text: credit.text, line: line.no },
    ends: true,
    lead: [line],
  };
};
