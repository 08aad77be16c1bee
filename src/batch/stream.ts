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
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { parseArticle } from '../core/parse.js';
import type { ParseOptions } from '../core/types.js';
import { errorRecord, okRecord } from './protocol.js';

export interface StreamCounts {
  /** Records read (blank lines not counted). */
  records: number;
  /** Records answered with an article. */
  converted: number;
  /** Records answered with an error record. */
  failed: number;
}

export async function streamRecords(input: Readable, output: Writable, options: ParseOptions = {}): Promise<StreamCounts> {
  const counts: StreamCounts = { records: 0, converted: 0, failed: 0 };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    counts.records++;
    const { ok, record } = answer(line, lineNo, options);
    if (ok) counts.converted++;
    else counts.failed++;
    if (!output.write(record)) await once(output, 'drain');
  }
  return counts;
}

/** The output line for one input line. */
export function answer(line: string, lineNo: number, options: ParseOptions): { ok: boolean; record: string } {
  const record = answerRecord(line, lineNo, options);
  return { ok: record.ok, record: record.ok ? okRecord(record.id, record.json) : errorRecord(record.id, record.rule, record.message) };
}

type Answer = { ok: true; id: unknown; json: string } | { ok: false; id: unknown; rule: string; message: string };

function bad(id: unknown, rule: string, message: string): Answer {
  return { ok: false, id, rule, message };
}

function answerRecord(line: string, lineNo: number, options: ParseOptions): Answer {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return bad(null, 'bad-record', `line ${lineNo}: not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bad(null, 'bad-record', `line ${lineNo}: expected an object {"id": ..., "text": "..."}`);
  }
  const record = value as { id?: unknown; text?: unknown; base64?: unknown };
  const id = record.id ?? null;
  if (id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return bad(null, 'bad-record', `line ${lineNo}: "id" must be a string or a number`);
  }
  let input: string | Buffer;
  if (typeof record.text === 'string') input = record.text;
  else if (typeof record.base64 === 'string') input = Buffer.from(record.base64, 'base64');
  else return bad(id, 'bad-record', `line ${lineNo}: expected "text" (a string) or "base64" (the raw bytes)`);
  const result = parseArticle(input, { ...options, fileName: id === null ? null : String(id) });
  if (!result.ok) return bad(id, result.error.rule, result.error.message);
  return { ok: true, id, json: JSON.stringify(result.article) };
}
