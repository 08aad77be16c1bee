/**
 * Datelines at the start of the lead: `LONDON (Reuters) -`, `SOCHI, Russia (AP) —`,
 * `BAHRAIN, Oct 19 -`, `WASHINGTON —`, `ALBANY, N.Y. -`, `New York, Oct 19 -`, several places
 * (`WASHINGTON/HAVANA (Reuters) -`), and the agency forms of other languages: `BERLIN (dpa) -`,
 * `MADRID, 14 may (EFE).-`, `МОСКВА, 14 мая. /ТАСС/.`, `ROMA (ANSA) -`, `(서울=연합뉴스)`,
 * `新华网北京4月14日电`. Reported as
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

/** A Korean agency opening's place (`서울`) and agency (`연합뉴스`), as in `(서울=연합뉴스)`. */
const KOREAN_PLACE = '[\\uac00-\\ud7a3]{1,10}';
const KOREAN_AGENCY = '[^()\\s=]{2,16}';
/** `(서울=연합뉴스)`, the opening a Korean wire lead's credit follows (`src/extract/byline`'s lead credit). */
export const KOREAN_AGENCY_OPENING = `\\(${KOREAN_PLACE}=${KOREAN_AGENCY}\\)`;
/** Yonhap and other Korean agencies: `(서울=연합뉴스) 왕길환 기자 = …`: the place, `=`, the agency, in brackets. */
const KOREAN_DATELINE = new RegExp(`^\\((?<place>${KOREAN_PLACE})=(?<agency>${KOREAN_AGENCY})\\)`, 'u');
/**
 * Xinhua, China News Service and papers: `新华网北京4月14日电`, `中新网约翰内斯堡8月10日电`: the agency (a name
 * ending in 社, 网 or 报), the place, the date, `电` (wired), or `专电` (a special dispatch, also
 * `新媒体专电`: `新华社太原5月13日专电`). The date's digits may be full-width, as Xinhua's web copy
 * prints them (`新华网合肥１１月３日专电`). No dash: the reporters' credit in brackets follows, or the story.
 */
const CHINESE_DATELINE = /^(?<agency>[\u4e00-\u9fff]{1,8}?[社网報报])(?<place>[\u4e00-\u9fff]{2,8}?)(?<date>[\d０-９]{1,2}月[\d０-９]{1,2}日)(?:新媒体)?专?电/u;

export function matchDateline(lead: string, line: number): Dateline | null {
  const cjk = KOREAN_DATELINE.exec(lead) ?? CHINESE_DATELINE.exec(lead);
  if (cjk?.groups) {
    const { place, agency, date } = cjk.groups;
    return { place: place!, agency: agency!, date: date ?? null, text: cjk[0], line };
  }
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
