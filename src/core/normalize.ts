/**
 * Normalize stage: line endings to LF, Unicode NFC, no-break and other odd spaces to spaces,
 * invisible characters (zero-width space, word joiner, stray BOM, soft hyphen, control
 * characters) removed, tabs and runs of spaces collapsed, lines trimmed. Quotes, dashes and
 * letters are kept as written. HTML character references (`&#233;`, `&amp;`, `&nbsp;`) left in
 * scraped text are decoded (the `entities` package). Every change is counted.
 *
 * The indentation of each line is measured before trimming: old wire copy marks paragraphs
 * with it, and the segment stage needs it.
 */
import { createRequire } from 'node:module';
import { COLUMN_GAP, type Line } from '../line.js';

/** A character reference: `&#233;`, `&#xE9;`, `&eacute;`. Only with its `;`: `AT&T` is text. */
const REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
const REFERENCE_AT_START = /^(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
/** References to line breaks stay as written: a line never splits in two here. */
const LINE_BREAK_REFERENCE = /^&#(?:0*1[03]|[xX]0*[aAdD]|0*8232|0*8233|[xX]0*202[89]);$/;

/**
 * The `entities` package (its decoding tables are ~40 KB) is loaded only when a line holds a
 * reference, not on every start (the build keeps it out of the bundle).
 */
let decodeReference: ((text: string) => string) | undefined;
function decodeEntity(reference: string): string {
  decodeReference ??= (createRequire(import.meta.url)('entities') as typeof import('entities')).decodeHTMLStrict;
  return decodeReference(reference);
}

/**
 * Decodes the character references of a line, counting them. A doubly escaped one
 * (`&amp;lt;`) is kept as written, so normalizing twice changes nothing.
 */
function decodeReferences(s: string, counts: NormalizeCounts): string {
  REFERENCE.lastIndex = 0;
  return s.replace(REFERENCE, (reference: string, at: number) => {
    if (LINE_BREAK_REFERENCE.test(reference)) return reference;
    const decoded = decodeEntity(reference);
    if (decoded === reference) return reference;
    if (decoded === '&' && REFERENCE_AT_START.test(s.slice(at + reference.length))) return reference;
    counts.entities = (counts.entities ?? 0) + 1;
    return decoded;
  });
}

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

export interface NormalizeCounts {
  crlf: number;
  cr: number;
  nfc: number;
  nbsp: number;
  spaces: number;
  zeroWidth: number;
  softHyphen: number;
  bom: number;
  control: number;
  tabs: number;
  collapsed: number;
  trimmed: number;
  /**
   * Lone surrogates (half of a UTF-16 pair, only possible in a string given to the library)
   * replaced by U+FFFD. Present only when there were some: a file's bytes never hold one.
   */
  surrogates?: number;
  /**
   * HTML character references decoded (`&#233;` → é, `&amp;` → &, `&nbsp;` → a no-break
   * space, then a space). Present only when there were some.
   */
  entities?: number;
}

export interface Normalized {
  lines: Line[];
  lineEnding: LineEnding;
  counts: NormalizeCounts;
}

const NBSP = /[\u00A0\u202F\u2007]/g;
const ODD_SPACES = /[\u1680\u2000-\u2006\u2008-\u200A\u205F\u3000\u000B\u000C]/g;
const ZERO_WIDTH = /[\u200B\u2060]/g;
const STRAY_BOM = /\uFEFF/g;
const SOFT_HYPHEN = /\u00AD/g;
// C0 and C1 controls except tab (handled apart) and line breaks (split on before).
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const TAB = /\t/g;
/** Any character one of the six replacements below changes (NBSP … TAB), looked for once before them. */
const REPLACEABLE = /[\u00A0\u202F\u2007\u1680\u2000-\u2006\u2008-\u200A\u205F\u3000\u000B\u000C\u200B\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F-\u009F\t]/;
const RUN = / {2,}/g;
const NEEDS_NFC = /[^\u0000-\u02FF]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Any half of a surrogate pair: every {@link LONE_SURROGATE} match is one. */
const SURROGATE = /[\uD800-\uDFFF]/;
/** Any character that one of the replacements below, or NFC, may change. */
const NEEDS_WORK = /[^\u0020-\u007E\u00A1-\u00AC\u00AE-\u02FF]/;
/** {@link NEEDS_WORK} over a whole text, whose line breaks no line holds. */
const TEXT_NEEDS_WORK = /[^\n\r\u0020-\u007E\u00A1-\u00AC\u00AE-\u02FF]/;

/**
 * True when no character of the text is one that normalization replaces or removes, or that NFC
 * may change (every control character but the line breaks among them): the decode stage asks
 * it of every text (a text where it holds has no control character to count) and hands the
 * answer on to {@link normalize}, so the whole text is scanned once for both.
 */
export function isPlainText(text: string): boolean {
  return !TEXT_NEEDS_WORK.test(text);
}

/** `plain`, when known, is {@link isPlainText}`(text)`. */
export function normalize(text: string, plain: boolean = isPlainText(text)): Normalized {
  const counts: NormalizeCounts = {
    crlf: 0,
    cr: 0,
    nfc: 0,
    nbsp: 0,
    spaces: 0,
    zeroWidth: 0,
    softHyphen: 0,
    bom: 0,
    control: 0,
    tabs: 0,
    collapsed: 0,
    trimmed: 0,
  };
  // One pass over the line breaks with indexOf: no array of raw lines beside the result and
  // no match object per break (a story of millions of short lines made both by the million).
  const lines: Line[] = [];
  // Looked for once in the whole text rather than in every line: most texts hold nothing to
  // replace (no line then does), and the test per line cost more than the rest of a plain line.
  const nothingToDo = plain && !text.includes('&');
  let lf = 0;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  for (let start = 0; ; ) {
    if (nextLf !== -1 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf('\r', start);
    const end = nextCr === -1 ? nextLf : nextLf === -1 ? nextCr : Math.min(nextLf, nextCr);
    lines.push(normalizeLine(end === -1 ? text.slice(start) : text.slice(start, end), lines.length + 1, counts, nothingToDo));
    if (end === -1) break;
    if (end === nextLf) {
      lf++;
      start = end + 1;
    } else if (text.charCodeAt(end + 1) === 10) {
      counts.crlf++;
      start = end + 2;
    } else {
      counts.cr++;
      start = end + 1;
    }
  }
  const kinds = [lf > 0, counts.crlf > 0, counts.cr > 0].filter(Boolean).length;
  const lineEnding: LineEnding =
    kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : lf > 0 ? 'lf' : counts.crlf > 0 ? 'crlf' : 'cr';
  return { lines, lineEnding, counts };
}

/**
 * One line: the replacements, each counted, then the indent measured and the text trimmed.
 * `plain`: the whole text holds nothing to replace.
 */
function normalizeLine(source: string, no: number, counts: NormalizeCounts, plain: boolean): Line {
  let s = source;
  if (plain || (!NEEDS_WORK.test(s) && !s.includes('&'))) {
    // Plain text (most lines): only trimming and single spaces to check.
    const indent = indentWidth(s);
    const trimmed = s.trim();
    if (trimmed !== s) counts.trimmed++;
    return collapse(no, trimmed, indent, counts);
  }
  LONE_SURROGATE.lastIndex = 0;
  // Its lookbehind makes V8 try LONE_SURROGATE at every position; it only matches a surrogate.
  if (SURROGATE.test(s) && LONE_SURROGATE.test(s)) {
    counts.surrogates ??= 0;
    s = replaceCounting(s, LONE_SURROGATE, '\uFFFD', counts, 'surrogates');
  }
  if (s.includes('&')) s = decodeReferences(s, counts);
  if (NEEDS_NFC.test(s)) {
    const composed = s.normalize('NFC');
    if (composed !== s) counts.nfc++;
    s = composed;
  }
  // Most such lines hold only quotes, dashes or letters beyond ASCII: one search instead of six.
  if (!REPLACEABLE.test(s)) {
    const indent = indentWidth(s);
    const trimmed = s.trim();
    if (trimmed !== s) counts.trimmed++;
    return collapse(no, trimmed, indent, counts);
  }
  s = replaceCounting(s, NBSP, ' ', counts, 'nbsp');
  s = replaceCounting(s, ODD_SPACES, ' ', counts, 'spaces');
  s = replaceCounting(s, ZERO_WIDTH, '', counts, 'zeroWidth');
  s = replaceCounting(s, STRAY_BOM, '', counts, 'bom');
  s = replaceCounting(s, SOFT_HYPHEN, '', counts, 'softHyphen');
  s = replaceCounting(s, CONTROL, '', counts, 'control');
  const indent = indentWidth(s);
  s = replaceCounting(s, TAB, ' ', counts, 'tabs');
  const trimmed = s.trim();
  if (trimmed !== s) counts.trimmed++;
  return collapse(no, trimmed, indent, counts);
}

/** The text of normalized lines, joined with LF: `normalizeText(normalizeText(s)) === normalizeText(s)`. */
export function normalizeText(text: string): string {
  return normalize(text)
    .lines.map((line) => line.text)
    .join('\n');
}

/** Collapses runs of spaces, counting them and noting where they were. */
function collapse(no: number, trimmed: string, indent: number, counts: NormalizeCounts): Line {
  if (!trimmed.includes('  ')) return { no, text: trimmed, indent };
  const gaps: number[] = [];
  let columns: { at: number; x: number }[] | undefined;
  let removed = 0;
  const text = trimmed.replace(RUN, (run: string, at: number) => {
    counts.collapsed++;
    gaps.push(at - removed);
    if (run.length >= COLUMN_GAP) (columns ??= []).push({ at: at - removed, x: indent + at + run.length });
    removed += run.length - 1;
    return ' ';
  });
  return columns ? { no, text, indent, gaps, columns } : { no, text, indent, gaps };
}

function replaceCounting(
  s: string,
  pattern: RegExp,
  replacement: string,
  counts: NormalizeCounts,
  key: keyof NormalizeCounts,
): string {
  pattern.lastIndex = 0;
  if (!pattern.test(s)) return s;
  pattern.lastIndex = 0;
  return s.replace(pattern, () => {
    counts[key]!++;
    return replacement;
  });
}

function indentWidth(s: string): number {
  let width = 0;
  // By code unit: a space and a tab are one each, and the first other unit ends the indent.
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit === 0x20) width++;
    else if (unit === 0x09) width += 4;
    else break;
  }
  return width;
}
