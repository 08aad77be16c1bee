/**
 * The pipeline: decode → normalize → header (title, timestamp, duplicated headlines, byline)
 * → sign-off → segment body → dateline → assemble. Pure: no I/O, no clock, no machine time
 * zone; options come in as arguments. Never throws: a refused input is a result too.
 */
import { hash } from 'node:crypto';
import type { Article, Diagnostic, RemovedLine } from '../schema/article.js';
import { SCHEMA_VERSION } from '../schema/version.js';
import { matchDateline } from '../extract/dateline.js';
import { gluedSignoff, isSignoff } from '../extract/signoff.js';
import { TITLE_WARN_LENGTH } from '../extract/title.js';
import { decode, decodeString, type DecodeResult } from './decode.js';
import { readHeader } from './header.js';
import { normalize } from './normalize.js';
import { segment } from './segment.js';
import { diagnostic, type Line, type ParseOptions, type ParseResult, type ResolvedOptions } from './types.js';

function resolveOptions(options: ParseOptions = {}): ResolvedOptions {
  return {
    tz: options.tz ?? null,
    dateOrder: options.dateOrder ?? 'dmy',
    referenceDate: options.referenceDate ?? null,
    fileName: options.fileName ?? null,
  };
}

/**
 * Parses one raw story. `input` is the file's bytes (any supported encoding) or a string.
 * Returns `{ ok: true, article }`, or `{ ok: false, error }` for input that is not a story
 * (empty, binary). Never throws.
 */
export function parseArticle(input: Uint8Array | string, options: ParseOptions = {}): ParseResult<Article> {
  const resolved = resolveOptions(options);
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const sha256 = hash('sha256', bytes, 'hex');
  let decoded: DecodeResult;
  try {
    decoded = typeof input === 'string' ? decodeString(input) : decode(input);
  } catch (error) {
    return { ok: false, error: { rule: 'undecodable-input', message: `cannot decode input: ${String(error)}` }, sha256, bytes: bytes.length };
  }
  if (!decoded.ok) return { ok: false, error: decoded.error, sha256, bytes: bytes.length };
  const { text, encoding, bom, warnings: decodeWarnings } = decoded.value;

  const { lines, lineEnding, counts } = normalize(text);
  const header = readHeader(lines, resolved);
  const removed: RemovedLine[] = [...header.removed];
  const warnings: Diagnostic[] = [...decodeWarnings, ...header.warnings];

  const bodyLines: Line[] = lines.slice(header.bodyStart);
  if (header.lead && bodyLines.length > 0) bodyLines.splice(0, 1, ...header.lead);
  dropSignoff(bodyLines, removed);

  const paragraphs = segment(bodyLines);
  const lead = paragraphs[0];
  const dateline = lead ? matchDateline(lead.text, lead.start) : null;
  // A dateline on a line of its own (`    BENTON HARBOR, MICH., Oct 19 -`) belongs to the lead.
  const next = paragraphs[1];
  if (dateline && lead && next && dateline.text === lead.text) {
    paragraphs.splice(0, 2, { text: `${lead.text} ${next.text}`, start: lead.start, end: next.end });
  }

  if (header.title === null) {
    warnings.push(diagnostic('title-missing', 'no headline line found before the body', 1));
  } else if (header.title.text.length > TITLE_WARN_LENGTH) {
    warnings.push(
      diagnostic(
        'title-long',
        `title is ${header.title.text.length} characters, longer than a headline should be (${TITLE_WARN_LENGTH})`,
        header.title.line,
      ),
    );
  }
  if (header.timestamp === null) {
    warnings.push(diagnostic('timestamp-missing', 'no timestamp found in the header lines', null, 'info'));
  }
  if (paragraphs.length === 0) {
    warnings.push(diagnostic('body-empty', 'no body text after the header', null));
  }

  removed.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const body = paragraphs.map((paragraph) => paragraph.text);
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    title: header.title?.text ?? null,
    timestamp: header.timestamp,
    updated: header.updated,
    byline: header.byline,
    dateline,
    body,
    removed,
    warnings,
    provenance: {
      title: header.title?.line ?? null,
      body: paragraphs.map((paragraph) => [paragraph.start, paragraph.end] as [number, number]),
    },
    stats: {
      // Paragraphs are normalized: words are separated by exactly one space.
      words: body.reduce((sum, paragraph) => sum + countOf(paragraph, ' ') + 1, 0),
      paragraphs: body.length,
      characters: body.reduce((sum, paragraph) => sum + codePoints(paragraph), 0),
      normalized: { ...counts },
    },
    source: {
      file: resolved.fileName,
      encoding,
      bom,
      lineEnding,
      bytes: bytes.length,
      sha256,
    },
  };
  return { ok: true, article };
}

/** Takes a sign-off (` Reuter` on its own line, or glued: `...of 1986. REUTER`) off the end of the body. */
function dropSignoff(lines: Line[], removed: RemovedLine[]): void {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.text === '') last--;
  const line = lines[last];
  if (!line || last === 0) return;
  if (isSignoff(line.text)) {
    removed.push({ line: line.no, reason: 'signoff', text: line.text });
    lines.splice(last, 1);
    return;
  }
  const glued = gluedSignoff(line.text);
  if (glued) {
    removed.push({ line: line.no, reason: 'signoff', text: glued.signoff });
    lines[last] = { ...line, text: glued.rest };
  }
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/** Length in Unicode code points (what a reader counts as characters), without building an array. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) count--;
  }
  return count;
}
