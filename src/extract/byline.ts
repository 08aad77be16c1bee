/**
 * Bylines: `By JANE DOE and JOHN Q. SMITH`, `By Ian MacKenzie, Reuters`, and an agency line
 * under them (`Associated Press`). Names come out in normal case; the line leaves the body.
 */
import { AGENCY_LINE, TRAILING_AGENCY, agencyName } from './agencies.js';
import { isChineseWriterRole, matchChineseCredits } from './credits-zh.js';
import { KOREAN_AGENCY_OPENING } from './dateline.js';
import { LETTER, UPPER, UPPER_EXTENDED } from './letters.js';
import { lazyPattern } from './openers.js';

export interface BylineMatch {
  names: string[];
  agency: string | null;
  /** `Asia correspondent`, `Analysis`: what follows the names. */
  role: string | null;
}

/** Words ending in a newsroom job: `Asia correspondent`, `Senior Political Editor`. */
const ROLE_WORDS = `(?:[\\p{L}'’.-]+ ){0,4}(?:correspondent|editor|reporter|writer|columnist|analyst|contributor|producer|critic|commentator|journalist)s?`;
/** A role after a comma. */
const ROLE = lazyPattern(() => new RegExp(`,\\s+(${ROLE_WORDS})$`, 'iu'));
/** A role glued to the last name, as w3m prints a byline's role element: `Michael HiltzikBusiness Columnist`. */
const GLUED_ROLE = lazyPattern(() => new RegExp(`^${ROLE_WORDS}$`, 'iu'));
/** An outlet glued to the last name, an acronym run into a word: `Jonathan GarberFOXBusiness`. */
const GLUED_OUTLET = lazyPattern(() => /^\p{Lu}{3,}\p{Ll}+$/u);
/** The last lower-to-upper case step of a line: `Hiltzik|Business Columnist`. */
const GLUED_STEP = lazyPattern(() => /\p{Ll}(?=\p{Lu})/gu);
/** The start of a last name whose second capital is its own (`McCoy`, `MacDonald`, `DeSantis`, `VerBruggen`), never a glued role. */
const NAME_PREFIX = lazyPattern(() => /(?:^|\s)(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von|Ver)$/);
/** A tag after a dash: `By Jane Doe - Analysis`. */
const TAG = /\s+[-—–|]\s+(Analysis|Opinion|Comment|Commentary|Review|Explainer|Feature|Interview|Live|Fact check|News analysis)$/i;

/**
 * The word that opens a byline, by language: English `By`, German `Von`, French `Par`,
 * Spanish/Portuguese `Por`, Italian `Di`, Dutch `Door`, Polish `Od`, Turkish `Yazan`, Russian
 * and Ukrainian `Автор`. Only `By` is also read in capitals (`BY JANE DOE`): `DI MARIA SCORES` is a headline.
 */
const BY = /^(?:[Bb][Yy]|Von|von|Par|par|Por|por|Di|di|Door|door|Od|od|Yazan|Автор|Авторы):?\s+(.+)$/;
/** Words a name may contain: `Q.`, `O'Neil`, `MacKenzie`, `de`, `van`, `Jr.`. */
const NAME_WORD = new RegExp(`^(?:[${UPPER}${UPPER_EXTENDED}][${LETTER}'’.-]*|de|da|do|dos|das|del|der|den|van|von|bin|al|le|la|di)$`);
/** `and` between names, in the byline languages: `und`, `et`, `y`, `e`, `en`, `i`, `ve`, `и`. */
const SEPARATOR = /\s*(?:,\s*(?:and|und|et|y|e|en|i|ve|и)\s+|,\s*|\s+(?:and|und|et|y|e|en|i|ve|и)\s+|\s*&\s*)/i;

/** A degree after a name, which is no name: `Written by Rachael Link, MS, RD` (Healthline). */
const CREDENTIAL = lazyPattern(() => /^(?:MS|MA|MSc|MBA|MD|DO|PhD|Ph\.D\.|RD|RDN|LD|RN|NP|PA-C|MPH|CDE|CPT|DVM|PharmD)$/);

/**
 * When the byline says it was published, as German pages print it (`Von Moritz Bachmann
 * publiziert am 30. Juli 2018`): the word and the date after the names, which are not names.
 */
const PUBLISHED = /\s+(?:publiziert|veröffentlicht|aktualisiert|erschienen)(?: am)?\s+\d.*$/iu;

/**
 * A byline that says when it was published, cut before that word: `Von Moritz Bachmann
 * publiziert am 30. Juli 2018` → `Von Moritz Bachmann` and `publiziert am 30. Juli 2018` (the
 * caller checks that the rest is a stamp line); null for a line without such a word.
 */
export function splitPublished(text: string): { bylineText: string; rest: string } | null {
  const published = PUBLISHED.exec(text);
  if (!published || published.index === 0) return null;
  return { bylineText: text.slice(0, published.index), rest: published[0].trimStart() };
}

