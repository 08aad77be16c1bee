/**
 * The batch engine behind `wirestory convert`: walk the inputs as a stream, hand files to the
 * worker pool with a bounded number in flight, and take the results back in walk order, so
 * stderr messages and NDJSON records come out in the same order on every run.
 *
 * Batch semantics as in unified-engine: a file that fails is one message naming it, and the
 * batch goes on; a failed file is never written. Stopping (Ctrl-C) is an AbortSignal given by
 * the caller: no new file is started, the ones in flight finish, the summary is printed.
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { DEFAULT_MAX_BYTES } from '../options.js';
import type { ParseOptions } from '../core/types.js';
import { describeWriteError, UsageError } from '../errors.js';
import { cleanStaleTemporaries, writeFileAtomicSync } from '../files/atomic-write.js';
import { InOrder } from './in-order.js';
import { outputExtension, outputRel, type BatchFormat } from './output.js';
import { WorkerPool } from './pool.js';
import { ProgressLine } from './progress.js';
import { errorRecord } from './protocol.js';
import type { Task, TaskResult } from '../workers/protocol.js';
import { loadReportFormatter, type ReportFormatter } from '../render/report.js';
import { closeOutputSink, openOutputSink, removeCreatedFolders, type OutputSink } from './sink.js';
import { emptyCounts, formatSummary, type BatchSummary } from './summary.js';
import { OutputClaims, walkInputs, type SkipCounts, type WalkEntry, type WalkOptions } from '../files/walk.js';
import { excludeMatcher } from '../files/exclude.js';
import { workerEntry } from '../workers/worker-entry.js';
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
  /** Print each file's warnings (as `wirestory parse` does). Default false: they are counted per rule. */
  verbose?: boolean;
  /** Colour in the `verbose` warnings. Default false. */
  color?: boolean;
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
  /** A glob that matched nothing: reported only if the run finds something else to convert. */
  noMatch?: boolean;
  /** Output path (json, md). */
  out?: string | null;
}

/**
 * The stages of a run: open the output (./sink.ts), count the inputs for the progress line,
 * dispatch the walk to the worker pool with a bounded number in flight, take the results back
 * in walk order (./in-order.ts), close the output and summarize.
 */
export async function convertBatch(options: BatchOptions, io: BatchIo, signals: BatchSignals = {}): Promise<BatchSummary> {
  const format = options.format ?? 'json';
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const started = (io.now ?? (() => performance.now()))();
  // A named pipe nobody reads yet: say why nothing happens (as a progress note: not with --quiet).
  const waiting = options.quiet ? undefined : () => io.stderr.write(`wirestory: waiting for a reader of ${printable(options.out)} (a named pipe)\n`);
  // The workers first: a thread takes Node longer to start than the output takes to open, and
  // each then loads the parser, so they are ready when the walk hands them files. Their
  // answers go to the run once it exists (a result only answers a task the run gave).
  let run: BatchRun | null = null;
  let earlyFatal: Error | null = null;
  const pool = startPool(options, format, (result) => run!.settle(result), (error) => {
    if (run === null) earlyFatal ??= error;
    else run.failWith(error);
  });
  let sink: OutputSink;
  try {
    sink = await openOutputSink(
      { out: options.out, format, inputs: options.inputs, cwd: io.cwd, extensions, hidden: options.hidden ?? false, ...(waiting ? { waiting } : {}) },
      io.stdout,
    );
  } catch (error) {
    await pool.terminate();
    throw error;
  }
  run = new BatchRun(options, io, sink, format, extensions, pool);
  if (earlyFatal !== null) run.failWith(earlyFatal);
  run.countInputs();
  await run.dispatchAll(signals);
  return run.summarize(started);
}

/** The worker pool of a run, with `options`' settings. */
function startPool(options: BatchOptions, format: BatchFormat, onResult: (result: TaskResult) => void, onFatal: (error: Error) => void): WorkerPool {
  return new WorkerPool(
    workerEntry(),
    jobsOf(options),
    {
      format,
      compact: options.compact ?? false,
      parse: options.parse ?? {},
      skipUnchanged: options.skipUnchanged ?? false,
      details: options.verbose ?? false,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    },
    onResult,
    onFatal,
  );
}

function jobsOf(options: BatchOptions): number {
  return options.jobs ?? availableParallelism();
}

