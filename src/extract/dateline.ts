/**
 * Datelines at the start of the lead: `LONDON (Reuters) -`, `SOCHI, Russia (AP) —`,
 * `BAHRAIN, Oct 19 -`, `WASHINGTON —`, `ALBANY, N.Y. -`, `New York, Oct 19 -`, several places
 * (`WASHINGTON/HAVANA (Reuters) -`), and the agency forms of other languages: `BERLIN (dpa) -`,
 * `MADRID, 14 may (EFE).-`, `МОСКВА, 14 мая. /ТАСС/.`, `ROMA (ANSA) -`. Reported as
 * data; the text stays in the lead paragraph, where the reader expects it.
 *
 * Cheap by design: find the first dash near the start, then read the short text before it.
 */
import type { Dateline } from '../schema/article.js';
import { abbreviations, MONTHS } from './calendar.js';
import { LETTER, UPPER } from './letters.js';

/** A dash that ends a dateline: spaced hyphen(s), or an em/en dash. Within the first 100 characters. */
const DASH = /(?:^|\s)(?:--|-)(?=\s|$)|\s?[—–]|(?<=\))\.-(?=\s|$)/;
const MONTH = `(?:${abbreviations(MONTHS)
  .map((name) => [...name].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join(''))
  .join('|')})[a-zA-Z]*\\.?`;
const UPPER_WORD = `[${UPPER}][${UPPER}.'’-]*`;
const WORD = `[${UPPER}][${LETTER}.'’-]*`;
/** An upper-case place (`NEW YORK`, `ST. LOUIS`, `RIO DE JANEIRO`), or any place when a date follows. */
const ONE_PLACE_UPPER = `${UPPER_WORD}(?: (?:${UPPER_WORD}|de|da|do|del|di|la|le|al))*`;
/** Several places joined by slashes: `WASHINGTON/HAVANA`, `LONDON/NEW YORK`. */
const PLACE_UPPER = `${ONE_PLACE_UPPER}(?:/${ONE_PLACE_UPPER})*`;
const PLACE_ANY = `${WORD}(?: ${WORD}){0,3}`;
/** A region after the place: `Russia`, `N.Y.`, `Conn.`, `South Korea`. */
const REGION = `(?!${MONTH} \\d)${WORD}(?: ${WORD}){0,2}`;
/** `Oct 19`, or day first with the month in any language: `14 may`, `14 mai.`, `14 мая`. */
const DATE = `(?:${MONTH} \\d{1,2}|\\d{1,2} [${LETTER}]{3,12}\\.?)`;
const AGENCY = `\\((?<agency>[${LETTER}][${LETTER} .&'-]{0,40})\\)`;
const TAIL = `(?:, (?<region>${REGION}))?(?:,? (?<date>${DATE}))?(?: ?${AGENCY})?,?`;

const UPPER_DATELINE = new RegExp(`^(?<place>${PLACE_UPPER})${TAIL}$`);
const DATED_DATELINE = new RegExp(`^(?<place>${PLACE_ANY})(?:, (?<region>${REGION}))?,? (?<date>${DATE})(?: ?${AGENCY})?,?$`);

/** TASS: `МОСКВА, 14 мая. /ТАСС/.`: the agency between slashes ends the dateline, no dash. */
const SLASHED_DATELINE = new RegExp(`^(?<place>${PLACE_UPPER})(?:, (?<date>\\d{1,2} [${LETTER}]{3,12}))?\\.? /(?<agency>[${LETTER}-]{2,20})/\\.?(?=\\s|$)`);

export function matchDateline(lead: string, line: number): Dateline | null {
  const slashed = SLASHED_DATELINE.exec(lead);
  if (slashed?.groups) {
    const { place, date, agency } = slashed.groups;
    return { place: place!, agency: agency!, date: date ?? null, text: slashed[0], line };
  }
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
