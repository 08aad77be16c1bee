/**
 * What a header line claimer sees and what it answers. The walker (`src/core/header.ts`) shows
 * each line of the header zone to the claimers in order; the first one that claims the line
 * decides what it becomes. A claimer reads, and never changes, what is known so far: its answer
 * is data (a {@link Claim}) that the walker applies.
 */
import type { Byline, Diagnostic, RemovedLine, Timestamp } from '../../schema/article.js';
import { headlineKey } from '../../extract/headline.js';
import type { StampMatch, StampOptions } from '../../extract/timestamp.js';
import type { Line } from '../../line.js';
import type { LineClutter } from '../line-clutter.js';

/** What the header knows when a line is shown to the claimers. */
export interface HeaderContext {
  /** Every line of the story; `index` is the line shown. */
  lines: readonly Line[];
  index: number;
  /** Non-blank lines of the zone so far, the line shown included (1 for the first). */
  seen: number;
  options: StampOptions;
  /** The headline so far (found by a claimer, or given by the page stage), or null. */
  title: { text: string; line: number } | null;
  /** The headline as {@link headlineKey} folds it, '' while there is none. */
  titleKey: string;
  /** True when the page stage already decided the headline (possibly none): no line may become it. */
  titleDecided: boolean;
  /** The byline so far, or null. */
  byline: Byline | null;
  /** True: page clutter stays in the body (`keepBoilerplate`). */
  keepBoilerplate: boolean;
  /** The story's `clutterKind` answers, shared with the page stage; absent: asked afresh. */
  clutter?: LineClutter | undefined;
}

/** A claimer's answer: what the line is. Every `removed` entry leaves the body. */
export interface Claim {
  removed: RemovedLine[];
  /** Stamps read on the line, in order: the first published one and the first updated one are kept. */
  stamps?: Timestamp[];
  warnings?: Diagnostic[];
  title?: { text: string; line: number };
  byline?: Byline;
  /** The agency of the byline already found (`Reuters` under `By Jane Doe`). */
  agency?: string;
  /** True: the zone ends at this line, which starts the body (replaced by `lead` when given). */
  ends?: boolean;
  /** Lines that take the place of this line at the top of the body. */
  lead?: Line[];
  /** True: the line stays in the body, above the lines the header takes (a kicker kept by `keepBoilerplate`). */
  kept?: boolean;
  /**
   * True: the line's stamps have no written year (`November 18` alone above a page's headline):
   * its stamps, and its `timestamp-no-year` warnings, count only when no other line of the
   * header gives a stamp. The line leaves the body all the same.
   */
  yearless?: boolean;
  /**
   * True: the line is nothing but relative stamps with a word for the amount and no label
   * (`vor einer Stunde`; the stamp reader's `bareRelative`): a stamp under the headline, but a
   * subheading (`Vor einem Jahr`) further down, so it is taken only in the header zone itself.
   */
  bareRelative?: boolean;
}

/** Tells what a line of the header is, or null when it is none of its business. */
export type Claimer = (line: Line, context: HeaderContext) => Claim | null;

/** Moves the context past a claimed line: what the next claimers need to know of the claim. */
export function advance(context: HeaderContext, claim: Claim): void {
  if (claim.title) {
    context.title = claim.title;
    context.titleKey = headlineKey(claim.title.text);
  }
  if (claim.byline) context.byline = claim.byline;
  else if (claim.agency !== undefined && context.byline) context.byline = { ...context.byline, agency: claim.agency };
}

/** Longer lines are prose or a run of glued furniture, not one header line (the furniture claimers' limit). */
export const FURNITURE_LINE_MAX = 160;

/**
 * The claim of a furniture line (a stamp among other words, its byline perhaps): it leaves the
 * body as `byline` when it names one, else as `timestamp`; its byline is taken only when the
 * header has none yet.
 */
export function furnitureClaim(line: Line, current: Byline | null, read: { stamps: Timestamp[]; warnings: Diagnostic[]; byline: Byline | null }): Claim {
  const taken = current === null ? read.byline : null;
  return {
    removed: [{ line: line.no, reason: read.byline ? 'byline' : 'timestamp', text: line.text }],
    stamps: read.stamps,
    warnings: read.warnings,
    ...(taken ? { byline: taken } : {}),
  };
}

/** The stamps of a line as the article reports them (without the reader's column and line test). */
export function asTimestamps(matches: readonly StampMatch[]): Timestamp[] {
  return matches.map(({ column: _column, wholeLine: _whole, ...stamp }) => stamp);
}

/** Warnings of a part of a line, moved to their column in the whole line. */
export function shiftWarnings(warnings: readonly Diagnostic[], offset: number): Diagnostic[] {
  return warnings.map((w) => ({ ...w, column: w.column === null ? null : w.column + offset }));
}
