/**
 * The one place that turns what a command did into an exit code: failed writes to stdout or
 * stderr (one line and exit 1; EPIPE a quiet stop), usage errors (exit 2), and unexpected
 * errors (exit 1, the stack only with --debug). Shared by the full command line (`main.ts`,
 * over commander) and the lean start of the plain parse path (`fast.ts`), so both end alike.
 */
import type { Writable } from 'node:stream';
import { EXIT, StreamWriteError, UsageError, write, type Io } from './io.js';
import { describeWriteError } from '../errors.js';
import { printable } from '../render/printable.js';

/** What a command's action hands back to `run`. */
export type ExitSetter = (code: number) => void;

export interface CommandContext {
  io: Io;
  setExit: ExitSetter;
  /** True when --debug was given: print stack traces of unexpected errors. */
  debug(): boolean;
}

export interface Guarded {
  /** Runs the command. Whatever it throws is turned into an exit code here. */
  body(context: CommandContext): Promise<void>;
  /** The exit code for a thrown value the caller knows (commander's own), or undefined. */
  exitCodeOf?(thrown: unknown): number | undefined;
  /** Called after `body` returned: the final answer on --debug. */
  debugAfter?(): boolean;
}

/** Runs `guarded.body` and returns the exit code. Never throws. */
export async function guard(argv: readonly string[], io: Io, guarded: Guarded): Promise<number> {
  let code: number = EXIT.ok;
  let debug = argv.includes('--debug');
  const context: CommandContext = {
    io,
    setExit: (value) => {
      code = Math.max(code, value);
    },
    debug: () => debug,
  };
  // A failed write to stdout or stderr is reported once, however it surfaced: as an 'error'
  // event on the stream or as a StreamWriteError thrown out of a command.
  const failed = new Map<Writable, Error>();
  const watch = (stream: Writable) => {
    const onError = (error: Error) => void (failed.has(stream) || failed.set(stream, error));
    stream.on('error', onError);
    return () => stream.off('error', onError);
  };
  const unwatch = [watch(io.stdout), watch(io.stderr)];
  const say = async (text: string) => {
    if (failed.has(io.stderr)) return;
    await write(io.stderr, text).catch(() => undefined);
  };
  let thrown: unknown = null;
  try {
    await guarded.body(context);
    if (guarded.debugAfter) debug = guarded.debugAfter();
  } catch (error) {
    thrown = error;
  }
  // Let 'error' events of writes already made arrive before deciding.
  await new Promise((resolve) => setImmediate(resolve));
  for (const stop of unwatch) stop();
  if (thrown instanceof StreamWriteError && !failed.has(thrown.stream)) failed.set(thrown.stream, thrown.error);
  for (const [stream, name] of [
    [io.stdout, 'stdout'],
    [io.stderr, 'stderr'],
  ] as const) {
    const error = failed.get(stream);
    if (!error) continue;
    const errno = (error as { code?: string }).code;
    // `wirestory big.txt | head`: the reader went away; stop quietly, as cat does.
    if (errno === 'EPIPE') return code;
    await say(`wirestory: cannot write to ${name}: ${describeWriteError(error)}${errno && !errno.startsWith('ERR_') ? ` (${errno})` : ''}\n`);
    return EXIT.failure;
  }
  if (thrown === null) return code;
  const known = guarded.exitCodeOf?.(thrown);
  if (known !== undefined) return known;
  if (thrown instanceof UsageError) {
    await say(`wirestory: ${printable(thrown.message)}\n`);
    return EXIT.usage;
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  await say(
    debug && thrown instanceof Error && thrown.stack
      ? `wirestory: internal error: ${thrown.stack}\n`
      : `wirestory: internal error: ${message} (run with --debug for the stack trace)\n`,
  );
  return EXIT.failure;
}

/**
 * Sets up the process for a run: output errors end it as `guard` says, never as a crash.
 * `streams`: the run's stdout and stderr (default `process.stdout` and `process.stderr`).
 */
export function onProcessStreams(streams: readonly { on(event: 'error', listener: (error: Error) => void): unknown }[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      process.exitCode = Math.max(Number(process.exitCode ?? 0), EXIT.failure);
    });
  }
}