class BatchRun {
  readonly counts = emptyCounts();
  readonly warningRules = new Map<string, number>();
  /** `--verbose`: each converted file's warnings, as `wirestory parse` prints them. */
  report: ReportFormatter | null = null;
  readonly skipped: SkipCounts = { extension: 0, excluded: 0 };
  readonly walkOptions: WalkOptions;
  readonly extension: string;
  readonly now: () => number;
  readonly progress: ProgressLine | null;
  readonly order: InOrder<Pending>;
  readonly jobs: number;
  /** Clashes between outputs of different arguments (within one folder the walker finds them). */
  readonly claimed: OutputClaims | null;
  total: number | null = null;
  counted = 0;
  stopped = false;
  interrupted: BatchSummary['interrupted'] = null;
  fatal: Error | null = null;
  outputError: Error | null = null;
  needDrain = false;
  waiting: (() => void) | null = null;
  /** The walk gave all it had. */
  walked = false;
  /** Interrupted: inputs the walk had not handed over yet, counted for the summary. */
  notReached = 0;
  notReachedComplete = true;
  /** Whether the walk gave anything to work on: a run that matches nothing is a usage error. */
  foundInputs = 0;
  /** Globs that matched nothing, held back until an input is found (else one usage error says it). */
  unmatched: string[] = [];
  /** Interrupted: globs the walk found matching nothing after the stop, said after the results. */
  unmatchedAfterStop: string[] = [];
  /** Whether a result other than an unmatched glob was taken: the held lines are then printed. */
  tookInput = false;

  constructor(
    readonly options: BatchOptions,
    readonly io: BatchIo,
    readonly sink: OutputSink,
    readonly format: BatchFormat,
    readonly extensions: readonly string[],
    readonly pool: WorkerPool,
  ) {
    this.now = io.now ?? (() => performance.now());
    this.jobs = jobsOf(options);
    this.extension = format === 'ndjson' ? '' : outputExtension(format);
    const exclude = excludeMatcher(options.exclude ?? []);
    this.walkOptions = {
      cwd: io.cwd,
      skipped: this.skipped,
      ...(exclude ? { exclude } : {}),
      extensions,
      hidden: options.hidden ?? false,
      excludeDirs: sink.excludeDirs,
      excludeFiles: sink.excludeFiles,
      ...(sink.outDir ? { outputName: (rel: string) => outputRel(rel, extensions, this.extension) } : {}),
    };
    this.progress = options.progress ? new ProgressLine(io.stderr, this.now) : null;
    this.order = new InOrder<Pending>((item, result) => this.take(item, result));
    this.claimed = sink.outDir && options.inputs.length > 1 ? new OutputClaims() : null;
  }

  /** Progress (TTY only): a second, cheap walk counts the inputs so an ETA can be shown early. */
  countInputs(): void {
    if (!this.progress) return;
    void (async () => {
      for await (const entry of walkInputs(this.options.inputs, { ...this.walkOptions, outputName: undefined, skipped: undefined })) {
        void entry;
        if (this.stopped) return;
        this.counted++;
      }
      this.total = this.counted;
    })().catch(() => undefined);
  }

  /** The held-back lines of globs that matched nothing, once it is clear the run is not a usage error. */
  flushUnmatched(): void {
    if (this.tookInput) return;
    this.tookInput = true;
    for (const pattern of this.unmatched) this.sayNoMatch(pattern);
  }

  sayNoMatch(pattern: string): void {
    this.say(`wirestory: ${pattern}: no files match this pattern\n`);
  }

  /** One line each, naming an input: control characters in names are shown escaped. */
  say(text: string): void {
    const line = `${printable(text.replace(/\n$/, ''))}\n`;
    if (this.progress) this.progress.log(line);
    else this.io.stderr.write(line);
  }

  wake(): void {
    const resume = this.waiting;
    this.waiting = null;
    resume?.();
  }

  wait(): Promise<void> {
    return new Promise<void>((resume) => (this.waiting = resume));
  }

  /** The pool cannot go on (its workers keep failing): stop, and fail the run with `error`. */
  failWith(error: Error): void {
    this.fatal ??= error;
    this.halt();
  }

  /** Stops taking files (a fatal error, the output gone): the ones in flight come back. */
  halt(): void {
    this.stopped = true;
    this.pool.stop();
    this.wake();
  }

  settle(result: TaskResult): void {
    if (!this.order.settle(result)) return;
    const { counts } = this;
    this.progress?.update({ done: counts.converted + counts.failed + counts.skipped, failed: counts.failed, total: this.total, counted: this.counted });
    this.wake();
  }

