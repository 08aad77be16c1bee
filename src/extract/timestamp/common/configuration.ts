/**
 * Builds a {@link StampLocale} from a {@link StampVocabulary}: the chrono configuration (shared
 * parsers fed with the language's words), the quick pre-check, labels, the stamp-only test and
 * relative stamps. Everything is built on first use, so a language costs nothing until a line
 * passes its pre-check: a language module gives its vocabulary as a function
 * (`defineLocale(() => ({ … }))`), which runs only then, and what the pre-checks, the label test
 * and the byline gate ask of every language on every story is read from the generated
 * `locales/catalog.ts` (the {@link CatalogEntry} of each language) instead.
 */
import { Chrono, type ParsedResult, type Parser } from 'chrono-node';
import type { RelativeHit, StampLabel, StampLocale } from '../locale.js';
import { numericDateParser } from './numeric-date.js';
import {
  clockWordTimeParser,
  cjkDateParser,
  cjkTimeParser,
  colonTimeParser,
  hourLetterTimeParser,
  monthFirstParser,
  monthNameParser,
  yearFirstParser,
  yearMonthNameParser,
} from './parsers.js';
import type { StampVocabulary } from './vocabulary.js';
import { weekdayCheckRefiner } from './weekday.js';
import { yearCompletionRefiner } from './year.js';
import { alternation, coveredBy, wordKey } from './words.js';
import { FOREIGN_ABBREVIATIONS, isZoneWord, localeZones, type LocaleZones } from './zones.js';

/** Letters-only words, for the pre-check (patterns with `\p{…}` cost a compilation: built on first use). */
let letterRuns: RegExp | null = null;
const LETTER_RUNS = (): RegExp => (letterRuns ??= new RegExp('[^\\p{L}]+', 'u'));
/**
 * The letter runs of the last line looked at, as written and lower-cased: every language's
 * pre-check reads the same line in turn, so it is split and lower-cased once, not once per language.
 */
let lastRuns: { line: string; words: string[]; lower: string[] } | null = null;
function letterRunsOf(line: string): { words: string[]; lower: string[] } {
  if (lastRuns?.line !== line) {
    const words = line.split(LETTER_RUNS()).filter((word) => word !== '');
    lastRuns = { line, words, lower: words.map((word) => word.toLowerCase()) };
  }
  return lastRuns;
}
/**
 * Every language's stamp labels that `hasLabel` looks for (lower-cased, as substrings), with the
 * bit of the language (as in {@link defined}); and one pattern matching any of them, built on
 * first use. Most lines hold no label at all: one test of the pattern answers for every language
 * at once, where each language looked for each of its labels in turn (a seventh of the stamp
 * reader's time on the bench corpus).
 */
