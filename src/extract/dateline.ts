/**
 * Datelines at the start of the lead: `LONDON (Reuters) -`, `SOCHI, Russia (AP) —`,
 * `BAHRAIN, Oct 19 -`, `WASHINGTON —`, `ALBANY, N.Y. -`. Reported as data; the text stays in
 * the lead paragraph, where the reader expects it.
 */
import type { Dateline } from '../schema/article.js';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
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

export function matchDateline(lead: string, line: number): Dateline | null {
  const match = DATELINE.exec(lead);
  if (!match?.groups) return null;
  const { place, region, date, agency } = match.groups;
  // A lone short capital word (`A -`, `I —`) is not a place; nor is a whole sentence in capitals.
  if (!place || place.replace(/[^\p{Lu}]/gu, '').length < 2) return null;
  if (lead.length <= match[0].length) return null;
  return {
    place: region ? `${place}, ${region}` : place,
    agency: agency?.trim() ?? null,
    date: date ?? null,
    text: match[0].trim(),
    line,
  };
}
