/**
 * Segment stage: body lines → paragraphs. Blank lines separate blocks; inside a block, lines
 * that start with an indent deeper than the block's own begin a new paragraph (old wire copy
 * has no blank lines, only indents); hard-wrapped lines (broken at ~60-80 columns) are joined
 * back into one line, while a block of long or ragged lines keeps one paragraph per line.
 */
import type { Line } from './types.js';
import { LETTER } from '../extract/letters.js';

export interface Paragraph {
  text: string;
  /** First and last input line. */
  start: number;
  end: number;
}

/** Lines broken by a wrapping program are at most this long. */
const WRAP_MAX = 100;
/** ... and at least this long, or a short line was not broken by wrapping. */
const WRAP_MIN = 40;
const WRAP_SLACK = 3;

export function segment(lines: readonly Line[]): Paragraph[] {
  const text = lines.filter((line) => line.text !== '');
  if (text.length === 0) return [];
  // Indents mark paragraphs when the text has both flush lines and deeper ones (wire copy:
  // the first line of a paragraph indented, the rest flush). Then an indented line starts a
  // paragraph even where its whole block is indented (the rows of an earnings table).
  // A loop, not Math.min(...spread): a story may have more lines than the call stack has room for.
  const flush = text.reduce((least, line) => Math.min(least, line.indent), Infinity);
  const indentsMark = text.some((line) => line.indent > flush);
  const paragraphs: Paragraph[] = [];
  for (const block of blocks(lines)) {
    const groups = indentsMark ? splitOnIndent(block, flush) : [block];
    for (const group of groups) for (const paragraph of joinWrapped(group)) paragraphs.push(paragraph);
  }
  return paragraphs;
}

function blocks(lines: readonly Line[]): Line[][] {
  const result: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) result.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

function splitOnIndent(block: Line[], base: number): Line[][] {
  const groups: Line[][] = [];
  for (const line of block) {
    const last = groups.at(-1);
    if (last === undefined || line.indent > base) groups.push([line]);
    else last.push(line);
  }
  return groups;
}

function joinWrapped(group: Line[]): Paragraph[] {
  if (group.length === 1 || isHardWrapped(group)) {
    return [{ text: joinLines(group.map((line) => line.text)), start: group[0]!.no, end: group.at(-1)!.no }];
  }
  return group.map((line) => ({ text: line.text, start: line.no, end: line.no }));
}

/**
 * A wrapping program breaks a line only when the next word would not fit: so in a wrapped
 * group, every line but the last plus the next line's first word is wider than the widest
 * line. (A little slack: normalization shortened double spaces.) Rows of a table fail this.
 */
function isHardWrapped(group: Line[]): boolean {
  // UTF-16 length: close enough to columns for deciding whether a line was wrapped.
  const widths = group.map((line) => line.indent + line.text.length);
  const widest = widths.reduce((most, width) => Math.max(most, width), 0);
  if (widest > WRAP_MAX || widest < WRAP_MIN) return false;
  return group.slice(0, -1).every((line, i) => {
    const nextWord = group[i + 1]!.text.split(' ')[0]!;
    return widths[i]! + 1 + nextWord.length + WRAP_SLACK > widest;
  });
}

const HYPHEN_END = new RegExp(`[${LETTER}]-$`);
const LETTER_START = new RegExp(`^[${LETTER}]`);

/** Joins wrapped lines with a space; a line ending in a hyphen after a letter is joined without. */
function joinLines(texts: string[]): string {
  // Parts joined once at the end, each line tested on its own: testing the growing result
  // flattens it every time, which is quadratic on a long wrapped paragraph.
  const parts: string[] = [];
  texts.forEach((text, i) => {
    if (i > 0) parts.push(HYPHEN_END.test(texts[i - 1]!) && LETTER_START.test(text) ? '' : ' ');
    parts.push(text);
  });
  return parts.join('');
}