const labelled: Array<{ label: string; bit: number }> = [];
let anyLabel: RegExp | null = null;
/** The languages with a label in the last line looked at (bits), for the same reason as {@link lastRuns}. */
let lastLabels = { line: '', mask: 0 };
function labelMask(line: string): number {
  if (lastLabels.line !== line) {
    anyLabel ??= new RegExp(labelled.map(({ label }) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)');
    const lower = line.toLowerCase();
    let mask = 0;
    if (anyLabel.test(lower)) for (const { label, bit } of labelled) if ((mask & bit) === 0 && lower.includes(label)) mask |= bit;
    lastLabels = { line, mask };
  }
  return lastLabels.mask;
}
/**
 * Every language built here, in the order of definition: bit i of the masks below is the i-th.
 * The pre-checks of all of them look at the same lines in turn (every header line with a digit
 * that English does not claim), so each line's words are looked up once for all of them.
 */
const defined: Array<{ code: string; words: () => Words; cjk: boolean; known: string }> = [];
/** For a lower-cased word, the languages whose pre-check vocabulary knows it (bits), kept across lines. */
const knownBy = new Map<string, number>();
/** {@link knownBy} starts again past this many words, so a long batch cannot grow it without end. */
const KNOWN_BY_LIMIT = 20_000;

/**
 * Every language's pre-check words from the catalog (word → bits), and the languages written
 * without spaces with their word sets (a run of their script is known when their words cover
 * it): built on the first word looked up, from the catalog, without building any language.
 */
let catalogWords: { exact: Map<string, number>; unspaced: Array<{ bit: number; known: ReadonlySet<string>; longest: number }> } | null = null;
function catalogWordsOf(): NonNullable<typeof catalogWords> {
  if (catalogWords) return catalogWords;
  const exact = new Map<string, number>();
  const unspaced: Array<{ bit: number; known: ReadonlySet<string>; longest: number }> = [];
  for (let i = 0; i < defined.length; i++) {
    const { known, cjk } = defined[i]!;
    const bit = 1 << i;
    const list = known.split(' ');
    for (const word of list) exact.set(word, (exact.get(word) ?? 0) | bit);
    if (cjk) unspaced.push({ bit, known: new Set(list), longest: Math.max(...list.map((word) => word.length)) });
  }
  return (catalogWords = { exact, unspaced });
}

function knownMask(lower: string): number {
  let mask = knownBy.get(lower);
  if (mask === undefined) {
    const { exact, unspaced } = catalogWordsOf();
    mask = exact.get(lower) ?? 0;
    for (const { bit, known, longest } of unspaced) if ((mask & bit) === 0 && coveredBy(lower, known, longest)) mask |= bit;
    if (knownBy.size >= KNOWN_BY_LIMIT) knownBy.clear();
    knownBy.set(lower, mask);
  }
  return mask;
}

function isKnownTo(word: string, set: ReadonlySet<string>, longest: number, cjk: boolean): boolean {
  return set.has(word) || (cjk && coveredBy(word, set, longest));
}

/**
 * Every language's pre-check on the last line looked at: `fits`, the languages for which at
 * most one word is neither known nor {@link SHORT_CAPITALS}; `own`, those of them that know a
 * word the default language's stamps do not use.
 */
let lastLook: { line: string; isDefaultWord: (word: string) => boolean; fits: number; own: number } | null = null;
function lookAt(line: string, isDefaultWord: (word: string) => boolean): { fits: number; own: number } {
  if (lastLook?.line === line && lastLook.isDefaultWord === isDefaultWord) return lastLook;
  const all = 2 ** defined.length - 1;
  const { words, lower } = letterRunsOf(line);
  let once = 0;
  let twice = 0;
  let own = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const known = knownMask(lower[i]!);
    if (known !== 0 && !isDefaultWord(word)) own |= known;
    const unknown = all & ~known;
    if (unknown === 0 || SHORT_CAPITALS.test(word)) continue;
    twice |= once & unknown;
    once |= unknown;
    // Every language has met two words it does not know: none fits, whatever the other words are.
    if (twice === all) break;
  }
  const fits = all & ~twice;
  lastLook = { line, isDefaultWord, fits, own: own & fits };
  return lastLook;
}
const NO_DEFAULT_WORDS = (): boolean => false;

/**
 * One language's pre-check worked out for that language alone, word by word, as it was before
 * {@link lookAt}: test/extract/timestamp-precheck.test.ts checks that both say the same.
 */
export function preCheckAlone(code: string, line: string, hinted = false, isDefaultWord: (word: string) => boolean = NO_DEFAULT_WORDS): boolean {
  const language = defined.find((candidate) => candidate.code === code);
  if (!language) throw new Error(`Unknown stamp language \`${code}\``);
  const { known, longest } = language.words();
  const { words, lower } = letterRunsOf(line);
  let unknown = 0;
  let own = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isKnownTo(lower[i]!, known, longest, language.cjk)) {
      own ||= !isDefaultWord(word);
      continue;
    }
    if (SHORT_CAPITALS.test(word)) continue;
    if (++unknown > 1) return false;
  }
  return own || hinted;
}

/** Words and numbers, for the stamp-only test (everything else is a separator). */
let tokens: RegExp | null = null;
const TOKENS = (): RegExp => (tokens ??= new RegExp('[^\\p{L}\\p{N}]+', 'u'));
/** Short capitals (`MSK`, `BRT`): zone abbreviations, as the English pre-check allows them. */
const SHORT_CAPITALS = /^[A-Z]{2,5}$/;
/** Written with 年月日 and clock marks; allowed in every stamp line of a CJK language. */
const CJK_MARKS = ['年', '月', '日', '時', '时', '分', '秒', '点', '點', '号', '號', '午前', '午後', '上午', '下午', '晚上', '早上'];

