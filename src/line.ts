/**
 * One line of input after normalization, as every stage reads it. A leaf module: the core stages
 * produce lines and the extractors read them, and neither floor imports the other for the shape.
 */
export interface Line {
  /** 1-based line number in the decoded input. */
  no: number;
  /** Normalized text: trimmed, runs of white space collapsed. */
  text: string;
  /** Width of the leading white space before trimming (a tab counts as 4). */
  indent: number;
  /**
   * Positions in `text` where a run of two or more spaces was collapsed to one (the space is at
   * that index). Some flattened dumps mark the end of the headline block with a double space.
   */
  gaps?: number[];
  /**
   * Where a run of {@link COLUMN_GAP} spaces or more was collapsed: a text browser's table laid
   * out side by side (`w3m -dump` pads a page's columns with hundreds of spaces). `at` is the
   * position of the collapsed space in `text`, `x` the width before the next column's first
   * character in the input line.
   */
  columns?: { at: number; x: number }[];
}

/** Fewest spaces between two columns of a page laid out side by side; a story's tables pad theirs with fewer. */
export const COLUMN_GAP = 40;
