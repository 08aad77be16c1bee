/**
 * Datelines at the start of the lead: `LONDON (Reuters) -`, `SOCHI, Russia (AP) —`,
 * `BAHRAIN, Oct 19 -`, `WASHINGTON —`, `ALBANY, N.Y. -`, `New York, Oct 19 -`. Reported as
 * data; the text stays in the lead paragraph, where the reader expects it.
 *
 * Cheap by design: find the first dash near the start, then read the short text before it.
 */
import type { Dateline } from '../schema/article.js';
import { LETTER, UPPER } from './letters.js';

/** A dash that ends a dateline: spaced hyphen(s), or an em/en dash. Within the first 100 characters. */
const DASH = /(?:^|\s)(?:--|-)(?=\s|$)|\s?[—–]/;
const MONTH = `(?:${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  .map((name) => [...name].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join(''))
  .join('|')})[a-zA-Z]*\\.?`;
const UPPER_WORD = `[${UPPER}][${UPPER}.'’-]*`;
const WORD = `[${UPPER}][${LETTER}.'’-]*`;
/** An upper-case place (`NEW YORK`, `ST. LOUIS`, `RIO DE JANEIRO`), or any place when a date follows. */
const PLACE_UPPER = `${UPPER_WORD}(?: (?:${UPPER_WORD}|de|da|do|del|di|la|le|al))*`;
const PLACE_ANY = `${WORD}(?: ${WORD}){0,3}`;
/** A region after the place: `Russia`, `N.Y.`, `Conn.`, `South Korea`. */
const REGION = `(?!${MONTH} \\d)${WORD}(?: ${WORD}){0,2}`;
const DATE = `${MONTH} \\d{1,2}`;
const AGENCY = `\\((?<agency>[${LETTER}][${LETTER} .&'-]{0,40})\\)`;
const TAIL = `(?:, (?<region>${REGION}))?(?:,? (?<date>${DATE}))?(?: ?${AGENCY})?,?`;

const UPPER_DATELINE = new RegExp(`^(?<place>${PLACE_UPPER})${TAIL}$`);
const DATED_DATELINE = new RegExp(`^(?<place>${PLACE_ANY})(?:, (?<region>${REGION}))?,? (?<date>${DATE})(?: ?${AGENCY})?,?$`);

export function matchDateline(lead: string, line: number): Dateline | null {
  const dash = DASH.exec(lead.slice(0, 100));
  if (!dash || dash.index < 2) return null;
  const before = lead.slice(0, dash.index).trimEnd();
  const upper = UPPER_DATELINE.exec(before);
  // A lone capital letter (`A -`) is not a place.
  const match = upper?.groups?.place && upper.groups.place.replace(new RegExp(`[^${UPPER}]`, 'g'), '').length >= 2 ? upper : DATED_DATELINE.exec(before);
  if (!match?.groups?.place) return null;
  const { place, region, date, agency } = match.groups;
  return {
    place: region ? `${place}, ${region}` : place,
    agency: agency?.trim() ?? null,
    date: date ?? null,
    text: lead.slice(0, dash.index + dash[0].length).trim(),
    line,
  };
}