/** What may stand between a time and the date after it (`00:49 - 09 Aralık 2022`). */
const TIME_BEFORE_DATE = /^\s*(?:[-–—|,/]\s*)?$/;
const NEVER = /^(?!)/;

/** Labels also written in English text, which must not send English lines to other languages. */
const ENGLISH_WORDS = new Set(['update']);
const NON_LATIN = /[^\u0000-\u024f]/;
const ASCII_LETTERS = /^[A-Za-z]+$/;

/** The word sets of a language: all the pre-check and the stamp-only test need. */
interface Words {
  /** Words a stamp line may hold besides the stamps (labels, clock words, weekdays, …). */
  allowed: ReadonlySet<string>;
  /** `allowed` plus month names: the pre-check's vocabulary. */
  known: ReadonlySet<string>;
  longest: number;
  /**
   * The runs of ASCII letters of {@link known}'s words, and the letters the parsers read beside
   * them (`er` of `1er`, the `h` and `min` of `16h24min`): every run of ASCII letters of a stamp
   * line of the language is made of them, glued or not (`1ermai`), or is a zone.
   */
  letters: ReadonlySet<string>;
  longestLetters: number;
}

/** The compiled parts, built only when a line passes the pre-check. */
interface Engine {
  chrono: Chrono;
  label: RegExp;
  updatedLabels: ReadonlySet<string>;
  relative: RegExp | null;
}

function words(phrases: readonly string[]): string[] {
  return phrases.flatMap((phrase) => phrase.toLowerCase().split(TOKENS())).filter((word) => word !== '');
}

function buildWords(vocabulary: StampVocabulary): Words {
  const relative = vocabulary.relative;
  const allowedWords = [
    ...words(vocabulary.published),
    ...words(vocabulary.updated),
    ...words(vocabulary.clockWords),
    ...words(vocabulary.timeSuffixes ?? []),
    ...words([...(vocabulary.meridiem?.am ?? []), ...(vocabulary.meridiem?.pm ?? [])]),
    ...words([...(vocabulary.meridiemBefore?.am ?? []), ...(vocabulary.meridiemBefore?.pm ?? [])]),
    ...words(vocabulary.dateWords ?? []),
    ...words(vocabulary.yearSuffixes ?? []),
    ...words(vocabulary.fillers ?? []),
    ...words(Object.keys(vocabulary.weekdays)),
    ...words(Object.keys(vocabulary.zones ?? {})),
    ...words(Object.keys(FOREIGN_ABBREVIATIONS)),
    ...words([...(relative?.before ?? []), ...(relative?.after ?? []), ...(relative?.one ?? [])]),
    ...words(Object.keys(relative?.units ?? {})),
    ...(vocabulary.cjk ? CJK_MARKS : []),
    // `T` of ISO stamps, `h` of `16h24`, `Z` of UTC.
    't',
    'h',
    'z',
  ];
  const allowed = new Set(allowedWords);
  const known = new Set([...allowed, ...words(Object.keys(vocabulary.months))]);
  const longest = Math.max(...[...known].map((word) => word.length));
  const letters = new Set(['er', 'h', 'min', ...[...known].flatMap((word) => word.match(/[a-z]+/g) ?? [])]);
  const longestLetters = Math.max(...[...letters].map((word) => word.length));
  return { allowed, known, longest, letters, longestLetters };
}

