/**
 * Time zones for timestamp extraction: the table of written zone names, the reading of a zone
 * written after a time, and the UTC offset of a zone for a given wall time.
 *
 * Offsets of IANA zones come from `Intl.DateTimeFormat` (`timeZoneName: 'longOffset'`) applied to
 * instants computed with `Date.UTC`, so the machine's own zone (`TZ`) never enters the result.
 */

import { LETTER } from '../../letters.js';

/** A zone as the table resolves it: a fixed offset, or an IANA zone whose offset depends on the date. */
export type ZoneRef = { kind: 'fixed'; minutes: number } | { kind: 'iana'; name: string };

/** Date and time as written, without any zone. `month` is 1-based. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A zone written in the text, as found by {@link readZone}. */
export interface ZoneHit {
  /** Index of the first character of the zone (after any space), in the searched text. */
  start: number;
  /** Index after the zone, including a closing parenthesis when the zone was in parentheses. */
  end: number;
  /** The zone as written, without parentheses: `EDT`, `E.T.`, `+0300`, `GMT+3`. */
  written: string;
  /** How to resolve it, or null when it looks like a zone abbreviation we do not know. */
  ref: ZoneRef | null;
}

const fixed = (minutes: number): ZoneRef => ({ kind: 'fixed', minutes });
const iana = (name: string): ZoneRef => ({ kind: 'iana', name });

/**
 * Abbreviations, written in capitals (dots removed before look-up, so `E.T.` is `ET`).
 *
 * An abbreviation that names standard or summer time (`EST`, `EDT`, `CEST`) is the fixed offset it
 * names, even on a date when that time is not in force. Generic names (`ET`, `PT`, `MSK`) follow
 * the rules of their IANA zone for the date. Ambiguous ones are read as English-language wire
 * services use them: `CST` is US Central, `AST` Atlantic, `IST` India.
 */
const ABBREVIATIONS: ReadonlyMap<string, ZoneRef> = new Map([
  ['Z', fixed(0)],
  ['UT', fixed(0)],
  ['UTC', fixed(0)],
  ['GMT', fixed(0)],
  ['WET', fixed(0)],
  ['WEST', fixed(60)],
  ['BST', fixed(60)],
  ['CET', fixed(60)],
  ['CEST', fixed(120)],
  ['EET', fixed(120)],
  ['EEST', fixed(180)],
  ['MSK', iana('Europe/Moscow')],
  ['IST', fixed(330)],
  ['PKT', fixed(300)],
  ['SGT', fixed(480)],
  ['HKT', fixed(480)],
  ['AWST', fixed(480)],
  ['JST', fixed(540)],
  ['KST', fixed(540)],
  ['ACST', fixed(570)],
  ['ACDT', fixed(630)],
  ['AEST', fixed(600)],
  ['AEDT', fixed(660)],
  ['NZST', fixed(720)],
  ['NZDT', fixed(780)],
  ['AST', fixed(-240)],
  ['ADT', fixed(-180)],
  ['EST', fixed(-300)],
  ['EDT', fixed(-240)],
  ['ET', iana('America/New_York')],
  ['CST', fixed(-360)],
  ['CDT', fixed(-300)],
  ['CT', iana('America/Chicago')],
  ['MST', fixed(-420)],
  ['MDT', fixed(-360)],
  ['MT', iana('America/Denver')],
  ['PST', fixed(-480)],
  ['PDT', fixed(-420)],
  ['PT', iana('America/Los_Angeles')],
  ['AKST', fixed(-540)],
  ['AKDT', fixed(-480)],
  ['HST', fixed(-600)],
]);

/** Zone names written as words, looked up in lower case with single spaces. */
const WORDS: ReadonlyMap<string, ZoneRef> = new Map([
  ['eastern', iana('America/New_York')],
  ['eastern time', iana('America/New_York')],
  ['eastern standard time', fixed(-300)],
  ['eastern daylight time', fixed(-240)],
  ['central', iana('America/Chicago')],
  ['central time', iana('America/Chicago')],
  ['central standard time', fixed(-360)],
  ['central daylight time', fixed(-300)],
  ['mountain', iana('America/Denver')],
  ['mountain time', iana('America/Denver')],
  ['mountain standard time', fixed(-420)],
  ['mountain daylight time', fixed(-360)],
  ['pacific', iana('America/Los_Angeles')],
  ['pacific time', iana('America/Los_Angeles')],
  ['pacific standard time', fixed(-480)],
  ['pacific daylight time', fixed(-420)],
  ['moscow time', iana('Europe/Moscow')],
  ['greenwich mean time', fixed(0)],
  ['british summer time', fixed(60)],
]);

/*
 * The zone after a time: optional space, an optional opening parenthesis, then one of
 *   1. a numeric offset, bare (`+0300`, `-04:00`) or after GMT/UTC (`GMT+3`, `UTC-05:30`);
 *   2. a zone written in words (`Eastern`, `Pacific Daylight Time`, `Moscow time`);
 *   3. an abbreviation in capitals, with or without dots (`EDT`, `E.T.`).
 * Bare offsets need four digits, so `16:24 -2` is not read as a zone.
 */