  /** A result, in walk order: written (one writer, temporary then rename), counted, reported. */
  take(item: Pending, taken: TaskResult): void {
    let result = taken;
    const { counts } = this;
    if (item.noMatch) {
      this.unmatched.push(item.display);
      if (this.tookInput) this.say(`wirestory: ${item.display}: ${result.reason ?? ''}\n`);
      return;
    }
    this.flushUnmatched();
    if (result.status === 'converted' && result.output !== undefined && item.out) {
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
        for (const rule of result.rules ?? []) this.warningRules.set(rule, (this.warningRules.get(rule) ?? 0) + 1);
        if (this.report && result.details) {
          const text = this.report([{ path: printable(item.display), diagnostics: result.details }], 'warnings', this.options.color ?? false);
          if (this.progress) this.progress.log(text);
          else this.io.stderr.write(text);
        }
        break;
      case 'unchanged':
        counts.skipped++;
        // Temporaries a killed run left next to this output go, as when it is written.
        if (item.out) cleanStaleTemporaries(dirname(item.out));
        break;
      case 'failed':
        counts.failed++;
        this.say(`wirestory: ${item.display}: ${result.reason ?? 'failed'}\n`);
        break;
      case 'cancelled':
        counts.cancelled++;
        break;
      case 'notice':
        this.say(`wirestory: ${item.display}: ${result.reason ?? ''}\n`);
        break;
    }
    const ndjson = this.sink.ndjson;
    if (ndjson && result.record && result.status !== 'cancelled') {
      if (!this.outputError && !ndjson.stream.write(result.record)) this.needDrain = true;
    }
  }

  /** The pool, the signals and the output stream's events, for as long as `work` runs. */
  async dispatchAll(signals: BatchSignals): Promise<void> {
    const { options } = this;
    if (options.verbose) this.report = await loadReportFormatter();
    const onStop = () => {
      if (this.stopped) return;
      this.stopped = true;
      this.interrupted = signals.stop?.reason === 'SIGTERM' ? 'SIGTERM' : 'SIGINT';
      this.pool.stop();
      this.wake();
    };
    const onKill = () => {
      onStop();
      void this.pool.terminate();
    };
    signals.stop?.addEventListener('abort', onStop, { once: true });
    signals.kill?.addEventListener('abort', onKill, { once: true });
    if (signals.stop?.aborted) onStop();
    signals.running?.();
    const flow = this.sink.ndjson?.stream;
    const onDrain = () => {
      this.needDrain = false;
      this.wake();
    };
    // The reader of stdout went away (`| head`) or the NDJSON file cannot be written: stop.
    const onOutputError = (error: Error) => {
      this.outputError ??= error;
      this.halt();
    };
    flow?.on('drain', onDrain);
    flow?.on('error', onOutputError);

    await this.walk();
    // Everything dispatched is answered (converted, failed or cancelled) before the pool closes.
    while (this.order.open > 0) await this.wait();
    if (signals.kill?.aborted) await this.pool.terminate();
    else await this.pool.close();
    signals.stop?.removeEventListener('abort', onStop);
    signals.kill?.removeEventListener('abort', onKill);
    flow?.off('drain', onDrain);
    this.stopped = true;
  }

  /** Hands the walk's entries to the pool, at most `jobs × IN_FLIGHT_PER_JOB` unanswered. */
  async walk(): Promise<void> {
    const maxInFlight = this.jobs * IN_FLIGHT_PER_JOB;
    const walker = walkInputs(this.options.inputs, this.walkOptions);
    try {
      // Taken by hand rather than with for-await, which would close the walk on `break`.
      for (;;) {
        const next = await walker.next();
        if (next.done) {
          this.walked = true;
          break;
        }
        const entry = next.value;
        if (this.stopped) {
          this.notReachedEntry(entry);
          break;
        }
        this.dispatch(entry);
        while (!this.stopped && (this.order.open >= maxInFlight || this.needDrain)) await this.wait();
        if (this.stopped) break;
      }
      if (!this.walked && this.interrupted && !this.fatal) {
        // Count what the walk would still have given (names only, nothing is read), for at most
        // a second: the summary then says how many inputs were not converted.
        const deadline = this.now() + 1000;
        for await (const entry of walker) {
          this.notReachedEntry(entry);
          if (this.now() > deadline) {
            this.notReachedComplete = false;
            break;
          }
        }
      }
    } catch (error) {
      // The walk found the NDJSON output among the inputs (through a glob): a usage error.
      this.fatal ??= error as Error;
      this.stopped = true;
      this.pool.stop();
    } finally {
      await walker.return(undefined);
    }
  }

  /** Interrupted: an entry the walk gave after the stop. A glob that matched nothing is still said (with the held ones). */
  notReachedEntry(entry: WalkEntry): void {
    if (entry.kind === 'file') this.notReached++;
    else if (entry.noMatch && this.interrupted) this.unmatchedAfterStop.push(entry.display);
  }

