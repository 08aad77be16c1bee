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
  const starts = new Set<number>();
  for (const line of lines) if (line.columns !== undefined) for (const { x } of openColumns(line)) starts.add(x);
  if (starts.size === 0) return null;
  // Where lines of their own start (one set, so a page of many lines and gaps stays linear).
  const plain = new Set<number>();
  for (const line of lines) if (line.columns === undefined && line.text !== '') plain.add(line.indent);
  const side = [...starts].filter((x) => near(plain, x));
  if (side.length === 0) return null;
  const sides = new Set(side);
  const split: Line[] = [];
  for (const line of lines) {
    if (line.columns === undefined) split.push(line);
    else split.push(...columnsOf(line, (x) => near(sides, x)));
  }
  return { lines: split, side };
}

/** Whether `set` holds a width within {@link COLUMN_SLACK} of `x`. */
function near(set: ReadonlySet<number>, x: number): boolean {
  for (let d = -COLUMN_SLACK; d <= COLUMN_SLACK; d++) if (set.has(x + d)) return true;
  return false;
}

/** The columns of one line: it is cut at each gap before a side column (`isSide`). */
function columnsOf(line: Line, isSide: (x: number) => boolean): Line[] {
  const parts: Line[] = [];
  let from = 0;
  let indent = line.indent;
  for (const { at, x } of openColumns(line)) {
    if (!isSide(x)) continue;
    parts.push({ no: line.no, text: line.text.slice(from, at), indent });
    from = at + 1;
    indent = x;
  }
  if (parts.length === 0) return [line];
  parts.push({ no: line.no, text: line.text.slice(from), indent });
  return parts;
}

/**
 * The line's column gaps that are not inside a `[ … ]` box (a form field, a button), read in one
 * pass: the gaps are in the order of the line.
 */
function openColumns(line: Line): { at: number; x: number }[] {
  const open: { at: number; x: number }[] = [];
  let depth = 0;
  let i = 0;
  for (const column of line.columns!) {
    for (; i < column.at; i++) {
      const char = line.text.charCodeAt(i);
      if (char === 0x5b) depth++;
      else if (char === 0x5d && depth > 0) depth--;
    }
    if (depth === 0) open.push(column);
  }
  return open;
}
