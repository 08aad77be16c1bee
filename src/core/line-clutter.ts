/**
 * `clutterKind` of one story's lines, each computed once: the page stage's pre-check, its line
 * scores and the header's clutter claimer ask about the same lines, and the test is most of
 * what the page stage costs. Made per story by the parse and passed down; never kept between
 * stories. An answer is reused only for the same text at the same index (the header sees the
 * page stage's lines with the furniture blanked).
 */
import { clutterKind, type BoilerplateKind } from '../extract/boilerplate.js';

export class LineClutter {
  // Grown as lines are asked about, in order: an array made at a story's size would be a
  // dictionary past 100,000 lines.
  private readonly texts: (string | undefined)[] = [];
  private readonly kinds: (BoilerplateKind | null)[] = [];

  /** `clutterKind(text)`, where `text` is the text of line `index`. */
  of(index: number, text: string): BoilerplateKind | null {
    if (this.texts[index] === text) return this.kinds[index] as BoilerplateKind | null;
    const kind = clutterKind(text);
    this.texts[index] = text;
    this.kinds[index] = kind;
    return kind;
  }
}
