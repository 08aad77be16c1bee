/**
 * The streams and environment a command works with. Injected so tests can drive commands
 * without spawning, and so nothing below the CLI touches `process` directly.
 */
import { fstatSync } from 'node:fs';
import { readAllLimited, readFdLimited } from './read-limit.js';
import type { Readable, Writable } from 'node:stream';

export interface Io {
  /** Standard input as a stream (the `stream` command reads records from it as they come). */
  stdin: Readable & { isTTY?: boolean };
  /**
   * All of standard input at once, refusing more than `maxBytes` (an InputTooLargeError).
   * Default: read `stdin` to its end.
   */
  readStdin?: (maxBytes: number) => Promise<Buffer>;
  /** Whether standard input is a terminal. Default: `stdin.isTTY`. */
  stdinIsTTY?: () => boolean;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The process's streams and environment; `output` replaces stdout and stderr (the lean start writes to their descriptors). */
export function processIo(output?: Pick<Io, 'stdout' | 'stderr'>): Io {
  return {
    // A getter: touching process.stdin loads Node's net and tty modules, which a run that reads
    // only files does not need (a few milliseconds of every start in a shell loop).
    get stdin() {
      return process.stdin;
    },
    // Reading fd 0 directly spares creating the process.stdin stream (and loading net and tty)
    // when a story is piped in; a terminal or a non-blocking descriptor falls back to the stream.
    readStdin: (maxBytes) => readFdLimited(0, maxBytes, () => process.stdin),
    stdinIsTTY: () => {
      try {
        // A terminal is a character device; /dev/null is one too, so ask tty only then.
        return fstatSync(0).isCharacterDevice() && process.stdin.isTTY === true;
      } catch {
        return false;
      }
    },
    stdout: output ? output.stdout : process.stdout,
    stderr: output ? output.stderr : process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Exit codes, as documented in the README. */
export const EXIT = {
  ok: 0,
  /** An input could not be parsed or converted, or a fixture failed. */
  failure: 1,
  /** Usage error: unknown option or command, bad option value. */
  usage: 2,
  sigint: 130,
  sigterm: 143,
} as const;

export { UsageError } from '../errors.js';

/**
 * Colour is used only when the stream is a TTY, `NO_COLOR` is unset or empty (https://no-color.org)
 * and `--no-color` was not given. `FORCE_COLOR` forces it on, as chalk documents.
 */
export function wantsColor(stream: { isTTY?: boolean }, env: Io['env'], flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true;
}

/**
 * Writing stdout or stderr failed (`> /dev/full`, a full disk, EIO; EPIPE when the reader went
 * away). `run` turns it into one line and exit 1 (EPIPE: a quiet stop), for every command.
 */
export class StreamWriteError extends Error {
  override name = 'StreamWriteError';
  constructor(
    readonly stream: Writable,
    readonly error: Error,
  ) {
    super(error.message);
  }
}

/** Writes and waits for the stream to take it (so exit codes are set after output is flushed). */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.destroyed || stream.errored) {
      reject(new StreamWriteError(stream, stream.errored ?? Object.assign(new Error('stream closed'), { code: 'ERR_STREAM_DESTROYED' })));
      return;
    }
    stream.write(text, (error) => (error ? reject(new StreamWriteError(stream, error)) : resolve()));
  });
}

/** Reads a whole stream into one buffer. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export function readStdin(io: Io, maxBytes: number): Promise<Buffer> {
  return io.readStdin ? io.readStdin(maxBytes) : readAllLimited(io.stdin, maxBytes);
}

export function stdinIsTTY(io: Io): boolean {
  return io.stdinIsTTY ? io.stdinIsTTY() : io.stdin.isTTY === true;
}

/**
 * No files and a terminal on stdin: teach (a line and the command's help on stderr, exit 2)
 * instead of waiting for input. True when it did; the command then stops.
 */
export async function refusedTerminalStdin(files: readonly string[], io: Io, setExit: (code: number) => void, help: string): Promise<boolean> {
  if (files.length > 0 || !stdinIsTTY(io)) return false;
  await write(io.stderr, `wirestory: no input: give story files, or pipe a story into stdin\n\n${help}`);
  setExit(EXIT.usage);
  return true;
}
