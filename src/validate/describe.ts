/**
 * One field difference as one readable message: `title: expected "A" got "B"`, or for long
 * strings a word-level diff in git's `--word-diff=plain` notation, `[-old-]{+new+}`, with long
 * unchanged stretches shortened to `…`. The human reporter passes a {@link DiffStyle} with
 * colours; every other reporter uses the plain one.
 */
import { diffWords } from 'diff';
import type { FieldChange } from './types.js';

export interface DiffStyle {
  removed(text: string): string;
  added(text: string): string;
  /** A whole value from the golden, in `expected … got …`. Default: as it is. */
  expected?(text: string): string;
  /** A whole current value. Default: as it is. */
  actual?(text: string): string;
}

/** `[-old-]{+new+}`, no colour. */
export const plainStyle: DiffStyle = {
  removed: (text) => `[-${text}-]`,
  added: (text) => `{+${text}+}`,
};

/** Strings longer than this (or with more words than {@link WORD_DIFF_MIN_WORDS}) get a word diff. */
export const WORD_DIFF_MIN_LENGTH = 60;
export const WORD_DIFF_MIN_WORDS = 8;
/** Unchanged words kept on each side of a change. */
export const CONTEXT_WORDS = 6;
/** Longest rendering of a non-string value before it is cut with `…`. */
export const MAX_VALUE_LENGTH = 160;

/** Words around the two values: `expected … got …` for checks, `was … now …` for updates. */
export interface ChangeWords {
  before: string;
  after: string;
}

export const CHECK_WORDS: ChangeWords = { before: 'expected', after: 'got' };
export const UPDATE_WORDS: ChangeWords = { before: 'was', after: 'now' };

export function describeChange(change: FieldChange, style: DiffStyle = plainStyle, words: ChangeWords = CHECK_WORDS): string {
  const path = change.path === '' ? '(whole document)' : change.path;
  return `${path}: ${describeValues(change.expected, change.actual, style, words)}`;
}

/** The part after `path: `. */
export function describeValues(
  expected: unknown,
  actual: unknown,
  style: DiffStyle = plainStyle,
  words: ChangeWords = CHECK_WORDS,
): string {
  if (typeof expected === 'string' && typeof actual === 'string' && isLong(expected, actual)) {
    const diff = wordDiff(expected, actual, style);
    if (diff !== null) return diff;
  }
  const before = style.expected ? style.expected(formatValue(expected)) : formatValue(expected);
  const after = style.actual ? style.actual(formatValue(actual)) : formatValue(actual);
  return `${words.before} ${before} ${words.after} ${after}`;
}

function isLong(a: string, b: string): boolean {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return (
    Math.max(a.length, b.length) > WORD_DIFF_MIN_LENGTH || Math.max(words(a), words(b)) > WORD_DIFF_MIN_WORDS
  );
}

/** A JSON rendering, `(none)` for an absent field, cut at {@link MAX_VALUE_LENGTH}. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/**
 * `The [-quick-]{+slow+} brown fox …`, or null when the words are equal and only white space
 * differs (diffWords ignores white space; the caller then shows both values in full).
 */
export function wordDiff(expected: string, actual: string, style: DiffStyle = plainStyle): string | null {
  const parts = diffWords(expected, actual);
  if (!parts.some((part) => part.added || part.removed)) return null;
  const out: string[] = [];
  parts.forEach((part, index) => {
    if (part.removed) out.push(style.removed(part.value));
    else if (part.added) out.push(style.added(part.value));
    else out.push(shorten(part.value, index === 0, index === parts.length - 1));
  });
  return out.join('');
}

/**
 * Keeps {@link CONTEXT_WORDS} words next to each change; the rest of an unchanged stretch
 * becomes `…`. White space at the edges (next to a change) is kept as it is.
 */
function shorten(text: string, first: boolean, last: boolean): string {
  const lead = /^\s*/.exec(text)![0];
  const trail = /\s*$/.exec(text)![0];
  const words = text.split(/\s+/).filter(Boolean);
  const keepHead = first ? 0 : CONTEXT_WORDS;
  const keepTail = last ? 0 : CONTEXT_WORDS;
  if (words.length <= keepHead + keepTail + 1) return text;
  const pieces = [...words.slice(0, keepHead), '…', ...words.slice(words.length - keepTail)];
  return `${lead}${pieces.join(' ')}${trail}`;
}
