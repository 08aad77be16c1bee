/**
 * chrono parsers shared by the languages built from a vocabulary: dates with a month name
 * (`14. Mai 2019`, `14 de maio de 2019`, `14.mai.2019`, `1er févr. 19`), year-first numeric dates
 * (`2019-05-14`, `2019/05/14`), dates with 年月日, and times (`16:24`, `16h24`, `20H06`, `16h`,
 * `16.24 Uhr`, `16 Uhr`, `16時24分`, `午後4時`). Numeric day-first dates come from
 * `numeric-date.ts`. Each parser checks the characters around its match itself, on the whole
 * text: chrono runs patterns on a suffix of the text, where a look-behind sees nothing.
 */
import type { Parser } from 'chrono-node';
import type { StampVocabulary } from './vocabulary.js';
import { expandYear } from './numeric-date.js';
import { alternation, isUnspaced, wordKey } from './words.js';

type ExtractContext = Parameters<Parser['extract']>[0];

let letterOrDigit: RegExp | null = null;
const LETTER_OR_DIGIT = (): RegExp => (letterOrDigit ??= new RegExp('[\\p{L}\\p{N}]', 'u'));
const DIGIT = /\d/;

/** True when the match is not glued to a word or number before it (CJK letters may touch it). */
function freeBefore(text: string, index: number, allowDigitT = false): boolean {
  const before = index > 0 ? (text[index - 1] ?? '') : '';
  if (before === '' || !LETTER_OR_DIGIT().test(before)) return true;
  if (isUnspaced(before)) return true;
  // `2019-05-14T16:24`: the `T` of an ISO stamp.
  return allowDigitT && before === 'T' && DIGIT.test(text[index - 2] ?? '');
}

function freeAfter(text: string, end: number): boolean {
  const after = text[end] ?? '';
  return after === '' || !LETTER_OR_DIGIT().test(after) || isUnspaced(after);
}

/** `[weekday, ]day[.|er|º] [de] month[.] [[de|,] year|'yy|.yy] [г.|года|r.]` */
export function monthNameParser(vocabulary: StampVocabulary): Parser {
  const months = alternation(Object.keys(vocabulary.months));
  const weekdays = alternation(Object.keys(vocabulary.weekdays));
  const dateWords = alternation(vocabulary.dateWords ?? []);
  const yearSuffix = alternation(vocabulary.yearSuffixes ?? []);
  const pattern = new RegExp(
    `(?:(${weekdays})\\.?,?\\s+)?` +
      `(\\d{1,2})(?:\\.|er|ᵉʳ|º|°|-?го)?` +
      `(?:\\s*(?:${dateWords})\\s+|[\\s./-]*)` +
      `(${months})` +
      `(?:\\.?(?:\\s*,?\\s*(?:${dateWords})\\s+|[\\s./,-]+)(\\d{4})|\\.?(?:[./-]|\\s')(\\d{2})(?!\\d)|\\.)?` +
      `(?:\\s*(?:${yearSuffix})\\.?(?![\\p{L}]))?`,
    'iu',
  );
  return {
    pattern: () => pattern,
    extract(context: ExtractContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      let text = match[0];
      if (!freeBefore(context.text, index)) return null;
      // A suffix glued to a following word is not ours: give back what follows the month or year.
      if (!freeAfter(context.text, index + text.length)) {
        if (text.endsWith('.') && !freeAfter(context.text, index + text.length - 1)) return null;
        if (!text.endsWith('.')) return null;
      }
      const month = vocabulary.months[wordKey(match[3] ?? '')];
      const day = Number(match[2]);
      if (month === undefined || day < 1 || day > 31) return null;
      const components: Record<string, number> = { day, month };
      const yearText = match[4] ?? match[5];
      if (yearText) components.year = expandYear(Number(yearText), yearText.length);
      const weekdayWord = match[1];
      if (weekdayWord) {
        const weekday = vocabulary.weekdays[wordKey(weekdayWord)];
        if (weekday !== undefined) components.weekday = weekday;
      }
      text = text.replace(/[\s,]+$/, '');
      const result = context.createParsingResult(index, text, components);
      if (!yearText) result.start.imply('year', context.reference.instant.getUTCFullYear());
      return result;
    },
  };
}

