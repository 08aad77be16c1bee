/** Messages between the main thread and the conversion workers. Small and plain (structured clone). */
import type { ParseOptions } from '../core/types.js';
import type { BatchFormat } from './output.js';

/** Given to each worker at start-up. */
export interface WorkerConfig {
  /** Index of the worker: its slot in `control`. */
  index: number;
  format: BatchFormat;
  /** One-line JSON files. */
  compact: boolean;
  parse: ParseOptions;
  /** Leave outputs alone whose mtime is not older than their input's. */
  skipUnchanged: boolean;
  /** Send back each article's warnings (for `--verbose`), not just their count. */
  details: boolean;
  /** Largest input read, in bytes. */
  maxBytes: number;
  /**
   * Shared with the main thread: `[0]` is the stop flag (set on Ctrl-C; workers take no new
   * file once it is set), `[1 + index]` is the sequence number of the file a worker is on, so
   * that if a worker crashes, only that file fails and the others are given to the rest.
   */
  control: SharedArrayBuffer;
}

/** One file to convert. */
export interface Task {
  seq: number;
  /** Absolute input path. */
  path: string;
  /** Mirror key, recorded as `source.file` and as the NDJSON record id. */
  rel: string;
  /** Absolute output path (for `skipUnchanged`); null for NDJSON. */
  out: string | null;
}

/** `notice`: reported, not counted (a symbolic link loop); only made by the main thread. */
export type Status = 'converted' | 'unchanged' | 'failed' | 'cancelled' | 'notice';

export interface Warning {
  line: number | null;
  rule: string;
  message: string;
}

export interface TaskResult {
  seq: number;
  status: Status;
  /** Warnings of the article (severity `warning`). */
  warnings: number;
  /** Bytes read. */
  bytes: number;
  /** Why the file failed. */
  reason?: string;
  /** The rendered output (JSON or Markdown) for the main thread to write. */
  output?: string;
  /** The NDJSON record (with its newline), for NDJSON output. */
  record?: string;
  /** Warning details when `details` is on. */
  details?: Warning[];
}

export type ToWorker = { type: 'tasks'; tasks: Task[] } | { type: 'close' };

export type FromWorker = { type: 'results'; results: TaskResult[] } | { type: 'fatal'; message: string };


/** The NDJSON envelope shared by `convert --format ndjson` and `stream`. */
export function okRecord(id: unknown, articleJson: string): string {
  return `{"id":${JSON.stringify(id ?? null)},"ok":true,"article":${articleJson}}\n`;
}

export function errorRecord(id: unknown, rule: string, message: string): string {
  return `${JSON.stringify({ id: id ?? null, ok: false, error: { rule, message } })}\n`;
}
