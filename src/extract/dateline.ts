/**
 * Datelines at the start of the lead: `LONDON (Reuters) -`, `SOCHI, Russia (AP) —`,
 * `BAHRAIN, Oct 19 -`, `WASHINGTON —`, `ALBANY, N.Y. -`. Reported as data; the text stays in
 * the lead paragraph, where the reader expects it.
 */
import type { Dateline } from '../schema/article.js';

/** Month names in any case (`Oct`, `OCT`, `OCt` all occur in Reuters copy). */
const MONTH = `(?:${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  .map((name) => [...name].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join(''))
  .join('|')})\\p{L}*\\.?`;
/** An upper-case place: `NEW YORK`, `ST. LOUIS`, `RIO DE JANEIRO`, `BRASÍLIA`. */
const PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]*(?: (?:\\p{Lu}[\\p{Lu}\\p{M}.'’-]*|de|da|do|del|di|la|le|al))*";
/** A region after the place: `Russia`, `N.Y.`, `Conn.`, `Calif.`, `South Korea`. */
const REGION = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}";
const DASH = '(?:--|-|—|–)';

const DATELINE = new RegExp(
  `^(?<place>${PLACE})` +
    `(?:, (?<region>(?!${MONTH} \\d)${REGION}))?` +
    `(?:,? (?<date>${MONTH} \\d{1,2}))?` +
    `(?: ?\\((?<agency>[\\p{L}][\\p{L} .&'-]{0,40})\\))?` +
    `,? ?${DASH} ?`,
  'u',
);

/** A place in normal case (`New York`, `Chicago`) counts only with a date after it. */
const DATELINE_WITH_DATE = new RegExp(
  `^(?<place>\\p{Lu}[\\p{L}\\p{M}.'’-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3})` +
    `(?:, (?<region>(?!${MONTH} \\d)${REGION}))?` +
    `,? (?<date>${MONTH} \\d{1,2})` +
    `(?: ?\\((?<agency>[\\p{L}][\\p{L} .&'-]{0,40})\\))?` +
    `,? ?${DASH} ?`,
  'u',
);

export function matchDateline(lead: string, line: number): Dateline | null {
  const upper = DATELINE.exec(lead);
  // A lone capital letter (`A -`, `I —`) is not a place.
  const match = upper?.groups?.place && upper.groups.place.replace(/[^\p{Lu}]/gu, '').length >= 2 ? upper : DATELINE_WITH_DATE.exec(lead);
  if (!match?.groups?.place) return null;
  const { place, region, date, agency } = match.groups;
  // `WASHINGTON -` alone is a dateline only when it ends in its dash (it may stand on its own line).
  if (lead.length <= match[0].length && !/[-—–]$/.test(lead)) return null;
  return {
    place: region ? `${place}, ${region}` : place,
    agency: agency?.trim() ?? null,
    date: date ?? null,
    text: match[0].trim(),
    line,
  };
}