/**
 * `[weekday, ]month day, year`: the month first, as an English-language site theme prints a
 * month of the language (`Oktober 27, 2015` on an Indonesian blog). Only with the year, and only
 * for languages whose vocabulary says `monthFirst`.
 */
export function monthFirstParser(vocabulary: StampVocabulary): Parser {
  const months = alternation(Object.keys(vocabulary.months));
  const weekdays = alternation(Object.keys(vocabulary.weekdays));
  const pattern = new RegExp(`(?:(${weekdays}),?\\s+)?(${months})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'iu');
  return {
    pattern: () => pattern,
    extract(context: ExtractContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      if (!freeBefore(context.text, index)) return null;
      const month = vocabulary.months[wordKey(match[2] ?? '')];
      const day = Number(match[3]);
      if (month === undefined || day < 1 || day > 31) return null;
      const components: Record<string, number> = { day, month, year: Number(match[4]) };
      const weekday = match[1] ? vocabulary.weekdays[wordKey(match[1])] : undefined;
      if (weekday !== undefined) components.weekday = weekday;
      return context.createParsingResult(index, match[0], components);
    },
  };
}

/**
 * `year. month day.`: the year first, with its dot, then the month's name and the day, as Hungarian
 * writes dates (`2026. szeptember 29.`, `2026. jún. 15.`, `2013. június 24-én`). Only for languages
 * whose vocabulary says `yearFirstMonths`.
 */
export function yearMonthNameParser(vocabulary: StampVocabulary): Parser {
  const months = alternation(Object.keys(vocabulary.months));
  const pattern = new RegExp(`(\\d{4})\\.\\s*(${months})\\.?\\s*(\\d{1,2})(?:\\.|-j?[áé]n)?(?!\\d)`, 'iu');
  return {
    pattern: () => pattern,
    extract(context: ExtractContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      if (!freeBefore(context.text, index) || !freeAfter(context.text, index + match[0].length)) return null;
      const month = vocabulary.months[wordKey(match[2] ?? '')];
      const day = Number(match[3]);
      if (month === undefined || day < 1 || day > 31) return null;
      return context.createParsingResult(index, match[0], { day, month, year: Number(match[1]) });
    },
  };
}

const YEAR_FIRST = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;

/** `2019-05-14`, `2019/05/14`, `2019.05.14`. */
export function yearFirstParser(): Parser {
  return {
    pattern: () => YEAR_FIRST,
    extract(context: ExtractContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      if (!freeBefore(context.text, index) || DIGIT.test(context.text[index - 1] ?? '')) return null;
      const month = Number(match[3]);
      const day = Number(match[4]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      return context.createParsingResult(index, match[0], { year: Number(match[1]), month, day });
    },
  };
}

const CJK_DATE = /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]?/;

/** `2019年5月14日`, `2019년 5월 14일`, `5月14日`. */
export function cjkDateParser(): Parser {
  return {
    pattern: () => CJK_DATE,
    extract(context: ExtractContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      if (DIGIT.test(context.text[index - 1] ?? '')) return null;
      const month = Number(match[2]);
      const day = Number(match[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      const components: Record<string, number> = { month, day };
      if (match[1]) components.year = Number(match[1]);
      const result = context.createParsingResult(index, match[0], components);
      if (!match[1]) result.start.imply('year', context.reference.instant.getUTCFullYear());
      return result;
    },
  };
}

function timeResult(
  context: ExtractContext,
  index: number,
  text: string,
  hour: number,
  minute: number,
  second: number | null,
): ReturnType<ExtractContext['createParsingResult']> | null {
  if (hour > 23 || minute > 59 || (second !== null && second > 59)) return null;
  const components: Record<string, number> = { hour, minute };
  if (second !== null) components.second = second;
  return context.createParsingResult(index, text, components);
}

/**
 * `16:24`, `16:24:05`, `15:35:53.55`, with a clock word after it (`16:24 Uhr`, `16:24 ч.`), or a
 * 12-hour mark where the language writes one (`06:28 p. m.` is 18:28, `12:05 a. m.` is 00:05).
 */
export function colonTimeParser(vocabulary: StampVocabulary): Parser {
  const suffix = alternation(vocabulary.timeSuffixes ?? []);
  const am = vocabulary.meridiem?.am ?? [];
  const pm = vocabulary.meridiem?.pm ?? [];
  const meridiem = am.length + pm.length > 0 ? `(?:\\s?(${alternation([...am, ...pm])})(?![\\p{L}]))?` : '()';
  const amBefore = vocabulary.meridiemBefore?.am ?? [];
  const pmBefore = vocabulary.meridiemBefore?.pm ?? [];
  const before = amBefore.length + pmBefore.length > 0 ? `(?:(${alternation([...amBefore, ...pmBefore])})\\s?)?` : '()';
  const pmWords = new Set([...pm, ...pmBefore].map((word) => word.replace(/\s+/g, '').toLowerCase()));
  const pattern = new RegExp(
    `${before}(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?${meridiem}(?:\\s?(?:${suffix})\\.?(?![\\p{L}]))?`,
    'iu',
  );
  return {
    pattern: () => pattern,
    extract(context: ExtractContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      const text = match[0];
      if (!freeBefore(context.text, index, true)) return null;
      if (DIGIT.test(context.text[index + text.length] ?? '') || context.text[index + text.length] === ':') return null;
      const second = match[4] === undefined ? null : Number(match[4]);
      let hour = Number(match[2]);
      const mark = match[1] || match[5];
      if (mark) {
        if (hour < 1 || hour > 12) return null;
        const afternoon = pmWords.has(mark.replace(/\s+/g, '').toLowerCase());
        hour = (hour % 12) + (afternoon ? 12 : 0);
      }
      return timeResult(context, index, text, hour, Number(match[3]), second);
    },
  };
}

const H_TIME = /(\d{1,2})\s?[hH](?:\s?(\d{2}))?(?:min)?/;

/** French and Portuguese hours: `16h24`, `20H06`, `16h`, `16 h 24`. */
export function hourLetterTimeParser(): Parser {
  return {
    pattern: () => H_TIME,
    extract(context: ExtractContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      const text = match[0];
      if (!freeBefore(context.text, index) || !freeAfter(context.text, index + text.length)) return null;
      return timeResult(context, index, text, Number(match[1]), Number(match[2] ?? '0'), null);
    },
  };
}

/** A time that needs its clock word: `16.24 Uhr`, `16 Uhr`, `16.24 ч.`. */
export function clockWordTimeParser(vocabulary: StampVocabulary): Parser | null {
  const words = vocabulary.timeSuffixes ?? [];
  if (words.length === 0) return null;
  const pattern = new RegExp(`(\\d{1,2})(?:[.:](\\d{2}))?\\s?(?:${alternation(words)})\\.?(?![\\p{L}])`, 'iu');
  return {
    pattern: () => pattern,
    extract(context: ExtractContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      const before = context.text[index - 1] ?? '';
      if (!freeBefore(context.text, index) || before === '.' || before === ':') return null;
      return timeResult(context, index, match[0], Number(match[1]), Number(match[2] ?? '0'), null);
    },
  };
}

const CJK_TIME = /(午前|午後|上午|下午|晚上|早上|오전|오후)?\s*(\d{1,2})\s*[時时点點시]\s*(?:(\d{1,2})\s*[分분])?\s*(?:(\d{1,2})\s*[秒초])?/;
const AFTERNOON = new Set(['午後', '下午', '晚上', '오후']);

/** `16時24分`, `午後4時`, `下午4点24分`, `오후 4시 24분`. */
export function cjkTimeParser(): Parser {
  return {
    pattern: () => CJK_TIME,
    extract(context: ExtractContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      if (DIGIT.test(context.text[index - 1] ?? '')) return null;
      let hour = Number(match[2]);
      if (match[1] && AFTERNOON.has(match[1]) && hour < 12) hour += 12;
      const second = match[4] === undefined ? null : Number(match[4]);
      return timeResult(context, index, match[0].trimEnd(), hour, Number(match[3] ?? '0'), second);
    },
  };
}
