/**
 * What ends wire copy and is not story text: sign-offs (` Reuter` in 1980s Reuters stories,
 * `-30-`, `-- END --`, AFP's desk initials `bur/jm`, an agency name alone: `(dpa)`, `EFE`,
 * `/ТАСС/`), separators (`___`, AP's rule before its credits) and legal footers (`Our
 * Standards: The Thomson Reuters Trust Principles.`, `Copyright 2019 The Associated Press. All
 * rights reserved. …`). They leave the body; credits are read by `credits.ts`.
 */
import { openedBy } from './openers.js';
import { OPENINGS } from './openings.js';

const SIGNOFF = new RegExp(
  [
    '(?:Reuter|REUTER|Reuters|REUTERS|-30-|###|ENDS|END)',
    // `-- END --`, `— END —`, `- 30 -`
    '(?:-{1,2}|—|–) ?(?:END|ENDS|30) ?(?:-{1,2}|—|–)',
    // AFP desk initials: `bur/jm`, `bur-sst/dl`, `jm/txw`, `bur-ach/it/jh`
    '(?:bur(?:-[a-z]{2,4})*|[a-z]{2,4})(?:/[a-z]{2,4}){1,3}',
    // An agency alone, as dpa, EFE, ANSA, Lusa, ANP, PAP, Anadolu, TASS sign their copy.
    '\\(?(?:AFP|dpa|DPA|EFE|ANSA|Lusa|LUSA|ANP|PAP|AA|Xinhua|Kyodo|TASS|ТАСС|ИТАР-ТАСС|Agência Brasil)\\)?',
    '/(?:ТАСС|TASS)/',
    // EFE's closing initials: `EFE jlr/mr`
    'EFE [a-z]{2,4}(?:/[a-z]{2,4}){0,3}',
  ].join('|'),
);
const SIGNOFF_LINE = new RegExp(`^(?:${SIGNOFF.source})$`);
/** A sign-off glued to the last sentence: `...of 1986. REUTER` (only the agency words, after a sentence end). */
const GLUED = /^(.*[.!?"”’)]) (Reuter|REUTER)$/;
/** A line of underscores, dashes, equals or asterisks: a rule between the story and its credits. */
const SEPARATOR = /^(?:_{3,}|-{3,}|={3,}|\*{3,}|(?:\* ){2,}\*)$/;
/** Legal footers of the agencies. */
const OUR_STANDARDS = /^Our Standards: The Thomson Reuters Trust Principles\.?$/;
const AP_LEGAL = /^(?:Copyright|©|\(c\)) (?:©\s*)?\d{4} (?:The )?Associated Press\. All rights reserved\./i;
const REUTERS_LEGAL = /^(?:Copyright|©) \d{4} (?:Thomson )?Reuters\b.*(?:All rights reserved|Thomson Reuters)/i;
const AFP_LEGAL = /^(?:Copyright|©) (?:\d{4} )?(?:Agence France-Presse|AFP)\b/i;
/** The three agencies' copyright lines, compiled only once a line opens with one of their words (see openedBy in openers.ts). */
const LEGAL = [
  (text: string) => OUR_STANDARDS.test(text),
  openedBy(OPENINGS.SIGNOFF_AP_LEGAL, AP_LEGAL),
  openedBy(OPENINGS.SIGNOFF_REUTERS_LEGAL, REUTERS_LEGAL),
  openedBy(OPENINGS.SIGNOFF_AFP_LEGAL, AFP_LEGAL),
];
/** The patterns above, for test/tools/openings.ts and its test. */
export const OPENING_GUARDED = { SIGNOFF_AP_LEGAL: AP_LEGAL, SIGNOFF_REUTERS_LEGAL: REUTERS_LEGAL, SIGNOFF_AFP_LEGAL: AFP_LEGAL };

/** Words that make `and/or`, `he/she`, `yes/no` text rather than AFP desk initials. */
const WORDS = new Set(['and', 'or', 'he', 'she', 'his', 'her', 'him', 'hers', 'yes', 'no', 'on', 'off', 'in', 'out', 'up', 'down', 'am', 'pm', 'us', 'we', 'is', 'it', 'to', 'from', 'its', 'the', 'a', 'an', 'this', 'that', 'they', 'them', 'you', 'me', 'my', 'our', 'not', 'now', 'then']);

export function isSignoff(text: string): boolean {
  if (!SIGNOFF_LINE.test(text)) return false;
  // Initials (`jm/txw`) unless every part is an everyday word (`and/or`).
  return !/^[a-z]{2,4}(?:\/[a-z]{2,4})+$/.test(text) || !text.split('/').every((part) => WORDS.has(part));
}

export function isSeparator(text: string): boolean {
  return SEPARATOR.test(text);
}

export function isLegalFooter(text: string): boolean {
  return LEGAL.some((isLegal) => isLegal(text));
}

export function gluedSignoff(text: string): { rest: string; signoff: string } | null {
  const match = GLUED.exec(text);
  return match ? { rest: match[1]!, signoff: match[2]! } : null;
}
