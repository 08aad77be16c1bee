/**
 * Credit lines at the end of agency copy: Reuters `(Reporting by Jane Doe in London; Additional
 * reporting by John Roe; Editing by Mark Smith)`, AP `Associated Press writers Jane Doe in
 * Washington and John Roe contributed to this report.`, `Compiled by Jane Doe`, a paper's `Keith
 * Bradsher contributed reporting from Hong Kong.`, and Chinese credits (`（记者 杨柳）`,
 * `记者：张三　编辑：李四`: `credits-zh.ts`). Each role becomes one credit with its names (places
 * after `in` dropped).
 */
import type { Credit } from '../schema/article.js';
import { gluedChineseCredit, matchChineseCredits } from './credits-zh.js';
import { lazyPattern, openedExec } from './openers.js';
import { OPENINGS } from './openings.js';

/** A Reuters credit block, in parentheses or not: roles joined by `;`. */
const REUTERS = /^\(?((?:(?:Additional )?(?:Reporting|Writing|Editing|Reported|Written|Edited|Compiled|Graphics|Research|Production|Fact-checking|Fact checking)(?: and (?:writing|editing|reporting))? by [^;()]+;? ?)+)\)?\.?$/i;
const ROLE = /^((?:Additional )?[A-Za-z -]+?) by (.+)$/i;
/** AP: `Associated Press writer(s) … contributed (to this report).` */
const AP = /^(?:The )?(?:Associated Press|AP) (?:writers?|reporters?|correspondents?|journalists?|videojournalists?|photographers?|staff)(?: and [a-z ]+?)? (.+?) contributed(?: to (?:this|the) (?:report|story))?\.?$/i;
/** `Compiled by …`, `Contributing: …` (USA Today). */
const COMPILED = /^(Compiled|Contributing)(?: by|:) (.+?)\.?$/;
/** A name of two to four capitalized words, a particle between them (`Keith Bradsher`, `Ana de Armas`). */
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?: (?:de |da |del |van |von |le |la )?\\p{Lu}[\\p{L}.'’-]*){1,3}";
/**
 * A newspaper's credit under the story: `Keith Bradsher contributed reporting from Hong Kong.`
 * (The New York Times), `Fox News’ Jessica Napoli contributed to this report.` — names, with the
 * outlet's possessive before them dropped, then `contributed` and what.
 */
const CONTRIBUTED = lazyPattern(
  `^(?:(?:The )?\\p{Lu}[\\p{L}.&]*(?: \\p{Lu}[\\p{L}.&]*){0,3}['’]s? )?(${NAME}(?:(?:, and |, | and )${NAME})*) contributed ` +
    '(?:reporting|research|additional reporting|to this (?:report|story|article))(?: from [^.;]{1,60})?\\.$',
  'u',
);
/** REUTERS and AP, compiled only once a line opens with one of their words (see openedExec in openers.ts). */
const reutersCredit = openedExec(OPENINGS.CREDITS_REUTERS, REUTERS);
const apCredit = openedExec(OPENINGS.CREDITS_AP, AP);
/** The patterns above, for test/tools/openings.ts and its test. */
export const OPENING_GUARDED = { CREDITS_REUTERS: REUTERS, CREDITS_AP: AP };
/** A Reuters credit glued to the last sentence: `…said. (Reporting by …)`. */
const GLUED = /^(.*[.!?"”’]) (\((?:Additional )?(?:Reporting|Writing|Editing) by [^()]+\))$/i;

/** Names of a credit: split on `,`, `and`, `&`; `in London` and `from Paris` dropped. */
function names(text: string): string[] {
  return text
    .split(/\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)/)
    .map((name) => name.replace(/\s+(?:in|from|at) [A-Z][\p{L} .'’-]*$/u, '').trim())
    .filter((name) => name !== '' && /^\p{Lu}/u.test(name));
}

/** The credits a line holds, or null when it is not a credit line. */
export function matchCredits(text: string, line: number): Credit[] | null {
  if (text.length > 400) return null;
  const reuters = reutersCredit(text);
  if (reuters) {
    const credits: Credit[] = [];
    for (const part of reuters[1]!.split(';')) {
      const role = ROLE.exec(part.trim());
      if (!role) continue;
      const people = names(role[2]!.trim());
      if (people.length > 0) credits.push({ role: role[1]!.toLowerCase(), names: people, text, line });
    }
    return credits.length > 0 ? credits : null;
  }
  const ap = apCredit(text);
  if (ap) {
    const people = names(ap[1]!);
    return people.length > 0 ? [{ role: 'contributed', names: people, text, line }] : null;
  }
  // Every match holds ` contributed ` as it stands (the pattern is case-sensitive): most lines are
  // ruled out without it, and it is built (sixteen `\p{…}` sets) only when a line holds that.
  const contributed = text.includes(' contributed ') ? CONTRIBUTED().exec(text) : null;
  if (contributed) {
    const people = names(contributed[1]!);
    return people.length > 0 ? [{ role: 'contributed', names: people, text, line }] : null;
  }
  const compiled = COMPILED.exec(text);
  if (compiled) {
    const people = names(compiled[2]!);
    return people.length > 0 ? [{ role: compiled[1]!.toLowerCase(), names: people, text, line }] : null;
  }
  return matchChineseCredits(text, line);
}

/** `…said. (Reporting by Jane Doe)`, `…受益。（记者周宇）` → the sentence and the credit text. */
export function gluedCredits(text: string): { rest: string; credit: string } | null {
  const match = GLUED.exec(text);
  return match ? { rest: match[1]!, credit: match[2]! } : gluedChineseCredit(text);
}
