/**
 * Segment stage: body lines → paragraphs. Blank lines separate blocks; inside a block, lines
 * that start with an indent deeper than the block's own begin a new paragraph (old wire copy
 * has no blank lines, only indents); hard-wrapped lines (broken at ~60-80 columns) are joined
 * back into one line, while a block of long or ragged lines keeps one paragraph per line.
 */
import type { Line } from './types.js';

export interface Paragraph {
  text: string;
  /** First and last input line. */
  start: number;
  end: number;
}

/** Lines broken by a wrapping program are at most this long. */
const WRAP_MAX = 100;
/** ... and at least this long, or a short line was not broken by wrapping. */
const WRAP_MIN = 30;

export function segment(lines: readonly Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const block of blocks(lines)) {
    for (const group of splitOnIndent(block)) {
      paragraphs.push(...joinWrapped(group));
    }
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

function splitOnIndent(block: Line[]): Line[][] {
  const base = Math.min(...block.map((line) => line.indent));
  // Indentation marks paragraphs only where some lines are flush and some are not.
  if (block.every((line) => line.indent === base)) return [block];
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

/** All but the last line are of similar, wrap-like width. */
function isHardWrapped(group: Line[]): boolean {
  const widths = group.slice(0, -1).map((line) => line.indent + [...line.text].length);
  const widest = Math.max(...widths);
  if (widest > WRAP_MAX || widest < WRAP_MIN) return false;
  return widths.every((width) => width >= widest * 0.5);
}

/** Joins wrapped lines with a space; a line ending in a hyphen after a letter is joined without. */
function joinLines(texts: string[]): string {
  let out = texts[0] ?? '';
  for (const text of texts.slice(1)) {
    out += /\p{L}-$/u.test(out) && /^\p{L}/u.test(text) ? text : ` ${text}`;
  }
  return out;
}
