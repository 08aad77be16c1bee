/**
 * A non-blank line of a scraped page as the page stage scores it (src/core/page.ts) and the
 * headline picker reads it (page-title.ts). Kept here, below both, so the extractors do not
 * import the core stage for its shape.
 */
import type { BoilerplateKind } from './boilerplate.js';

export type Grade = 'good' | 'near' | 'short' | 'bad';

export interface ScoredLine {
  index: number;
  text: string;
  clutter: BoilerplateKind | null;
  section: BoilerplateKind | null;
  bullet: boolean;
  grade: Grade;
  value: number;
  /** Printed three times or more on the page (a teaser, or a story's own repeated item), when set. */
  repeated?: boolean;
  /** A caption's first words on a line of their own over the whole caption (see `markRepeats`), when set. */
  cutShort?: boolean;
}
