/**
 * The batch engine behind `wirestory convert`: walk the inputs as a stream, hand files to the
 * worker pool with a bounded number in flight, and take the results back in walk order, so
 * stderr messages and NDJSON records come out in the same order on every run.
 *
 * Batch semantics as in unified-engine: a file that fails is one message naming it, and the
 * batch goes on; a failed file is never written. Stopping (Ctrl-C) is an AbortSignal given by
 * the caller: no new file is started, the ones in flight finish, the summary is printed.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { DEFAULT_MAX_BYTES } from '../options.js';
import type { ParseOptions } from '../core/types.js';
import { UsageError } from '../cli/io.js';
import { makeFolders, openOutputStream, writeFileAtomicSync, type OutputStream } from './atomic-write.js';
import { refuseFileOutputAmongInputs, refuseFolderOutputAmongInputs } from './overlap.js';
import { outputExtension, outputRel, type BatchFormat } from './output.js';
import { WorkerPool } from './pool.js';
import { ProgressLine } from './progress.js';
import { errorRecord, type Task, type TaskResult, type Warning } from './protocol.js';
import { emptyCounts, formatSummary, type BatchSummary } from './summary.js';
import { walkInputs, type SkipCounts, type WalkEntry, type WalkOptions } from './walk.js';
import { excludeMatcher } from '../files/exclude.js';
import { workerUrl } from './worker-url.js';
import { describeWriteError } from './write-error.js';
import { printable } from '../render/printable.js';

export interface BatchOptions {
  /** Files, folders or glob patterns, as given. */
  inputs: readonly string[];
  /** Output folder; for NDJSON an output file, or `-` for stdout. */
  out: string;
  /** Default `json`. */
  format?: BatchFormat;
  /** Worker threads. Default: `os.availableParallelism()`. */
  jobs?: number;
  /** Extensions taken from folders and globs. Default `['.txt', '.text']`. */
  extensions?: readonly string[];
  /** Take hidden files and folders (names starting with `.`). Default false. */
  hidden?: boolean;
  /** Leave outputs alone that are not older than their input. Default false. */
  skipUnchanged?: boolean;
  /** One-line JSON files. Default false (2-space indent). */
  compact?: boolean;
  /** Parsing options, as for one file. */
  parse?: ParseOptions;
  /** Print each warning (one line each). Default false: they are only counted. */
  verbose?: boolean;
  /** No summary line. Default false. Failures are always printed. */
  quiet?: boolean;
  /** Redraw a progress line on stderr. Default false (the CLI turns it on for a TTY). */
  progress?: boolean;
  /** Largest input read, in bytes. Default 64 MiB. */
  maxBytes?: number;
  /** `--exclude` globs: files and folders found in folders and globs that are left out. Default none. */
  exclude?: readonly string[];
}

export interface BatchIo {
  stdout: Writable;
  stderr: Writable & { columns?: number };
  cwd: string;
  /** Clock for elapsed time and progress. Default `performance.now`. */
  now?: () => number;
}

export interface BatchSignals {
  /** Stop taking files; finish those in flight. The reason names the signal. */
  stop?: AbortSignal;
  /** Stop now: kill the workers and remove their temporaries. */
  kill?: AbortSignal;
  /** Called once `stop` is listened to (before that, the caller may end the process itself). */
  running?: () => void;
}

export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.text'];
/** Files in flight per worker: bounds memory (and the reorder buffer) whatever the tree size. */
const IN_FLIGHT_PER_JOB = 32;

interface Pending {
  display: string;
  /** Output path (json, md). */
  out?: string | null;
  result?: TaskResult;
}

