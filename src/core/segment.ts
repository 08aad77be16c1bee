/**
 * Segment stage: body lines → paragraphs. Blank lines separate blocks; inside a block, lines
 * that start with an indent deeper than the block's own begin a new paragraph (old wire copy
 * has no blank lines, only indents); hard-wrapped lines (broken at ~60-80 columns) are joined
 * back into one line, while a block of long or ragged lines keeps one paragraph per line.
 */
import type { Line } from '../line.js';
import { LETTER } from '../extract/letters.js';

/**
 * The paragraphs, as columns: `text[i]` spans input lines `start[i]` to `end[i]`. Columns, not an
 * object per paragraph: a story of millions of one-line paragraphs would spend more on the
 * objects than on its text.
 */
export interface Paragraphs {
  text: string[];
  /** First input line of each paragraph. */
  start: number[];
  /** Last input line of each paragraph. */
  end: number[];
}

/** Lines broken by a wrapping program are at most this long. */
const WRAP_MAX = 100;
/** ... and at least this long, or a short line was not broken by wrapping. */
const WRAP_MIN = 40;
const WRAP_SLACK = 3;

export function segment(lines: readonly Line[]): Paragraphs {
  // Indents mark paragraphs when the text has both flush lines and deeper ones (wire copy:
  // the first line of a paragraph indented, the rest flush). Then an indented line starts a
  // paragraph even where its whole block is indented (the rows of an earnings table).
  // Loops over index ranges, not arrays per block: a story of millions of short lines would
  // otherwise hold an array (and its spare capacity) for every one-line block.
  let flush = Infinity;
  for (const line of lines) if (line.text !== '' && line.indent < flush) flush = line.indent;
  const paragraphs: Paragraphs = { text: [], start: [], end: [] };
  if (flush === Infinity) return paragraphs;
  const indentsMark = lines.some((line) => line.text !== '' && line.indent > flush);
  for (let start = 0; start < lines.length; ) {
    if (lines[start]!.text === '') {
      start++;
      continue;
    }
    let end = start + 1; // a block: [start, end) up to the next blank line
    while (end < lines.length && lines[end]!.text !== '') end++;
    let group = start; // inside it, groups start at each line indented deeper than flush
    for (let i = start + 1; i <= end; i++) {
      if (i === end || (indentsMark && lines[i]!.indent > flush)) {
        joinWrapped(lines, group, i, paragraphs);
        group = i;
      }
    }
    start = end;
  }
  return paragraphs;
}

/** The paragraphs of lines [start, end): one joined paragraph when hard-wrapped, else one per line. */
function joinWrapped(lines: readonly Line[], start: number, end: number, out: Paragraphs): void {
  if (end - start === 1 || isHardWrapped(lines, start, end)) {
    out.text.push(end - start === 1 ? lines[start]!.text : joinLines(lines, start, end));
    out.start.push(lines[start]!.no);
    out.end.push(lines[end - 1]!.no);
    return;
  }
  for (let i = start; i < end; i++) {
    out.text.push(lines[i]!.text);
    out.start.push(lines[i]!.no);
    out.end.push(lines[i]!.no);
  }
}

/**
 * A wrapping program breaks a line only when the next word would not fit: so in a wrapped
 * group, every line but the last plus the next line's first word is wider than the widest
 * line. (A little slack: normalization shortened double spaces.) Rows of a table fail this.
 */
function isHardWrapped(lines: readonly Line[], start: number, end: number): boolean {
  // UTF-16 length: close enough to columns for deciding whether a line was wrapped.
  const width = (i: number) => lines[i]!.indent + lines[i]!.text.length;
  let widest = 0;
  for (let i = start; i < end; i++) widest = Math.max(widest, width(i));
  if (widest > WRAP_MAX || widest < WRAP_MIN) return false;
  for (let i = start; i < end - 1; i++) {
    const text = lines[i + 1]!.text;
    const space = text.indexOf(' ');
    const nextWord = space === -1 ? text.length : space;
    if (!(width(i) + 1 + nextWord + WRAP_SLACK > widest)) return false;
  }
  return true;
}

const HYPHEN_END = new RegExp(`[${LETTER}]-$`);
const LETTER_START = new RegExp(`^[${LETTER}]`);

/**
 * Joins the wrapped lines [start, end) with a space; a line ending in a hyphen after a letter is
 * joined without. Read from the lines in place (no array of the group, nor of its texts).
 */
function joinLines(lines: readonly Line[], start: number, end: number): string {
  // Parts joined once at the end, each line tested on its own: testing the growing result
  // flattens it every time, which is quadratic on a long wrapped paragraph.
  const parts: string[] = [];
  for (let i = start; i < end; i++) {
    const text = lines[i]!.text;
    if (i > start) {
      const previous = lines[i - 1]!.text;
      // HYPHEN_END is anchored at the end only (V8 tries it at every position): its hyphen first.
      parts.push(previous.endsWith('-') && HYPHEN_END.test(previous) && LETTER_START.test(text) ? '' : ' ');
    }
    parts.push(text);
  }
  return parts.join('');
}
