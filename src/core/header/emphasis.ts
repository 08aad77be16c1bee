/**
 * A stamp line in Markdown emphasis, as notes and pages converted to Markdown print it:
 * `*Publicado: 14 de mayo de 2019*`, `_Senast uppdaterad: 2026-06-11_`, `*Mottagen: 2026-04-25 |
 * Publicerad: 2026-04-25*`, `Son güncelleme: **6 Ekim 2026 — Europe/Istanbul**.`. The emphasis
 * marks are no furniture words, so the stamp claimers are asked again about the line without
 * them; the line leaves the body as written, and warnings point into it. A mark inside a word
 * (`snake_case`) is no emphasis and stays.
 */
import { lazyPattern } from '../../extract/openers.js';
import type { Diagnostic } from '../../schema/article.js';
import type { Claimer } from './claim.js';
import { claimLocaleFurniture } from './locale-furniture.js';
import { claimStampAmongWords } from './stamp-among-words.js';
import { claimStampLine } from './stamp-line.js';

/**
 * `**`, `__`, or one `*` / `_` at the edge of a word. Built on first use (lazyPattern): only a
 * header line holding `*` or `_` asks for it, and building its `\p{…}` sets at load was 2.3M
 * instructions of every run.
 */
const EMPHASIS = lazyPattern(() => /\*\*|__|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu);

/** The claimers that read a stamp line, asked again about the line without its emphasis marks. */
const STAMP_CLAIMERS: readonly Claimer[] = [claimStampLine, claimStampAmongWords, claimLocaleFurniture];

export const claimEmphasizedStamp: Claimer = (line, context) => {
  if (!line.text.includes('*') && !line.text.includes('_')) return null;
  const plain = withoutEmphasis(line.text);
  if (plain === null) return null;
  for (const claimer of STAMP_CLAIMERS) {
    const claim = claimer({ ...line, text: plain.text }, context);
    if (!claim) continue;
    return {
      ...claim,
      removed: claim.removed.map((removed) => (removed.line === line.no ? { ...removed, text: line.text } : removed)),
      ...(claim.warnings ? { warnings: claim.warnings.map((warning) => atColumn(warning, plain.columns)) } : {}),
    };
  }
  return null;
};

/** The longest line a stamp claimer reads (`findTimestamps`' MAX_LINE_LENGTH; the others stop at 160). */
const MAX_STAMP_TEXT = 500;
/** What `trim` takes off. */
const SPACE = /\s/u;

/**
 * The text without its emphasis marks (and the white space around it), with the column in the
 * written text of each of its characters; null when it has no marks, or nothing else.
 */
export function withoutEmphasis(written: string): { text: string; columns: number[] } | null {
  let text = '';
  const columns: number[] = [];
  let from = 0;
  // Characters other than white space kept: past MAX_STAMP_TEXT of them, no stamp claimer reads the text.
  let solid = 0;
  const keep = (end: number): void => {
    for (let i = from; i < end; i++) {
      const unit = written[i]!;
      text += unit;
      columns.push(i + 1);
      if (!SPACE.test(unit)) solid++;
    }
  };
  for (const mark of written.matchAll(EMPHASIS())) {
    keep(mark.index);
    from = mark.index + mark[0].length;
    if (solid > MAX_STAMP_TEXT) return null;
  }
  if (from === 0) return null;
  keep(written.length);
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return null;
  return { text: text.slice(start, end), columns: columns.slice(start, end) };
}

/** A warning about the plain text, moved to its column in the written line. */
function atColumn(warning: Diagnostic, columns: readonly number[]): Diagnostic {
  if (warning.column === null || warning.column === undefined) return warning;
  return { ...warning, column: columns[warning.column - 1] ?? warning.column };
}