export async function convertBatch(options: BatchOptions, io: BatchIo, signals: BatchSignals = {}): Promise<BatchSummary> {
  const now = io.now ?? (() => performance.now());
  const started = now();
  const format = options.format ?? 'json';
  const jobs = options.jobs ?? availableParallelism();
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const counts = emptyCounts();
  const excludeDirs = new Set<string>();
  const excludeFiles = new Set<string>();

  // Output: a folder mirrored per file, or one NDJSON stream (written through a temporary when
  // it is a regular file). An output that is also an input is refused before anything is read.
  let outDir: string | null = null;
  let ndjson: { stream: Writable; file: OutputStream | null } | null = null;
  if (format === 'ndjson') {
    if (options.out === '-') ndjson = { stream: io.stdout, file: null };
    else {
      const target = resolve(io.cwd, options.out);
      const info = await stat(target).catch(() => null);
      if (info?.isDirectory()) throw new UsageError(`--out ${options.out} is a folder; --format ndjson writes one file (or \`-\` for stdout)`);
      await refuseFileOutputAmongInputs(options.out, target, options.inputs, io.cwd, extensions, options.hidden ?? false);
      let file: OutputStream;
      try {
        file = await openOutputStream(target);
      } catch (error) {
        throw new UsageError(`cannot write --out ${options.out}: ${describeWriteError(error)}`);
      }
      ndjson = { stream: file.stream, file };
      excludeFiles.add(target);
    }
  } else {
    if (options.out === '-') throw new UsageError('--out - (stdout) needs --format ndjson; json and md write one file per input into a folder');
    outDir = resolve(io.cwd, options.out);
    try {
      makeFolders(outDir);
      const info = await stat(outDir);
      if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      excludeDirs.add(`${info.dev}:${info.ino}`);
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new UsageError(
        code === 'ENOTDIR' || code === 'EEXIST'
          ? `--out ${options.out} is a file; json and md outputs go into a folder (use --format ndjson for one file)`
          : `cannot create output folder ${options.out}: ${describeWriteError(error)}`,
      );
    }
    await refuseFolderOutputAmongInputs(options.out, outDir, options.inputs, io.cwd);
  }

  const extension = format === 'ndjson' ? '' : outputExtension(format);
  const skipped: SkipCounts = { extension: 0, excluded: 0 };
  const exclude = excludeMatcher(options.exclude ?? []);
  const walkOptions: WalkOptions = {
    cwd: io.cwd,
    skipped,
    ...(exclude ? { exclude } : {}),
    extensions,
    hidden: options.hidden ?? false,
    excludeDirs,
    excludeFiles,
    ...(outDir ? { outputName: (rel: string) => outputRel(rel, extensions, extension) } : {}),
  };

  // Progress (TTY only): a second, cheap walk counts the inputs so an ETA can be shown early.
  const progress = options.progress ? new ProgressLine(io.stderr, now) : null;
  let total: number | null = null;
  let counted = 0;
  let stopped = false;
  let interrupted: BatchSummary['interrupted'] = null;
  if (progress) {
    void (async () => {
      for await (const entry of walkInputs(options.inputs, { ...walkOptions, outputName: undefined, skipped: undefined })) {
        void entry;
        if (stopped) return;
        counted++;
      }
      total = counted;
    })().catch(() => undefined);
  }

  // One line each, naming an input: control characters in names are shown escaped.
  const say = (text: string) => {
    const line = `${printable(text.replace(/\n$/, ''))}\n`;
    if (progress) progress.log(line);
    else io.stderr.write(line);
  };

  // In-order completion: results arrive out of order; they are taken in sequence.
  const pending = new Map<number, Pending>();
  let nextSeq = 0;
  let emitted = 0;
  let waiting: (() => void) | null = null;
  let needDrain = false;
  let fatal: Error | null = null;
  let outputError: Error | null = null;
  const wake = () => {
    const resume = waiting;
    waiting = null;
    resume?.();
  };

  const finish = (item: Pending) => {
    let result = item.result!;
    if (result.status === 'converted' && result.output !== undefined && item.out) {
      // One writer, in walk order: temporary in the same folder, then rename.
      try {
        writeFileAtomicSync(item.out, result.output);
      } catch (error) {
        result = { ...result, status: 'failed', reason: `cannot write ${item.out}: ${describeWriteError(error)}` };
      }
    }
    counts.bytes += result.bytes;
    switch (result.status) {
      case 'converted':
        counts.converted++;
        counts.warnings += result.warnings;
        if (options.verbose && result.details) for (const warning of result.details) say(formatWarning(item.display, warning));
        break;
      case 'unchanged':
        counts.skipped++;
        break;
      case 'failed':
        counts.failed++;
        say(`wirestory: ${item.display}: ${result.reason ?? 'failed'}\n`);
        break;
      case 'cancelled':
        counts.cancelled++;
        break;
      case 'notice':
        say(`wirestory: ${item.display}: ${result.reason ?? ''}\n`);
        break;
    }
    if (ndjson && result.record && result.status !== 'cancelled') {
      if (!outputError && !ndjson.stream.write(result.record)) needDrain = true;
    }
  };

  const settle = (result: TaskResult) => {
    const item = pending.get(result.seq);
    if (!item) return;
    item.result = result;
    let head: Pending | undefined;
    while ((head = pending.get(emitted)) && head.result) {
      pending.delete(emitted);
      emitted++;
      finish(head);
    }
    progress?.update({ done: counts.converted + counts.failed + counts.skipped, failed: counts.failed, total, counted });
    wake();
  };

  const pool = new WorkerPool(
    workerUrl(),
    jobs,
    {
      format,
      compact: options.compact ?? false,
      parse: options.parse ?? {},
      skipUnchanged: options.skipUnchanged ?? false,
      details: options.verbose ?? false,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    },
    settle,
    (error) => {
      fatal ??= error;
      stopped = true;
      pool.stop();
      wake();
    },
  );

  const onStop = () => {
    if (stopped) return;
    stopped = true;
    interrupted = signals.stop?.reason === 'SIGTERM' ? 'SIGTERM' : 'SIGINT';
    pool.stop();
    wake();
  };
  const onKill = () => {
    onStop();
    void pool.terminate();
  };
  signals.stop?.addEventListener('abort', onStop, { once: true });
  signals.kill?.addEventListener('abort', onKill, { once: true });
  if (signals.stop?.aborted) onStop();
  signals.running?.();

  // Clashes between outputs of different arguments (within one folder the walker finds them).
  const claimed = outDir && options.inputs.length > 1 ? new Map<string, string>() : null;
  const maxInFlight = jobs * IN_FLIGHT_PER_JOB;
  const flow = ndjson?.stream;
  const onDrain = () => {
    needDrain = false;
    wake();
  };
  flow?.on('drain', onDrain);
  // The reader of stdout went away (`| head`) or the NDJSON file cannot be written: stop.
  const onOutputError = (error: Error) => {
    outputError ??= error;
    stopped = true;
    pool.stop();
    wake();
  };
  flow?.on('error', onOutputError);

  const walker = walkInputs(options.inputs, walkOptions);
  let walked = false;
  // Interrupted: inputs the walk had not handed over yet, counted for the summary.
  let notReached = 0;
  let notReachedComplete = true;
  // Whether the walk gave anything to work on: a run that matches nothing is a usage error.
  let foundInputs = 0;
  try {
    // Taken by hand rather than with for-await, which would close the walk on `break`.
    for (;;) {
      const next = await walker.next();
      if (next.done) {
        walked = true;
        break;
      }
      const entry = next.value;
      if (stopped) {
        if (entry.kind === 'file') notReached++;
        break;
      }
      dispatch(entry);
      while (!stopped && (nextSeq - emitted >= maxInFlight || needDrain)) {
        await new Promise<void>((resume) => (waiting = resume));
      }
      if (stopped) break;
    }
    if (!walked && interrupted && !fatal) {
      // Count what the walk would still have given (names only, nothing is read), for at most
      // a second: the summary then says how many inputs were not converted.
      const deadline = now() + 1000;
      for await (const entry of walker) {
        if (entry.kind === 'file') notReached++;
        if (now() > deadline) {
          notReachedComplete = false;
          break;
        }
      }
    }
  } catch (error) {
    // The walk found the NDJSON output among the inputs (through a glob): a usage error.
    fatal ??= error as Error;
    stopped = true;
    pool.stop();
  } finally {
    await walker.return(undefined);
  }

  function dispatch(entry: WalkEntry) {
    if (!(entry.kind === 'broken' && entry.noMatch)) foundInputs++;
    const seq = nextSeq++;
    pending.set(seq, { display: entry.display });
    if (entry.kind === 'broken' && !entry.failure) {
      settle({ seq, status: 'notice', warnings: 0, bytes: 0, reason: entry.reason });
      return;
    }
    if (entry.kind === 'broken') {
      settle({ seq, status: 'failed', warnings: 0, bytes: 0, reason: entry.reason, ...(ndjson ? { record: errorRecord(entry.rel, 'unreadable-input', entry.reason) } : {}) });
      return;
    }
    const out = outDir ? join(outDir, outputRel(entry.rel, extensions, extension)) : null;
    if (out === entry.path) {
      settle({ seq, status: 'failed', warnings: 0, bytes: 0, reason: 'its output would have the same name and replace it; not converted' });
      return;
    }
    if (claimed && out) {
      const first = claimed.get(out);
      if (first !== undefined) {
        settle({ seq, status: 'failed', warnings: 0, bytes: 0, reason: `output ${outputRel(entry.rel, extensions, extension)} clashes with ${first} (same output name); not converted` });
        return;
      }
      claimed.set(out, entry.display);
    }
    pending.get(seq)!.out = out;
    const task: Task = { seq, path: entry.path, rel: entry.rel, out };
    pool.submit(task);
  }

  // Everything dispatched is answered (converted, failed or cancelled) before the pool closes.
  while (emitted < nextSeq) await new Promise<void>((resume) => (waiting = resume));
  if (signals.kill?.aborted) await pool.terminate();
  else await pool.close();
  signals.stop?.removeEventListener('abort', onStop);
  signals.kill?.removeEventListener('abort', onKill);
  flow?.off('drain', onDrain);
  stopped = true;
  // stdout is reported by the command line (one place for every command); a file here.
  const stdoutError = options.out === '-' && outputError && (outputError as { code?: string }).code !== 'EPIPE' ? outputError : null;
  if (outputError && !stdoutError && options.out !== '-') {
    say(`wirestory: cannot write ${options.out}: ${describeWriteError(outputError)}\n`);
    counts.failed++;
  }

  if (ndjson?.file) {
    const { stream } = ndjson.file;
    await new Promise<void>((done) => {
      if (stream.destroyed) return done();
      stream.once('error', () => done());
      stream.end(() => done());
    });
    if (interrupted || fatal || outputError || stream.errored) ndjson.file.abort();
    else {
      try {
        ndjson.file.commit();
      } catch (error) {
        say(`wirestory: cannot write ${options.out}: ${describeWriteError(error)}\n`);
        counts.failed++;
      }
    }
  }
  progress?.clear();
  if (!fatal && !interrupted && walked && foundInputs === 0) fatal = new UsageError(nothingMatched(options.inputs, extensions, skipped));
  if (fatal) throw fatal;

  const summary: BatchSummary = {
    ...counts,
    elapsedMs: now() - started,
    interrupted,
    notStarted: interrupted ? counts.cancelled + notReached : null,
    notStartedAtLeast: interrupted !== null && !notReachedComplete,
    stdoutError,
    skippedByExtension: skipped.extension,
    excluded: skipped.excluded,
  };
  if (!options.quiet || interrupted) io.stderr.write(formatSummary(summary));
  return summary;
}

/** `nothing to convert in \`x\`: no file ending in .txt or .text (3 other files; change with --ext)`. */
function nothingMatched(inputs: readonly string[], extensions: readonly string[], skipped: SkipCounts): string {
  const others: string[] = [];
  if (skipped.extension > 0) others.push(`${skipped.extension} with other extensions: change with --ext`);
  if (skipped.excluded > 0) others.push(`${skipped.excluded} excluded by --exclude`);
  const where = inputs.map((input) => `\`${input}\``).join(', ');
  const wanted = extensions.join(' or ');
  return `nothing to convert in ${where}: no file ending in ${wanted}${others.length > 0 ? ` (${others.join('; ')})` : ''}`;
}

function formatWarning(display: string, warning: Warning): string {
  const place = warning.line === null ? '' : `:${warning.line}`;
  return `wirestory: ${display}${place}: warning: ${warning.message} [${warning.rule}]\n`;
}
