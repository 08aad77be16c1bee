/**
 * The streams and environment a command works with. Injected so tests can drive commands
 * without spawning, and so nothing below the CLI touches `process` directly.
 */
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
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

/** An error the user caused (bad option value, no such file): printed as one line, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

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

/** Writes and waits for the stream to take it (so exit codes are set after output is flushed). */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** Reads a whole stream into one buffer. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
