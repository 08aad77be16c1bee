/**
 * The parsing options and their validators, defined once. The library (`parseArticle`), the
 * command-line flags and the `validate` config file all check values here, so they accept and
 * refuse exactly the same things and say so in the same words.
 *
 * Each validator takes the value and the name the user knows it by (`--tz`, `` `tz` `` in a
 * config file, `options.tz` in the library) and returns null when the value is good, or one
 * sentence naming the option, the bad value and what is accepted.
 */
import { isValidTimeZone, parseReferenceDate } from './extract/timestamp.js';

export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** Largest input read by every command unless `--max-bytes` says otherwise: 64 MiB. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Why an input over the limit is not read: "too large for a story (80.0 MiB; the limit set by --max-bytes is 64.0 MiB); not read". */
export function tooLargeReason(size: number | null, limit: number): string {
  const amount = size === null ? `over ${byteSize(limit)}` : byteSize(size);
  return `too large for a story (${amount}; the limit set by --max-bytes is ${byteSize(limit)}); not read`;
}

/** `12 bytes`, `4.0 KiB`, `64.0 MiB`. */
export function byteSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** A value as shown in a message: strings in backticks, the rest as JSON would write it. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `\`${value.length > 60 ? `${value.slice(0, 57)}...` : value}\``;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object') return `a ${typeof value}`;
  const kind: unknown = Object.getPrototypeOf(value)?.constructor?.name;
  return typeof kind === 'string' && kind !== 'Object' ? `a ${kind}` : 'an object';
}

export function checkTimeZone(value: unknown, name: string): string | null {
  if (typeof value === 'string' && isValidTimeZone(value)) return null;
  return `Unknown time zone ${show(value)} for ${name}, expected an IANA name such as \`Europe/Moscow\` or an offset such as \`+03:00\``;
}

export function checkDateOrder(value: unknown, name: string): string | null {
  if ((DATE_ORDERS as readonly unknown[]).includes(value)) return null;
  return `Unknown date order ${show(value)} for ${name}, expected ${DATE_ORDERS.map((order) => `\`${order}\``).join(' or ')}`;
}

/** A real calendar day written `YYYY-MM-DD`, years 1000 to 9999 (`2019-02-31` is refused). */
export function checkReferenceDate(value: unknown, name: string): string | null {
  if (typeof value === 'string' && parseReferenceDate(value) !== null) return null;
  return `Bad ${name} ${show(value)}, expected a real calendar day as YYYY-MM-DD, such as \`2019-05-14\``;
}

export function checkBoolean(value: unknown, name: string): string | null {
  if (typeof value === 'boolean') return null;
  return `Bad ${name} ${show(value)}, expected true or false`;
}

export function checkFileName(value: unknown, name: string): string | null {
  if (value === null || typeof value === 'string') return null;
  return `Bad ${name} ${show(value)}, expected a string or null`;
}

/**
 * An ISO 639-1 code, two lower-case letters that name a language (`de`, `pt`, `ru`), checked
 * against the language names Node's ICU knows (`Intl.DisplayNames`), so `xx` is refused.
 */
export function checkLanguage(value: unknown, name: string): string | null {
  if (typeof value === 'string' && /^[a-z]{2}$/.test(value)) {
    let known: string | undefined;
    try {
      known = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(value);
    } catch {
      known = undefined;
    }
    if (known !== undefined) return null;
  }
  return `Unknown language ${show(value)} for ${name}, expected an ISO 639-1 code such as \`en\`, \`de\` or \`pt\``;
}

const UNITS: Record<string, number> = { '': 1, k: 1024, kib: 1024, m: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gib: 1024 ** 3 };

/**
 * `--max-bytes`: a whole number of bytes, or with a binary unit (`512k`, `64M`, `1G`; also
 * `KiB`, `MiB`, `GiB`). Returns the number of bytes, or a message.
 */
export function parseByteSize(value: string, name: string): number | string {
  const match = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  const bytes = match && unit !== undefined ? Number(match[1]) * unit : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    return `Bad ${name} ${show(value)}, expected a size in bytes such as \`67108864\`, \`512k\` or \`64M\``;
  }
  return bytes;
}

/** The keys `parseArticle` takes, each with its validator. */
const PARSE_OPTION_CHECKS = {
  tz: checkTimeZone,
  dateOrder: checkDateOrder,
  referenceDate: checkReferenceDate,
  fileName: checkFileName,
  keepBoilerplate: checkBoolean,
  lang: checkLanguage,
} as const;

export type ParseOptionName = keyof typeof PARSE_OPTION_CHECKS;

/**
 * Checks the options object given to `parseArticle`: undefined means defaults; anything but a
 * plain object is refused, as are unknown keys (a typo such as `timezone` would otherwise be
 * silently ignored) and bad values. A key set to `undefined` counts as not given.
 */
export function checkParseOptions(options: unknown): string | null {
  if (options === undefined) return null;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return `Bad options ${show(options)}, expected an object such as { tz: 'Europe/Moscow' } or nothing`;
  }
  for (const key of Object.keys(options)) {
    const value = (options as Record<string, unknown>)[key];
    if (!Object.hasOwn(PARSE_OPTION_CHECKS, key)) {
      const known = Object.keys(PARSE_OPTION_CHECKS).map((name) => `\`${name}\``);
      return `Unknown option \`${key}\`, expected ${known.join(', ')}`;
    }
    if (value === undefined) continue;
    const problem = PARSE_OPTION_CHECKS[key as ParseOptionName](value, `options.${key}`);
    if (problem) return problem;
  }
  return null;
}