function buildEngine(vocabulary: StampVocabulary): Engine {
  const labels = [...vocabulary.published, ...vocabulary.updated];
  const tail = alternation([...words(vocabulary.fillers ?? []), ...words(vocabulary.clockWords), ...Object.keys(vocabulary.weekdays)]);
  const label = new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(${alternation(labels)})(?:[^\\p{L}\\p{N}]|(?<![\\p{L}])(?:${tail})(?![\\p{L}]))*$`,
    'iu',
  );
  const parsers: Parser[] = [
    numericDateParser('always-dmy', (before) => label.test(before)),
    yearFirstParser(),
    monthNameParser(vocabulary),
    colonTimeParser(vocabulary),
    hourLetterTimeParser(),
  ];
  if (vocabulary.monthFirst) parsers.push(monthFirstParser(vocabulary));
  if (vocabulary.yearFirstMonths) parsers.push(yearMonthNameParser(vocabulary));
  const clockWord = clockWordTimeParser(vocabulary);
  if (clockWord) parsers.push(clockWord);
  if (vocabulary.cjk) parsers.push(cjkDateParser(), cjkTimeParser());
  const chrono = new Chrono({ parsers, refiners: [yearCompletionRefiner(), weekdayCheckRefiner()] });

  const updatedLabels = new Set(vocabulary.updated.map((phrase) => phrase.toLowerCase()));
  const relative = vocabulary.relative;
  return { chrono, label, updatedLabels, relative: relative ? relativePattern(relative) : null };
}

function relativePattern(relative: NonNullable<StampVocabulary['relative']>): RegExp {
  const amount = `(\\d+|${alternation(relative.one ?? [])})`;
  const units = `(${alternation(Object.keys(relative.units))})\\.?`;
  const parts: string[] = [];
  if (relative.before?.length) parts.push(`(?:${alternation(relative.before)})\\s*${amount}\\s*${units}`);
  if (relative.after?.length) parts.push(`${amount}\\s*${units}\\s*(?:${alternation(relative.after)})`);
  // A unit word that alone means one of it, in named groups (the numbered ones above depend on
  // which of `before` and `after` the language has).
  if (relative.alone?.length) {
    const alone = alternation(relative.alone);
    if (relative.before?.length) parts.push(`(?:${alternation(relative.before)})\\s*(?<aloneAfterWord>${alone})`);
    if (relative.after?.length) parts.push(`(?<aloneBeforeWord>${alone})\\s*(?:${alternation(relative.after)})`);
  }
  return new RegExp(`(?<![\\p{N}])(?:${parts.join('|')})(?![\\p{N}])`, 'giu');
}

/** Removes results that lie inside an earlier, longer one (chrono's overlap removal). */
function withoutOverlaps(results: ParsedResult[]): ParsedResult[] {
  const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: ParsedResult[] = [];
  let end = -1;
  for (const result of sorted) {
    if (result.index < end) continue;
    kept.push(result);
    end = result.index + result.text.length;
  }
  return kept;
}

/**
 * A language's vocabulary, given as a function so that it is built only when the language is
 * first used (`export const german = defineLocale(() => ({ code: 'de', … }))`).
 */
export type LocaleDefinition = () => StampVocabulary;

/** A language module's vocabulary, as a function (see {@link LocaleDefinition}): loading the module builds nothing. */
export function defineLocale(vocabulary: LocaleDefinition): LocaleDefinition {
  return vocabulary;
}

/** The codes of the languages whose vocabulary this process has built, in the order built (for tests). */
export function builtStampLanguages(): string[] {
  return built.slice();
}
const built: string[] = [];

/**
 * What every story asks of a language before it needs the language itself, worked out from its
 * vocabulary by {@link catalogEntry} and written into `locales/catalog.ts` by
 * `test/tools/stamp-catalog.ts` (test/extract/timestamp-catalog.test.ts fails while it is stale).
 */
export interface CatalogEntry {
  /** ISO 639-1 code. */
  code: string;
  /** Other codes the same table reads (`sr`, `bs` for `hr`), or null for none. */
  aliases: readonly string[] | null;
  /** Written without spaces between words (Japanese, Chinese). */
  cjk: boolean;
  /** The pre-check's words (`Words.known`), space-separated, in the order first met. */
  known: string;
  /** The stamp labels `hasLabel` looks for, lower case. */
  labels: readonly string[];
  /** `furniture.byline` and `furniture.bylineAfter`, or null for a language without furniture. */
  furniture: { byline: readonly string[]; bylineAfter: readonly string[] } | null;
  /** True when the language reads relative stamps (`vor 3 Stunden`). */
  relative: boolean;
}

/** The labels `hasLabel` looks for: only labels of some length (`stand` or `datum` alone are common words), or in another script. */
function hasLabelLabels(vocabulary: StampVocabulary): string[] {
  return [...vocabulary.published, ...vocabulary.updated]
    .map((label) => label.toLowerCase())
    .filter((label) => !ENGLISH_WORDS.has(label) && (label.length >= 6 || (NON_LATIN.test(label) && label.length >= 2)));
}

/** The {@link CatalogEntry} of a vocabulary. */
export function catalogEntry(vocabulary: StampVocabulary): CatalogEntry {
  const furniture = vocabulary.furniture;
  return {
    code: vocabulary.code,
    aliases: vocabulary.aliases ? [...vocabulary.aliases] : null,
    cjk: vocabulary.cjk === true,
    known: [...buildWords(vocabulary).known].join(' '),
    labels: hasLabelLabels(vocabulary),
    furniture: furniture ? { byline: [...furniture.byline], bylineAfter: [...(furniture.bylineAfter ?? [])] } : null,
    relative: vocabulary.relative !== undefined,
  };
}

/**
 * The language of `definition`, whose catalog entry is `entry`: the pre-check, the label test,
 * its code and whether it has furniture or relative stamps come from the entry; the vocabulary
 * is built when anything else is first asked (parsing a line, the stamp-only test, labels).
 */
export function stampLocale(entry: CatalogEntry, definition: LocaleDefinition): StampLocale {
  if (defined.length >= 31) throw new Error('Too many stamp languages for the pre-check masks (at most 31)');
  const locale = new ConfiguredLocale(entry, definition, 1 << defined.length);
  defined.push({ code: entry.code, words: () => locale.words(), cjk: entry.cjk, known: entry.known });
  for (const label of entry.labels) labelled.push({ label, bit: locale.bit });
  anyLabel = null;
  catalogWords = null;
  knownBy.clear();
  lastLook = null;
  lastLabels = { line: '', mask: 0 };
  return locale;
}

/** A language built from a vocabulary table (see {@link stampLocale}). */
class ConfiguredLocale implements StampLocale {
  readonly code: string;
  /** Other codes this language is read for: set only for a language that has them (see StampLocale). */
  declare readonly aliases?: readonly string[];
  readonly bit: number;
  readonly timeBeforeDate = TIME_BEFORE_DATE;
  readonly leadingWord = NEVER;
  readonly readsDatesAmongWords = true;
  /** Relative stamps: set only for a language that reads them (see StampLocale). */
  declare relative?: (line: string) => RelativeHit[];
  readonly #entry: CatalogEntry;
  readonly #definition: LocaleDefinition;
  #vocabulary: StampVocabulary | null = null;
  #words: Words | null = null;
  #engine: Engine | null = null;
  #gap: RegExp | null = null;
  #zones: LocaleZones | null = null;
  #furniture: StampLocale['furniture'] | null = null;

  constructor(entry: CatalogEntry, definition: LocaleDefinition, bit: number) {
    this.code = entry.code;
    if (entry.aliases) this.aliases = entry.aliases;
    this.bit = bit;
    this.#entry = entry;
    this.#definition = definition;
    if (entry.relative) this.relative = (line) => this.#relative(line);
  }

  /** The vocabulary, built on first use; its code must be the catalog's. */
  vocabulary(): StampVocabulary {
    if (this.#vocabulary) return this.#vocabulary;
    const vocabulary = this.#definition();
    if (vocabulary.code !== this.code) throw new Error(`The stamp language listed as \`${this.code}\` defines \`${vocabulary.code}\``);
    built.push(this.code);
    return (this.#vocabulary = vocabulary);
  }

  words(): Words {
    return (this.#words ??= buildWords(this.vocabulary()));
  }

  #get(): Engine {
    return (this.#engine ??= buildEngine(this.vocabulary()));
  }

  #relative(line: string): RelativeHit[] {
    const { relative: pattern } = this.#get();
    const units = this.vocabulary().relative?.units ?? {};
    if (!pattern) return [];
    const hits: RelativeHit[] = [];
    for (const match of line.matchAll(pattern)) {
      const alone = match.groups?.aloneAfterWord ?? match.groups?.aloneBeforeWord;
      const amountText = alone === undefined ? (match[1] ?? match[3] ?? '1') : '1';
      const unitText = alone ?? match[2] ?? match[4] ?? '';
      const unit = units[wordKey(unitText)] ?? units[unitText.toLowerCase()];
      if (!unit) continue;
      const amount = /^\d+$/.test(amountText) ? Number(amountText) : 1;
      const start = match.index ?? 0;
      hits.push({ start, end: start + match[0].length, amount, unit });
    }
    return hits;
  }

  mayBeStampLine(line: string, hinted = false, isDefaultWord: (word: string) => boolean = NO_DEFAULT_WORDS): boolean {
    // At most one unknown word, and, unless the story is in this language, at least one word
    // of it that English stamps do not use (`mai`, `Uhr`, the `h` of `16h24`, `年`): a line
    // English did not claim (`WASHINGTON, Oct 19 -`) never costs another language's parsers
    // their compilation. Worked out for every language at once (see lookAt).
    const { fits, own } = lookAt(line, isDefaultWord);
    return (own & this.bit) !== 0 || (hinted && (fits & this.bit) !== 0);
  }

  holdsForeignWord(line: string): boolean {
    // A run of ASCII letters that is no word of the language (nor glued ones) nor a zone stays
    // in the rest of the line with the stamps cut out, which isStampOnly refuses. (A run with
    // other letters is left to the parsers: case folding in their patterns is Unicode's.)
    const { letters, longestLetters } = this.words();
    const { words, lower } = letterRunsOf(line);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (!ASCII_LETTERS.test(word) || isZoneWord(word)) continue;
      if (!letters.has(lower[i]!) && !coveredBy(lower[i]!, letters, longestLetters)) return true;
    }
    return false;
  }

  parse(text: string, reference: { year: number; month: number; day: number }): ParsedResult[] {
    const instant = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
    return withoutOverlaps(this.#get().chrono.parse(text, { instant, timezone: 0 }));
  }

  hasLabel(line: string): boolean {
    return (labelMask(line) & this.bit) !== 0;
  }

  // Patterns are built on first use: a language must cost nothing at start-up.
  get dateTimeGap(): RegExp {
    // A dot may close the date (`2019.10.16. 오전 8:03`, as Korean pages print it).
    return (this.#gap ??= new RegExp(`^\\.?\\s*(?:[/|,·•—–-]\\s*)?(?:(?:${alternation(this.vocabulary().clockWords)})\\.?\\s*)?,?\\s*$|^T$`, 'iu'));
  }

  get zones(): LocaleZones {
    return (this.#zones ??= localeZones({ ...FOREIGN_ABBREVIATIONS, ...this.vocabulary().zones }));
  }

  /** The words printed beside a stamp on a header line, or undefined for a language without them. */
  get furniture(): StampLocale['furniture'] {
    if (this.#entry.furniture === null) return undefined;
    if (this.#furniture) return this.#furniture;
    const vocabulary = this.vocabulary();
    return (this.#furniture = { ...vocabulary.furniture!, stampLabels: [...vocabulary.published, ...vocabulary.updated], cjk: vocabulary.cjk === true });
  }

  labelBefore(before: string): StampLabel | null {
    const { label, updatedLabels } = this.#get();
    const match = label.exec(before);
    if (!match) return null;
    return updatedLabels.has((match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')) ? 'updated' : 'published';
  }

  isStampOnly(line: string, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
    const { allowed, longest } = this.words();
    const cjk = this.#entry.cjk;
    const cut = [...spans, ...this.#relative(line)].sort((a, b) => a.start - b.start);
    let rest = '';
    let at = 0;
    for (const span of cut) {
      if (span.start > at) rest += `${line.slice(at, span.start)} `;
      at = Math.max(at, span.end);
    }
    rest += line.slice(at);
    for (const word of rest.split(TOKENS())) {
      if (word === '') continue;
      if (!isKnownTo(word.toLowerCase(), allowed, longest, cjk)) return false;
    }
    return true;
  }
}
