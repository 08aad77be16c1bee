/**
 * A page laid out in columns side by side, as a text browser dumps it (`w3m -dump` prints a
 * table's cells on one line, padded with hundreds of spaces: `Amnesty. More than 100 protesters
 * killed in Iran unrest      Latest news`): each column of such a line becomes a line of its
 * own, with the same line number, so the page stage keeps the story's column and drops the
 * others where they stand. A part's `indent` is its column: the width before it in the input line.
 */
import type { Line } from '../line.js';

/** How far apart two lines' columns may start and still be one column (w3m pads a cell's leading space). */
export const COLUMN_SLACK = 2;

/** A page's columns split off: its lines, and where the side columns start. */
export interface Columns {
  lines: Line[];
  /** The widths before a side column's lines (its `indent`). */
  side: number[];
}

/**
 * The lines with each column of a side-by-side line split off, or null when no line has two
 * columns (most texts: nothing is copied). A column is split off only where lines of its own
 * start too (the right column of a page goes on below the line it shares: `Latest news` over
 * the teasers under it), so a story's table, whose cells never stand alone, stays whole. A run
 * of spaces inside a form's box (`Search [      ]`) separates no columns.
 */
export function splitColumns(lines: readonly Line[]): Columns | null {
  const starts: number[] = [];
  for (const line of lines) {
    if (line.columns === undefined) continue;
    for (const { at, x } of line.columns) if (!insideBrackets(line.text, at)) starts.push(x);
  }
  if (starts.length === 0) return null;
  const near = (x: number, y: number) => Math.abs(x - y) <= COLUMN_SLACK;
  const side = [...new Set(starts)].filter((x) => lines.some((line) => line.columns === undefined && line.text !== '' && near(line.indent, x)));
  if (side.length === 0) return null;
  const split: Line[] = [];
  for (const line of lines) {
    if (line.columns === undefined) split.push(line);
    else split.push(...columnsOf(line, (x) => side.some((at) => near(at, x))));
  }
  return { lines: split, side };
}

/** The columns of one line: it is cut at each gap before a side column (`isSide`). */
function columnsOf(line: Line, isSide: (x: number) => boolean): Line[] {
  const parts: Line[] = [];
  let from = 0;
  let indent = line.indent;
  for (const { at, x } of line.columns!) {
    if (!isSide(x) || insideBrackets(line.text, at)) continue;
    parts.push({ no: line.no, text: line.text.slice(from, at), indent });
    from = at + 1;
    indent = x;
  }
  if (parts.length === 0) return [line];
  parts.push({ no: line.no, text: line.text.slice(from), indent });
  return parts;
}
/** Whether position `at` of `text` is inside a `[ … ]` box (a form field, a button). */
function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x5b) depth++;
    else if (char === 0x5d && depth > 0) depth--;
  }
  return depth > 0;
}
