/**
 * Duplicated headlines: header-zone lines that repeat the title, exactly, several times on
 * one line, in other case, spacing or punctuation, or glued to the front of the lead
 * paragraph. Matching works on a folded key (letters and digits only, lower case, no marks),
 * mapped back to positions in the original line so the rest of the line is kept as written.
 */
import { lazyPattern } from './openers.js';

const MARKS = lazyPattern(() => /\p{M}/gu);
const LETTER_OR_DIGIT = lazyPattern(() => /[\p{L}\p{N}]/u);

/**
 * Folds text to its comparison key, keeping for each key character its index in `text`. With a
 * `limit`, stops once the key is that long or longer: the key is folded character by character,
 * left to right, so it is then the whole key's start.
 */
function fold(text: string, limit = Infinity): { key: string; at: number[] } {
  let key = '';
  const at: number[] = [];
  let index = 0;
  for (const ch of text) {
    if (key.length >= limit) break;
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      // ASCII, the common case: no decomposition to do.
      if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) {
        key += ch;
        at.push(index);
      } else if (code >= 0x41 && code <= 0x5a) {
        key += String.fromCharCode(code + 0x20);
        at.push(index);
      }
      index += 1;
      continue;
    }
    const base = ch.normalize('NFKD').replace(MARKS(), '').toLowerCase();
    for (const c of base) {
      if (LETTER_OR_DIGIT().test(c)) {
        key += c;
        at.push(index);
      }
    }
    index += ch.length;
  }
  return { key, at };
}

const ASCII_ONLY = /^[\u0000-\u007F]*$/;
const NOT_KEY_ASCII = /[^a-z0-9]+/g;

/**
 * `fold(text).key` without the positions: for ASCII text, which {@link fold} lowers and strips to
 * `[a-z0-9]` unit by unit, the same string from two native passes instead of one string per unit.
 */
function keyOf(text: string): string {
  return ASCII_ONLY.test(text) ? text.toLowerCase().replace(NOT_KEY_ASCII, '') : fold(text).key;
}

/**
 * Whether `fold(line).key` starts with `titleKey`, folding no more of the line than it needs.
 * While the line is ASCII its units are folded one by one against the key (lower case, only
 * `[a-z0-9]` kept, as {@link fold} does), so most lines, which are no headline, are answered at
 * their first letter or digit, with no string made; from the first unit beyond ASCII, the line's
 * key is folded up to the title key's length.
 */
export function startsWithKey(line: string, titleKey: string): boolean {
  let k = 0;
  for (let i = 0; i < line.length && k < titleKey.length; i++) {
    let unit = line.charCodeAt(i);
    if (unit >= 0x80) return fold(line, titleKey.length).key.startsWith(titleKey);
    if (unit >= 0x41 && unit <= 0x5a) unit += 0x20;
    else if (!((unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a))) continue;
    if (unit !== titleKey.charCodeAt(k)) return false;
    k++;
  }
  return k === titleKey.length;
}

export type HeadlineMatch =
  /** The line is nothing but the headline, once or repeated. */
  | { kind: 'duplicate'; times: number }
  /** The line starts with the headline (maybe repeated), then other text: `rest`. */
  | { kind: 'prefix'; prefix: string; rest: string }
  | { kind: 'none' };

/** Compares one line with the title. `titleKey` comes from {@link headlineKey}. */
export function matchHeadline(line: string, titleKey: string): HeadlineMatch {
  if (titleKey.length < 8) return { kind: 'none' };
  // Most lines do not start with the headline: their key's start tells, without folding the rest.
  if (!startsWithKey(line, titleKey)) return { kind: 'none' };
  const { key, at } = fold(line);
  let consumed = 0;
  let times = 0;
  while (key.startsWith(titleKey, consumed)) {
    consumed += titleKey.length;
    times++;
  }
  if (times === 0) return { kind: 'none' };
  if (consumed === key.length) return { kind: 'duplicate', times };
  // Glued to the lead: the headline must end on a word boundary in the original text
  // (`President'I assume`, `President. I assume`, `PresidentThe`), not inside a word.
  const end = at[consumed - 1]! + 1;
  const next = line.slice(end, end + 1);
  const previous = line.slice(end - 1, end);
  const boundary =
    !/[\p{L}\p{N}]/u.test(next) || (/\p{Ll}/u.test(previous) && /\p{Lu}/u.test(next));
  if (!boundary) return { kind: 'none' };
  // Keep trailing punctuation that belongs to the headline (closing quote, full stop, colon).
  let cut = end;
  // A quote closes the headline only when white space follows (`"No deal" The talks`);
  // otherwise it opens the lead (`President'I assume`) and stays.
  while (cut < line.length) {
    const ch = line[cut]!;
    if (/[\s.:;,!?|—–-]/u.test(ch)) cut++;
    else if (/["'’”»)\]]/u.test(ch) && (cut + 1 === line.length || /\s/u.test(line[cut + 1]!))) cut++;
    else break;
  }
  const rest = line.slice(cut);
  if (rest.length === 0) return { kind: 'duplicate', times };
  return { kind: 'prefix', prefix: line.slice(0, cut).trimEnd(), rest };
}

export function headlineKey(title: string): string {
  return keyOf(title);
}

/**
 * A headline printed twice on its own line (`Talks begin Talks begin`, or `Talks begin TALKS
 * BEGIN`): the first copy as written, and the repeat, or null when the line is not a repeat.
 */
export function splitRepeatedHeadline(line: string): { title: string; repeat: string } | null {
  // Two headlines are at most ~500 characters; longer lines are prose (and would cost n² here).
  if (line.length > 520) return null;
  const key = keyOf(line);
  if (key.length < 16 || key.length % 2 !== 0 || key.slice(0, key.length / 2) !== key.slice(key.length / 2)) return null;
  for (let space = line.indexOf(' '); space !== -1; space = line.indexOf(' ', space + 1)) {
    const title = line.slice(0, space).trimEnd();
    const repeat = line.slice(space + 1).trimStart();
    if (keyOf(title) === keyOf(repeat)) return { title, repeat };
  }
  return null;
}
