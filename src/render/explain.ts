/**
 * `wirestory explain`: the input, every line labelled with what it became — title, stamp,
 * byline, dateline, body paragraph N, credit, removed: duplicate headline / sign-off /
 * boilerplate (kind) … — and the parser's warnings under the line they are about. Built only
 * from the article's own provenance (line numbers of fields, `removed`, `provenance`), so it
 * shows the decisions the JSON records, nothing re-derived. Pure: lines and article in, text out.
 */
import type { Article, Diagnostic, RemovedLine } from '../schema/article.js';
import { printable } from './printable.js';

/** What a line became, for colouring: a field of the article, body text, or taken out. */
export type LabelKind = 'field' | 'body' | 'removed' | 'unused' | 'warning';

export interface ExplainStyle {
  /** A label, or a line's text, of the given kind. */
  paint(kind: LabelKind, text: string): string;
  /** Line numbers and the file name. */
  dim(text: string): string;
}

/** No colour: what a pipe or a file gets. */
export const plainExplainStyle: ExplainStyle = { paint: (_kind, text) => text, dim: (text) => text };

interface Label {
  kind: LabelKind;
  text: string;
}

/** The words for each `removed` reason; `title`, `byline` and `credit` lines are fields of the article. */
const REMOVED_WORDS: Record<RemovedLine['reason'], string> = {
  title: 'title',
  timestamp: 'removed: stamp',
  'duplicate-headline': 'removed: duplicate headline',
  'headline-prefix': 'removed: headline prefix',
  byline: 'byline',
  signoff: 'removed: sign-off',
  credit: 'credit',
  separator: 'removed: separator',
  boilerplate: 'removed: boilerplate',
};

/** The labels of every line (index 0 is line 1), in the order the decisions were taken. */
export function lineLabels(article: Article, lineCount: number): Label[][] {
  const labels: Label[][] = Array.from({ length: lineCount }, () => []);
  const add = (line: number | null | undefined, label: Label) => {
    if (line == null || line < 1 || line > lineCount) return;
    const at = labels[line - 1]!;
    if (!at.some((existing) => existing.text === label.text)) at.push(label);
  };
  add(article.provenance.title, { kind: 'field', text: 'title' });
  add(article.timestamp?.line, { kind: 'field', text: 'stamp' });
  add(article.updated?.line, { kind: 'field', text: 'stamp (updated)' });
  add(article.byline?.line, { kind: 'field', text: 'byline' });
  for (const removed of article.removed) {
    const words = REMOVED_WORDS[removed.reason];
    const text = removed.kind === undefined ? words : `${words} (${removed.kind})`;
    // The article's stamps are labelled already; another stamp line in the header was taken out.
    const stamp = removed.reason === 'timestamp' && labels[removed.line - 1]?.some((label) => label.text.startsWith('stamp'));
    if (!stamp) add(removed.line, { kind: words.startsWith('removed') ? 'removed' : 'field', text });
  }
  add(article.dateline?.line, { kind: 'field', text: 'dateline' });
  article.provenance.body.forEach(([first, last], index) => {
    for (let line = first; line <= last; line++) add(line, { kind: 'body', text: `body paragraph ${index + 1}` });
  });
  return labels;
}

/** Labels wider than this are not padded for: the text column stays near the left. */
const MAX_LABEL_WIDTH = 32;

/**
 * The explanation of one story. `lines` are the decoded input lines (split at LF, CRLF and CR,
 * as the parser splits them); `name` heads the block (a file name, `<stdin>`).
 */
export function explain(article: Article, lines: readonly string[], name: string, style: ExplainStyle = plainExplainStyle): string {
  const labels = lineLabels(article, lines.length);
  const warningsAt = new Map<number, Diagnostic[]>();
  const unplaced: Diagnostic[] = [];
  for (const warning of article.warnings) {
    if (warning.line !== null && warning.line >= 1 && warning.line <= lines.length) {
      const list = warningsAt.get(warning.line) ?? [];
      list.push(warning);
      warningsAt.set(warning.line, list);
    } else unplaced.push(warning);
  }
  const numberWidth = String(lines.length).length;
  const labelText = (line: Label[]) => line.map((label) => label.text).join(', ');
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(0, ...labels.map((line) => labelText(line).length)));
  const out: string[] = [style.dim(printable(name))];
  lines.forEach((raw, index) => {
    const line = labels[index]!;
    const text = printable(raw);
    const blank = text.trim() === '';
    const shown: Label[] = line.length > 0 || blank ? line : [{ kind: 'unused', text: 'not used' }];
    const plain = labelText(shown);
    const painted = shown.map((label) => style.paint(label.kind, label.text)).join(', ');
    const pad = ' '.repeat(Math.max(0, labelWidth - plain.length));
    const number = style.dim(String(index + 1).padStart(numberWidth));
    const kind = shown[0]?.kind ?? 'body';
    const row = blank ? `${number}  ${painted}` : `${number}  ${painted}${pad}  ${kind === 'body' ? text : style.paint(kind, text)}`;
    out.push(row.trimEnd());
    for (const warning of warningsAt.get(index + 1) ?? []) out.push(`${' '.repeat(numberWidth)}  ${warningLine(warning, style)}`);
  });
  // Diagnostics about the whole story (no timestamp found, empty body) close the block.
  for (const warning of unplaced) out.push(warningLine({ ...warning, line: null }, style));
  return `${out.join('\n')}\n`;
}

/** `^ 3:9 warning Stamp … has no year  timestamp-no-year`: place, severity, message and rule, as vfile-reporter orders them. */
function warningLine(warning: Diagnostic, style: ExplainStyle): string {
  const place = warning.line === null ? '' : warning.column === null ? `${warning.line} ` : `${warning.line}:${warning.column} `;
  const mark = warning.line === null ? '' : '^ ';
  return style.paint('warning', `${mark}${place}${warning.severity} ${printable(warning.message)}  ${warning.rule}`);
}

/** The input lines as the parser numbers them: split at LF, CRLF and a lone CR (a final line break ends the last line). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