export function matchByline(text: string): BylineMatch | null {
  if (text.length > 120) return null;
  const by = BY.exec(text);
  if (!by) return null;
  let rest = by[1]!.replace(PUBLISHED, '').trim();
  let agency: string | null = null;
  let role: string | null = null;
  const tagged = TAG.exec(rest) ?? ROLE().exec(rest);
  if (tagged && tagged.index > 0) {
    role = tagged[1]!;
    rest = rest.slice(0, tagged.index).trim();
  }
  const trailing = TRAILING_AGENCY.exec(rest);
  if (trailing && trailing.index > 0) {
    agency = agencyName(trailing[1]!);
    rest = rest.slice(0, trailing.index).trim();
  }
  if (role === null && agency === null) {
    const glued = splitGlued(rest);
    if (glued) ({ rest, role } = glued);
  }
  const names = rest
    .split(SEPARATOR)
    .map((name) => name.trim())
    .filter((name, i) => name.length > 0 && !(i > 0 && CREDENTIAL().test(name)));
  if (names.length === 0 || names.length > 6) return null;
  for (const name of names) {
    const words = name.split(' ');
    if (words.length > 5 || !words.every((word) => NAME_WORD.test(word))) return null;
  }
  return { names: names.map(normalCase), agency, role };
}

/**
 * Names run into the role or outlet printed after them, as w3m dumps a byline whose parts are
 * separate elements (`Michael HiltzikBusiness Columnist`, `Jonathan GarberFOXBusiness`): cut at
 * the last lower-to-upper case step when the rest is a role or an outlet and the names before
 * it hold a first and a last name not ending in a prefix (`McCoy`, `DeSantis`). Null when
 * nothing is glued; a glued agency (`Tom DaviesAssociated Press`) is cut by TRAILING_AGENCY.
 */
function splitGlued(text: string): { rest: string; role: string } | null {
  const step = [...text.matchAll(GLUED_STEP())].at(-1);
  if (!step) return null;
  const rest = text.slice(0, step.index + 1);
  const tail = text.slice(step.index + 1);
  if (!rest.includes(' ') || NAME_PREFIX().test(rest)) return null;
  return GLUED_ROLE().test(tail) || GLUED_OUTLET().test(tail) ? { rest, role: tail } : null;
}

/** A name as bylines without `By` print it: `Kevin McCoy`, `Trevor J. Mitchell` (a first name, perhaps an initial, a last name). */
const BARE_NAME = `[${UPPER}${UPPER_EXTENDED}][${LETTER}'’-]+(?: [${UPPER}]\\.)? [${UPPER}${UPPER_EXTENDED}][${LETTER}'’-]+`;
/** The paper after the names: `USA TODAY`, `Florida Today`, `Sioux Falls Argus Leader` (capitalized words). */
const OUTLET = `[${UPPER}][${LETTER}.&'’-]*(?: [${UPPER}][${LETTER}.&'’-]*){0,4}`;
const NAMES_AND_OUTLET = new RegExp(`^(${BARE_NAME}(?:(?:, | and | & )${BARE_NAME}){0,3}),? (${OUTLET})$`);

/**
 * A byline printed without `By`, as USA Today's network and Hearst's AP pages print it above the
 * stamp: the names, then an agency, a role or the paper (`Tom Davies Associated Press`, `Meg
 * Kinnard and Errin Haines, Associated Press`, `Steve Peoples, Ap National Political Writer`,
 * `Kevin Johnson and Kevin McCoy USA TODAY`). The paper goes to `role`. Names alone (`Al Root`)
 * are not enough: any short line reads so. Only the caller knows that a stamp line is under it,
 * which is what makes such a line a byline at all.
 */
export function matchUnmarkedByline(text: string): BylineMatch | null {
  if (BY.test(text)) return null;
  const outlet = NAMES_AND_OUTLET.exec(text);
  if (!outlet) return null;
  // Comma forms and agencies are read as `By …` reads them.
  const marked = matchByline(`By ${text}`);
  if (marked && (marked.agency !== null || marked.role !== null)) return marked;
  const names = outlet[1]!.split(SEPARATOR).map((name) => normalCase(name.trim()));
  return { names, agency: null, role: outlet[2]! };
}

/** `Associated Press` alone on a line: the agency of the byline above. */
export function matchAgencyLine(text: string): string | null {
  return AGENCY_LINE.test(text) ? agencyName(text) : null;
}

