/** JSON and NDJSON renderers. Key order is the schema's, so output bytes are stable. */
import type { Article } from '../schema/article.js';

export function toJson(article: Article, options: { compact?: boolean } = {}): string {
  return `${options.compact ? JSON.stringify(article) : JSON.stringify(article, null, 2)}\n`;
}

/** One article on one line (JSON has no raw line breaks inside strings). */
export function toNdjsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** Elements stringified and joined per piece of a long array. */
const BATCH = 512;

/**
 * The bytes of `JSON.stringify(value, null, 2)` (or compact) plus a newline, in pieces of a few
 * kilobytes to write one by one: a story of millions of short lines gives hundreds of
 * megabytes of JSON (mostly provenance), which as one string would double the peak memory.
 * Objects are walked; long arrays are cut into batches; everything else is JSON.stringify's.
 * Values are plain data (no `toJSON`, no functions), as articles are.
 */
export function* toJsonChunks(value: unknown, options: { compact?: boolean } = {}): Generator<string> {
  yield* chunksOf(value, options.compact ? null : '');
  yield '\n';
}

/** `indent` is the indentation of the line the value starts on; null for compact output. */
function* chunksOf(value: unknown, indent: string | null): Generator<string> {
  if (typeof value !== 'object' || value === null) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  const inner = indent === null ? null : `${indent}  `;
  const open = Array.isArray(value) ? '[' : '{';
  const close = Array.isArray(value) ? ']' : '}';
  const items: unknown[] = Array.isArray(value) ? value : Object.entries(value).filter(([, item]) => item !== undefined);
  if (items.length === 0) {
    yield `${open}${close}`;
    return;
  }
  const lead = inner === null ? '' : `\n${inner}`;
  const keyed = (item: unknown) => (Array.isArray(value) ? '' : `${JSON.stringify((item as [string])[0])}:${inner === null ? '' : ' '}`);
  const child = (item: unknown) => (Array.isArray(value) ? item : (item as [string, unknown])[1]);
  yield open;
  let batch: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const prefix = `${i > 0 ? ',' : ''}${lead}${keyed(item)}`;
    const element = child(item);
    if (typeof element === 'object' && element !== null && (!Array.isArray(element) || element.length > BATCH)) {
      if (batch.length > 0) yield batch.join('');
      batch = [];
      yield prefix;
      yield* chunksOf(element, inner);
    } else {
      batch.push(prefix, stringify(element, inner));
      if (batch.length >= 2 * BATCH) {
        yield batch.join('');
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch.join('');
  yield inner === null ? close : `\n${indent}${close}`;
}

/** JSON.stringify of a small value, its inner lines indented to sit at `indent`. */
function stringify(value: unknown, indent: string | null): string {
  if (indent === null) return JSON.stringify(value) ?? 'null';
  const text = JSON.stringify(value, null, 2) ?? 'null';
  // JSON strings hold no raw line breaks, so every \n is one JSON.stringify put between items.
  return indent === '' || !text.includes('\n') ? text : text.replaceAll('\n', `\n${indent}`);
}
