/**
 * Messages between the main thread and the workers (./pool.ts, ./worker.ts). Small and plain
 * (structured clone). A pool runs one kind of work, chosen at start-up: `convert` (read, parse,
 * render one file: src/batch/convert-task.ts) or `validate` (check one fixture against its rules
 * and golden, as `wirestory validate`: src/validate/serve.ts).
 */
import type { ParseOptions } from '../core/types.js';
import type { Diagnostic } from '../schema/article.js';
import type { FixtureOutcome } from '../validate/fixture.js';
import type { Fixture, ValidateOptions } from '../validate/types.js';
import type { BatchFormat } from '../batch/output.js';

/** Set-up of a conversion worker. */
export interface ConvertConfig {
  /** The kind of work; absent means `convert`. */
  kind?: 'convert';
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
}

/** Set-up of a validation worker: the options every fixture is checked with. */
export interface ValidateConfig {
  kind: 'validate';
  options: ValidateOptions;
}

/** Given to each worker at start-up. */
export type WorkerConfig = (ConvertConfig | ValidateConfig) & {
  /** Index of the worker: its slot in `control`. */
  index: number;
  /**
   * Shared with the main thread: `[0]` is the stop flag (set on Ctrl-C; workers take no new
   * task once it is set), `[1 + index]` is the sequence number of the task a worker is on, so
   * that if a worker crashes, only that task fails and the others are given to the rest.
   */
  control: SharedArrayBuffer;
};

/** One file to convert. */
export interface Task {
  seq: number;
  /** Absolute input path. */
  path: string;
  /** Mirror key, recorded as `source.file` and as the NDJSON record id. */
  rel: string;
  /** Absolute output path (json, md); null for NDJSON. */
  out: string | null;
}

/** `notice`: reported, not counted (a symbolic link loop); only made by the main thread. */
export type Status = 'converted' | 'unchanged' | 'failed' | 'cancelled' | 'notice';


export interface TaskResult {
  seq: number;
  status: Status;
  /** Warnings of the article (severity `warning`). */
  warnings: number;
  /** Bytes read. */
  bytes: number;
  /** Why the file failed. */
  reason?: string;
  /** The rendered output (JSON or Markdown) as UTF-8, for the main thread to write (moved, not copied). */
  output?: Uint8Array;
  /** The NDJSON record (with its newline), for NDJSON output. */
  record?: string;
  /** The rule id of each warning (for the summary's count per rule). */
  rules?: string[];
  /** The warnings themselves when `details` is on (`--verbose`). */
  details?: Diagnostic[];
}

/** One fixture to check (`validate` workers). */
export interface ValidateTask {
  seq: number;
  fixture: Fixture;
}

/** A checked fixture: its result, and with `update` the golden for the main thread to write. */
export interface ValidateTaskResult {
  seq: number;
  outcome: FixtureOutcome;
}

/** Every task and result carries the sequence number the main thread gave it. */
export interface Sequenced {
  seq: number;
}

export type ToWorker<T extends Sequenced = Task> = { type: 'tasks'; tasks: T[] } | { type: 'close' };

export type FromWorker<R extends Sequenced = TaskResult> = { type: 'results'; results: R[] } | { type: 'fatal'; message: string };