/** `ASHRAF FOUAD` → `Ashraf Fouad`; mixed-case names (`Ian MacKenzie`) are kept as written. */
export function normalCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(new RegExp(`(^|[\\s'’.-])([${LETTER}])`, 'g'), (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The labels a language prints before an author's name, as {@link matchLabelledByline} reads them. */
export interface BylineLabels {
  /** Lower case (`текст`, `publicado por`, `著者`); `by` is read in every language. */
  byline: readonly string[];
  /** Words after the names (Korean `기자`: `김병학 기자`, `이윤구 이수용 기자`); absent: none. */
  bylineAfter?: readonly string[];
  /** True for languages written without spaces (Japanese, Chinese): a label there needs its colon. */
  cjk: boolean;
  /** True when every label needs its colon (`Autor: Jan Kowalski`, not `Autor Jan Kowalski`). */
  colonOnly?: boolean;
}

/** A name as languages without capitals write it: `ライトハウス国際特許事務所`, `作業用品ナビ編集部`. */
const SCRIPT_NAME = lazyPattern(() => /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9fA-Za-z0-9・ー･ 　]{1,40}$/u);
const LABEL_END = lazyPattern(() => /^\s*[:：]\s*|^\s+/u);
/** After a label in a script without spaces: a colon, or a slash as Japanese credits print it (`取材・文／古川あや`). */
const COLON_END = lazyPattern(() => /^\s*[:：／]\s*/u);
/** A Korean name: two to four Hangul syllables. */
const HANGUL_NAME = /^[\uac00-\ud7a3]{2,4}$/u;

/**
 * A byline opened by one of the openers {@link matchByline} reads (`Von`, `Par`, `Автор:`) or by
 * one of a language's labels, a colon after it optional (`Текст: Лида Буслаева`, `Publicado
 * por: Clarissa Borba`, `by ライトハウス国際特許事務所`, `著者：山田太郎`):
 * the names as {@link matchByline} reads them, or, in a script without capitals, the text after
 * the label when it is a name's run of letters. `empty` when the label stands alone (`著者：`,
 * a field the page left blank); null when the text is no such byline.
 */
export function matchLabelledByline(text: string, labels: BylineLabels): BylineMatch | 'empty' | null {
  if (text.length > 120) return null;
  const opened = matchByline(text);
  if (opened) return opened;
  const after = namesBefore(text, labels.bylineAfter ?? []);
  if (after) return { names: after, agency: null, role: null };
  const lower = text.toLowerCase();
  for (const label of ['by', ...labels.byline]) {
    if (!lower.startsWith(label)) continue;
    const after = text.slice(label.length);
    const scriptLabel = /[^\u0000-\u04ff]/u.test(label);
    const end = ((labels.cjk && scriptLabel) || labels.colonOnly === true ? COLON_END() : LABEL_END()).exec(after);
    if (after === '' || (after.trim() === '' && scriptLabel)) return 'empty';
    if (!end) {
      if (/^[:：]\s*$/u.test(after)) return 'empty';
      continue;
    }
    const rest = after.slice(end[0].length).trim();
    if (rest === '') return 'empty';
    const named = matchByline(`By ${rest}`);
    if (named) return named;
    if (SCRIPT_NAME().test(rest) && /[^\u0000-\u024f]/u.test(rest)) return { names: [rest], agency: null, role: null };
  }
  return null;
}

/** The names before one of `words` ending the text (`이윤구 이수용 기자`): Korean names only, or null. */
function namesBefore(text: string, words: readonly string[]): string[] | null {
  const trimmed = text.trim();
  for (const word of words) {
    if (!trimmed.endsWith(word)) continue;
    const names = trimmed.slice(0, trimmed.length - word.length).split(/[\s,·]+/u).filter((name) => name !== '');
    if (names.length > 0 && names.length <= 4 && names.every((name) => HANGUL_NAME.test(name))) return names;
  }
  return null;
}

/** A Korean wire lead's opening: `(서울=연합뉴스) 왕길환 기자 = `, `[인터풋볼] 김병학 기자= ` (the agency opening is the dateline's). */
const KOREAN_LEAD = new RegExp(
  `^(?:${KOREAN_AGENCY_OPENING}|\\[[^\\[\\]]{1,20}\\])\\s*((?:[\\uac00-\\ud7a3]{2,4}[ ,·]\\s*){0,3}[\\uac00-\\ud7a3]{2,4})\\s+(?:기자|특파원)\\s*=`,
  'u',
);
/**
 * A Chinese lead's credit in brackets after its dateline, near the start: `新华网北京4月14日电（记者
 * 李童）`, `本报讯（记者 戈伟 实习生 刘晓雪）`, `本部讯：（摄影：何加劼 郑洁蕾 记者：曾惠君）`.
 */
const CHINESE_CREDIT = /^[^（()）\n]{0,30}?(?:电|讯|消息)[：:]?\s*[（(]([^（()）]{3,60})[）)]/u;
/**
 * The reporters a wire lead names at its start, as Korean and Chinese agencies write them
 * (`(서울=연합뉴스) 이윤구 이수용 기자 = …`, `中新网北京7月14日电 （记者 李金磊）…`): the names and the
 * credit as written, or null. The credit stays in the lead, as a dateline does.
 */
export function matchLeadCredit(lead: string): { names: string[]; text: string } | null {
  const korean = KOREAN_LEAD.exec(lead);
  if (korean) return { names: korean[1]!.split(/[\s,·]+/u).filter((name) => name !== ''), text: korean[0] };
  const chinese = CHINESE_CREDIT.exec(lead);
  if (!chinese) return null;
  // The credit is read as a closing one is (`credits-zh.ts`: one list of roles, one name test); its writers are the byline.
  const names = (matchChineseCredits(chinese[1]!, 0, true) ?? []).filter((credit) => isChineseWriterRole(credit.role)).flatMap((credit) => credit.names);
  return names.length > 0 ? { names, text: chinese[0] } : null;
}
