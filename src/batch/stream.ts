/**
 * Streaming mode for Spark `rdd.pipe`, Hadoop Streaming and GNU parallel: NDJSON records
 * `{"id": ..., "text": "..."}` (or `"base64"` for raw bytes) come in on one stream, one line
 * per record comes out on the other, in input order, written as soon as it is ready:
 *
 *   {"id":"a1","ok":true,"article":{...}}
 *   {"id":"a2","ok":false,"error":{"rule":"empty-input","message":"..."}}
 *
 * A bad record (not JSON, no text, not a story) gives an error record with its id and the run
 * goes on: one broken line must not fail a whole Hadoop task. Blank lines are ignored.
 */
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { parseArticle } from '../core/parse.js';
import type { ParseOptions } from '../core/types.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { errorRecordWithId, okRecordWithId } from './protocol.js';
import { numberSourceOf } from './raw-json.js';
import { readRecords } from './records.js';

export interface StreamCounts {
  /** Records read (blank lines not counted). */
  records: number;
  /** Records answered with an article. */
  converted: number;
  /** Records answered with an error record. */
  failed: number;
}

export interface StreamOptions {
  /** Parsing options for every record. */
  parse?: ParseOptions;
  /** Largest record (input line) read, in bytes; a longer one gets an error record. Default 64 MiB. */
  maxBytes?: number;
}

export async function streamRecords(input: Readable, output: Writable, options: StreamOptions = {}): Promise<StreamCounts> {
  const counts: StreamCounts = { records: 0, converted: 0, failed: 0 };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const raw of readRecords(input, maxBytes)) {
    let result: { ok: boolean; record: string };
    if ('oversize' in raw) {
      const message = `line ${raw.line}: record of ${raw.oversize} bytes is over the limit of ${maxBytes} bytes (--max-bytes); not read`;
      result = { ok: false, record: errorRecordWithId('null', 'too-large', message) };
    } else if (raw.text.trim() === '') continue;
    else result = answer(raw.text, raw.line, options.parse ?? {});
    counts.records++;
    if (result.ok) counts.converted++;
    else counts.failed++;
    if (!output.write(result.record)) await once(output, 'drain');
  }
  return counts;
}

/** The output line for one input line. */
export function answer(line: string, lineNo: number, options: ParseOptions): { ok: boolean; record: string } {
  const record = answerRecord(line, lineNo, options);
  return {
    ok: record.ok,
    record: record.ok ? okRecordWithId(record.id, record.json) : errorRecordWithId(record.id, record.rule, record.message),
  };
}

/** `id` is the JSON text of the id, as given in the record (`"a1"`, `42`, `1e999`). */
type Answer = { ok: true; id: string; json: string } | { ok: false; id: string; rule: string; message: string };

function bad(id: string, rule: string, message: string): Answer {
  return { ok: false, id, rule, message };
}

/** Standard base64 (RFC 4648 section 4) with its padding, and nothing else: no spaces, no URL alphabet. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function answerRecord(line: string, lineNo: number, options: ParseOptions): Answer {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return bad('null', 'bad-record', `line ${lineNo}: not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bad('null', 'bad-record', `line ${lineNo}: expected an object {"id": ..., "text": "..."}`);
  }
  const record = value as { id?: unknown; text?: unknown; base64?: unknown };
  const given = record.id ?? null;
  if (given !== null && typeof given !== 'string' && typeof given !== 'number') {
    return bad('null', 'bad-record', `line ${lineNo}: "id" must be a string or a number`);
  }
  // A number id is echoed as written: 1e999 stays 1e999, not null.
  const numberText = typeof given === 'number' ? (numberSourceOf(line, 'id') ?? JSON.stringify(given)) : null;
  const id = numberText ?? JSON.stringify(given);
  const fileName = numberText ?? (given as string | null);
  let input: string | Buffer;
  if (typeof record.text === 'string') input = record.text;
  else if (typeof record.base64 === 'string') {
    // Buffer.from skips what is not base64, so a typo would give ok:true and a garbage story.
    if (!BASE64.test(record.base64)) {
      return bad(id, 'bad-record', `line ${lineNo}: "base64" is not valid base64 (standard alphabet A-Z a-z 0-9 + /, padded with = to a multiple of 4)`);
    }
    input = Buffer.from(record.base64, 'base64');
  } else return bad(id, 'bad-record', `line ${lineNo}: expected "text" (a string) or "base64" (the raw bytes)`);
  const result = parseArticle(input, { ...options, fileName });
  if (!result.ok) return bad(id, result.error.rule, result.error.message);
  return { ok: true, id, json: JSON.stringify(result.article) };
}