  /** One entry of the walk: a task for the pool, or an answer made here (broken, clashing). */
  dispatch(entry: WalkEntry): void {
    if (!(entry.kind === 'broken' && entry.noMatch)) this.foundInputs++;
    const item: Pending = { display: entry.display, ...(entry.kind === 'broken' && entry.noMatch ? { noMatch: true } : {}) };
    const seq = this.order.add(item);
    const answer = (result: Omit<TaskResult, 'seq' | 'warnings' | 'bytes'>) => this.settle({ seq, warnings: 0, bytes: 0, ...result });
    if (entry.kind === 'broken' && !entry.failure) return answer({ status: 'notice', reason: entry.reason });
    if (entry.kind === 'broken') {
      return answer({ status: 'failed', reason: entry.reason, ...(this.sink.ndjson ? { record: errorRecord(entry.rel, 'unreadable-input', entry.reason) } : {}) });
    }
    const rel = this.sink.outDir ? outputRel(entry.rel, this.extensions, this.extension) : null;
    const out = this.sink.outDir && rel !== null ? join(this.sink.outDir, rel) : null;
    if (out === entry.path) return answer({ status: 'failed', reason: 'its output would have the same name and replace it; not converted' });
    if (this.claimed && rel !== null) {
      // One output folder: the same `rel` is the same output.
      const clash = this.claimed.claim(rel, entry.display);
      if (clash) return answer({ status: 'failed', reason: clash });
    }
    item.out = out;
    const task: Task = { seq, path: entry.path, rel: entry.rel, out };
    this.pool.submit(task);
  }

  /** Closes the output, reports what could not be written, and prints the summary. */
  async summarize(started: number): Promise<BatchSummary> {
    const { options, counts } = this;
    // stdout is reported by the command line (one place for every command); a file here.
    const stdoutError = options.out === '-' && this.outputError && (this.outputError as { code?: string }).code !== 'EPIPE' ? this.outputError : null;
    if (this.outputError && !stdoutError && options.out !== '-') {
      this.say(`wirestory: cannot write ${options.out}: ${describeWriteError(this.outputError)}\n`);
      counts.failed++;
    }
    // Found nothing: a usage error, so an NDJSON file is not put in place (it would replace one with nothing).
    const nothing = !this.fatal && !this.interrupted && this.walked && this.foundInputs === 0;
    const unwritten = await closeOutputSink(this.sink, !(this.interrupted || this.fatal || this.outputError || nothing));
    if (unwritten) {
      this.say(`wirestory: cannot write ${options.out}: ${describeWriteError(unwritten.error)}\n`);
      counts.failed++;
    }
    this.progress?.clear();
    let fatal = this.fatal;
    if (nothing) {
      removeCreatedFolders(this.sink);
      fatal = new UsageError(nothingMatched(options.inputs, this.unmatched, this.extensions, this.skipped));
    }
    if (fatal) throw fatal;
    // Interrupted before any input was taken: the globs that matched nothing are still said.
    if (this.interrupted) {
      this.flushUnmatched();
      for (const pattern of this.unmatchedAfterStop) this.sayNoMatch(pattern);
    }

    const { interrupted } = this;
    const summary: BatchSummary = {
      ...counts,
      elapsedMs: this.now() - started,
      interrupted,
      notStarted: interrupted ? counts.cancelled + this.notReached : null,
      notStartedAtLeast: interrupted !== null && !this.notReachedComplete,
      stdoutError,
      skippedByExtension: this.skipped.extension,
      excluded: this.skipped.excluded,
      warningRules: this.warningRules,
      warningsShown: options.verbose ?? false,
    };
    if (!options.quiet || interrupted) this.io.stderr.write(formatSummary(summary));
    return summary;
  }
}

/**
 * `nothing to convert in \`x\`: no file ending in .txt or .text (3 other files; change with --ext)`,
 * and for globs that matched no file at all `no files match \`x/*.txt\``: one line either way.
 */
function nothingMatched(given: readonly string[], unmatched: readonly string[], extensions: readonly string[], skipped: SkipCounts): string {
  const globs = unmatched.map((pattern) => `\`${pattern}\``).join(', ');
  const inputs = given.filter((input) => !unmatched.includes(input));
  if (inputs.length === 0) return `nothing to convert: no files match ${globs}`;
  const others: string[] = [];
  if (skipped.extension > 0) others.push(`${skipped.extension} with other extensions: change with --ext`);
  if (skipped.excluded > 0) others.push(`${skipped.excluded} excluded by --exclude`);
  const where = inputs.map((input) => `\`${input}\``).join(', ');
  const wanted = extensions.join(' or ');
  const nothing = unmatched.length > 0 ? `; no files match ${globs}` : '';
  return `nothing to convert in ${where}: no file ending in ${wanted}${others.length > 0 ? ` (${others.join('; ')})` : ''}${nothing}`;
}