const NUMERIC_ZONE =
  /^(?:(?:GMT|UTC|UT)\s?([+\-\u2212])(\d{1,2})(?::?(\d{2}))?|([+\-\u2212])(\d{2}):?(\d{2}))(?![\d:])/;
const WORD_ZONE = new RegExp(
  '^(?:(?:Eastern|Central|Mountain|Pacific)(?: (?:Standard|Daylight))?(?: Time)?' +
    '|Moscow time|Greenwich Mean Time|British Summer Time)(?![A-Za-z0-9])',
  'i',
);
const ABBREVIATION_ZONE = /^(?:(?:[A-Z]\.){1,4}|[A-Z]{1,5})(?![A-Za-z0-9])/;
const LEADING_SPACE = /^ ?(\()?/;
const WORD_CHAR = new RegExp(`[${LETTER}0-9]`);
const LETTER_FIRST = /^[A-Za-z]/;

/**
 * Reads a zone written at `from` in `text` (the index right after a time). Returns null when
 * nothing there looks like a zone. An all-capitals word ending in `T` that is not in the table
 * (`IDT`, `WIB` is not matched) comes back with `ref: null`, so the caller can report it.
 */
export function readZone(text: string, from: number, words?: LocaleZones): ZoneHit | null {
  const rest = text.slice(from, from + 40);
  const lead = LEADING_SPACE.exec(rest);
  const skip = lead ? lead[0].length : 0;
  const paren = lead?.[1] === '(';
  const body = rest.slice(skip);
  let hit: { written: string; ref: ZoneRef | null } | null = words ? localeZone(body, words) : null;

  const numeric = hit ? null : NUMERIC_ZONE.exec(body);
  if (numeric) {
    const minutes = numericOffset(numeric);
    if (minutes !== null) hit = { written: numeric[0], ref: fixed(minutes) };
  }
  if (!hit) {
    const word = WORD_ZONE.exec(body);
    if (word) {
      const ref = WORDS.get(word[0].toLowerCase().replace(/\s+/g, ' '));
      if (ref) hit = { written: word[0], ref };
    }
  }
  if (!hit) {
    const abbreviation = ABBREVIATION_ZONE.exec(body);
    if (abbreviation) {
      const written = abbreviation[0];
      const key = written.replace(/\./g, '');
      const ref = ABBREVIATIONS.get(key);
      if (ref && key !== 'Z') hit = { written, ref };
      else if (!ref && written === key && looksLikeZone(key)) {
        hit = { written, ref: null };
      }
    }
  }
  if (!hit) return null;
  const glued = skip === 0 && from > 0 && WORD_CHAR.test(text[from - 1] ?? '') && LETTER_FIRST.test(hit.written);
  if (glued) {
    // `4:24PMEDT`: a zone glued to a letter or digit before it is a different word.
    return null;
  }
  const start = from + skip;
  let end = start + hit.written.length;
  if (paren) {
    if (text[end] !== ')') return null;
    end += 1;
  }
  return { start, end, written: hit.written, ref: hit.ref };
}

/**
 * Zone words of one language (`MEZ`, `hora de Brasília`, `мск`): a pattern matching any of them at
 * the start of a text, and their resolution by lower-cased text with single spaces.
 */
export interface LocaleZones {
  pattern: RegExp;
  refs: ReadonlyMap<string, ZoneRef>;
}

/** Builds {@link LocaleZones} from a table of written zone words; longer words are tried first. */
export function localeZones(table: Readonly<Record<string, ZoneRef>>): LocaleZones {
  const words = Object.keys(table).sort((a, b) => b.length - a.length);
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const refs = new Map(Object.entries(table).map(([word, ref]) => [word.toLowerCase(), ref]));
  return { pattern: new RegExp(`^(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu'), refs };
}

function localeZone(body: string, zones: LocaleZones): { written: string; ref: ZoneRef } | null {
  const match = zones.pattern.exec(body);
  if (!match) return null;
  const ref = zones.refs.get(match[0].toLowerCase().replace(/\s+/g, ' '));
  return ref ? { written: match[0], ref } : null;
}

export { fixed as fixedZone, iana as ianaZone };

/**
 * Zone abbreviations of other languages that a stamp in any of them may carry (a Portuguese
 * line may say `BRT`, a French one `MEZ`): every non-English locale reads them, besides its own
 * zone words. Not in {@link ABBREVIATIONS}, so English results do not change.
 */
export const FOREIGN_ABBREVIATIONS: Readonly<Record<string, ZoneRef>> = {
  MEZ: fixed(60),
  MESZ: fixed(120),
  WEZ: fixed(0),
  WESZ: fixed(60),
  OEZ: fixed(120),
  OESZ: fixed(180),
  BRT: fixed(-180),
  BRST: fixed(-120),
  ART: fixed(-180),
  CLT: fixed(-240),
  COT: fixed(-300),
  TRT: fixed(180),
};

/** All-capitals words ending in `T` that are not zones (`SAT` is Saturday). */
const NOT_ZONES = new Set(
  'AT IT SAT LAST PAST NEXT JUST MOST POST BUT NOT OUT GOT GET SET LET PUT YET EDIT SENT'.split(' '),
);

/** The words of {@link WORD_ZONE}, lower-cased. */
const ZONE_NAME_WORDS = new Set('eastern central mountain pacific standard daylight time moscow greenwich mean british summer'.split(' '));

/**
 * True when `word` (a whole run of letters, as written) can be a zone {@link readZone} reads, or
 * a word of one: an abbreviation of the table or one that looks like a zone (`EDT`, `GMT`, `HKT`),
 * a letter of a dotted one (`E` of `E.T.`), a word of a zone written in words (`Eastern`, `time`).
 * A zone is always a whole run of letters: it starts after a space or a bracket and nothing
 * alphanumeric follows it. Locale zone words (`MEZ`, `hora de Brasília`) are the locale's own.
 */
export function isZoneWord(word: string): boolean {
  if (/^[A-Z]{1,5}$/.test(word) && (word.length === 1 || ABBREVIATIONS.has(word) || looksLikeZone(word))) return true;
  return ZONE_NAME_WORDS.has(word.toLowerCase());
}

function looksLikeZone(word: string): boolean {
  return word.length >= 2 && word.length <= 5 && word.endsWith('T') && !NOT_ZONES.has(word);
}

function numericOffset(match: RegExpExecArray): number | null {
  const sign = match[1] ?? match[4];
  const hours = Number(match[2] ?? match[5]);
  const minutes = Number(match[3] ?? match[6] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  const total = hours * 60 + minutes;
  return sign === '+' ? total : -total;
}

const OPTION_OFFSET = /^(?:(?:GMT|UTC)\s?)?([+\-\u2212])(\d{1,2})(?::?(\d{2}))?$/i;

/** Parses an offset written as an option value: `+03:00`, `+0300`, `-5`, `UTC+3`. */
export function parseOffset(value: string): number | null {
  const match = OPTION_OFFSET.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  const total = hours * 60 + minutes;
  return match[1] === '+' ? total : -total;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A cached formatter for an IANA zone, or null when the runtime does not know the zone. */
function formatterFor(name: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(name);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
    } catch {
      formatter = null;
    }
    formatters.set(name, formatter);
  }
  return formatter;
}

const LONG_OFFSET = /^(?:GMT|UTC)(?:([+\-\u2212])(\d{1,2})(?::(\d{2}))?(?::\d{2})?)?$/;

/** Offset in minutes of an IANA zone at an instant (ms since the epoch). */
function offsetAtInstant(formatter: Intl.DateTimeFormat, instant: number): number | null {
  const part = formatter.formatToParts(instant).find((p) => p.type === 'timeZoneName');
  const match = part ? LONG_OFFSET.exec(part.value) : null;
  if (!match) return null;
  if (!match[1]) return 0;
  const total = Number(match[2]) * 60 + Number(match[3] ?? '0');
  return match[1] === '+' ? total : -total;
}

const DAY_MS = 86_400_000;

/**
 * UTC offset in minutes of `zone` at the wall time `wall`, or null when the zone is unknown.
 *
 * The wall time is first read as if it were UTC; the offsets in force a day before and a day
 * after are the candidates, and a candidate is right when the instant it gives shows that same
 * offset. When both are right (the repeated hour after a change back), the earlier instant wins;
 * when neither is (the hour skipped by a change forward), the offset before the change is used.
 * This is Temporal's `disambiguation: 'compatible'`.
 */
export function offsetMinutes(zone: ZoneRef, wall: WallTime): number | null {
  if (zone.kind === 'fixed') return zone.minutes;
  const formatter = formatterFor(zone.name);
  if (!formatter) return null;
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  if (!Number.isFinite(asUtc)) return null;
  const before = offsetAtInstant(formatter, asUtc - DAY_MS);
  const after = offsetAtInstant(formatter, asUtc + DAY_MS);
  if (before === null || after === null) return null;
  if (before === after) {
    // No change near this date: one re-check covers a change further than a day away.
    const actual = offsetAtInstant(formatter, asUtc - before * 60_000);
    return actual ?? before;
  }
  if (offsetAtInstant(formatter, asUtc - before * 60_000) === before) return before;
  if (offsetAtInstant(formatter, asUtc - after * 60_000) === after) return after;
  return before;
}

/** `+03:00`, `-04:00`, or `Z` for a zero offset. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Resolves a `--tz` value: a numeric offset (`+03:00`, `+0300`, `UTC+3`) or an IANA zone name
 * the runtime knows (`Europe/Moscow`, `UTC`). Null when it is neither.
 */
export function resolveZoneOption(tz: string): ZoneRef | null {
  const minutes = parseOffset(tz);
  if (minutes !== null) return fixed(minutes);
  const name = tz.trim();
  if (name === '' || !formatterFor(name)) return null;
  return iana(name);
}

/** True when `tz` is usable as the `tz` option: an IANA zone name or a numeric UTC offset. */
export function isValidTimeZone(tz: string): boolean {
  return typeof tz === 'string' && resolveZoneOption(tz) !== null;
}
