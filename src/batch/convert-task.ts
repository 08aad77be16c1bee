/**
 * Conversion in a worker (src/workers/worker.ts): takes batches of files from the main thread;
 * for each: open without blocking, check it is a regular file, read, parse, render; sends back
 * one result per file with the rendered output as UTF-8 bytes, moved (transferred, not copied)
 * to the main thread, which writes them in walk order. Measured (test/bench/HISTORY.md, "Batch conversion"): main-
 * thread writes beat workers writing their own outputs (5-10% less time: file creation from
 * several threads contends in the kernel), and moving bytes instead of cloning strings keeps
 * the main thread's heap from growing with the number of files (175 → 145 MiB peak at 10,000).
 * Synchronous reads on purpose: a worker does one file at a time, and sync calls skip the
 * thread-pool round trips.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { parseArticle } from '../core/parse.js';
import { describeReadError } from '../errors.js';
import { tooLargeReason } from '../options.js';
import type { Article } from '../schema/article.js';
import { toJson } from '../render/json.js';
import type { ConvertConfig, FromWorker, Task, TaskResult, ToWorker } from '../workers/protocol.js';
import { errorRecord, okRecord } from './protocol.js';
import { nonRegularReason } from '../files/walk.js';

/** Each output gets a buffer of its own (Buffer.from may share a pooled one), so it can be moved. */
const encoder = new TextEncoder();
let config: ConvertConfig;
let render: (article: Article) => string;
let control: Int32Array;
let index: number;

/** Answers the main thread's batches of files. `control` and `slot`: see WorkerConfig. */
export async function serveConversion(setup: ConvertConfig, shared: Int32Array, slot: number, port: MessagePort): Promise<void> {
  config = setup;
  control = shared;
  index = slot;
  if (config.format === 'md') {
    const { toMarkdown } = await import('../render/markdown.js');
    render = toMarkdown;
  } else {
    render = (article) => toJson(article, { compact: config.compact || config.format === 'ndjson' });
  }
  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      port.close();
      return;
    }
    const results = message.tasks.map(convertOne);
    const moved: ArrayBuffer[] = [];
    for (const result of results) if (result.output) moved.push(result.output.buffer as ArrayBuffer);
    port.postMessage({ type: 'results', results } satisfies FromWorker, moved);
  });
}

function convertOne(task: Task): TaskResult {
  if (Atomics.load(control, 0) !== 0) return { seq: task.seq, status: 'cancelled', warnings: 0, bytes: 0 };
  Atomics.store(control, 1 + index, task.seq);
  try {
    return convert(task);
  } catch (error) {
    // The core never throws; if it ever does, that file fails and the batch goes on.
    const message = error instanceof Error ? error.message : String(error);
    return failed(task, `internal error: ${message} (please report it)`);
  } finally {
    Atomics.store(control, 1 + index, -1);
  }
}

function convert(task: Task): TaskResult {
  let bytes: Buffer;
  let fd: number;
  try {
    // O_NONBLOCK: should the file have been replaced by a named pipe since the walk, opening
    // it must not hang the worker; fstat below then refuses it.
    fd = openSync(task.path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return failed(task, code === 'ENOENT' ? 'no such file (it disappeared during the run)' : describeReadError(error));
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return failed(task, nonRegularReason(info));
    if (info.size > config.maxBytes) {
      return failed(task, tooLargeReason(info.size, config.maxBytes), 'too-large');
    }
    if (config.skipUnchanged && task.out !== null) {
      const out = statSync(task.out, { throwIfNoEntry: false });
      if (out && out.isFile() && out.mtimeMs >= info.mtimeMs) return { seq: task.seq, status: 'unchanged', warnings: 0, bytes: 0 };
    }
    bytes = readWhole(fd, info.size);
  } catch (error) {
    return failed(task, describeReadError(error));
  } finally {
    closeSync(fd);
  }

  const result = parseArticle(bytes, { ...config.parse, fileName: task.rel });
  if (!result.ok) return failed(task, result.error.message, result.error.rule, bytes.length);
  const { article } = result;
  const warnings = article.warnings.filter((warning) => warning.severity !== 'info');
  const done: TaskResult = { seq: task.seq, status: 'converted', warnings: warnings.length, bytes: bytes.length };
  if (warnings.length > 0) {
    done.rules = warnings.map((warning) => warning.rule);
    if (config.details) done.details = warnings;
  }
  if (task.out === null) done.record = okRecord(task.rel, JSON.stringify(article));
  else done.output = encoder.encode(render(article));
  return done;
}

function failed(task: Task, reason: string, rule = 'unreadable-input', bytes = 0): TaskResult {
  const result: TaskResult = { seq: task.seq, status: 'failed', warnings: 0, bytes, reason };
  if (task.out === null) result.record = errorRecord(task.rel, rule, reason);
  return result;
}

/** Reads `size` bytes (the size fstat gave; one syscall less than readFileSync). */
function readWhole(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, buffer, filled, size - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? buffer : buffer.subarray(0, filled);
}
