/**
 * Standard output or error written straight to its file descriptor (`fs.writeSync`), for the
 * lean start of the plain parse path (fast.ts): creating `process.stdout` builds a Node stream
 * (and for a pipe loads `net`), which cost a one-story run about 6 % of its instructions, while
 * the stream would write the same bytes with the same system call. It answers as much of the
 * stream's interface as `write`, `guard` and `onProcessStreams` use (`write(text, callback)`,
 * `on`/`off('error')`, `destroyed`, `errored`, `isTTY`), in the same order: a failed write calls
 * back with the error on the next tick and emits `error` on the one after, as a stream does.
 *
 * A descriptor that is not blocking (EAGAIN: a non-blocking pipe or terminal left by the parent)
 * hands what is left, and everything after it, to the real stream, which waits for it.
 */
import { fstatSync, writeSync } from 'node:fs';
import type { Writable } from 'node:stream';

type Listener = (error: Error) => void;

export interface FdWriter {
  write(text: string, callback?: (error?: Error | null) => void): boolean;
  on(event: 'error', listener: Listener): FdWriter;
  off(event: 'error', listener: Listener): FdWriter;
  readonly destroyed: boolean;
  readonly errored: Error | null;
  readonly isTTY: boolean;
}

/** A writer for fd 1 or 2; `stream()` gives the real stream (`process.stdout`), made only if needed. */
export function fdWriter(fd: 1 | 2, stream: () => Writable & { isTTY?: boolean }): FdWriter {
  const listeners: Listener[] = [];
  let errored: Error | null = null;
  let real: (Writable & { isTTY?: boolean }) | null = null;
  let tty: boolean | undefined;

  const handOver = () => {
    real = stream();
    for (const listener of listeners) real.on('error', listener);
    return real;
  };

  const writer: FdWriter = {
    write(text, callback) {
      if (real !== null) return real.write(text, callback);
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return handOver().write(bytes.subarray(done), callback);
        process.nextTick(() => {
          errored = error as Error;
          callback?.(error as Error);
          process.nextTick(() => {
            for (const listener of [...listeners]) listener(error as Error);
          });
        });
        return false;
      }
      if (callback) process.nextTick(callback, null);
      return true;
    },
    on(_event, listener) {
      listeners.push(listener);
      real?.on('error', listener);
      return writer;
    },
    off(_event, listener) {
      const at = listeners.indexOf(listener);
      if (at >= 0) listeners.splice(at, 1);
      real?.off('error', listener);
      return writer;
    },
    get destroyed() {
      return real !== null ? real.destroyed : errored !== null;
    },
    get errored() {
      return real !== null ? real.errored : errored;
    },
    // A terminal is a character device; /dev/null is one too, so only then ask the stream.
    get isTTY() {
      if (real !== null) return real.isTTY === true;
      if (tty === undefined) {
        let device = false;
        try {
          device = fstatSync(fd).isCharacterDevice();
        } catch {}
        tty = device && stream().isTTY === true;
      }
      return tty;
    },
  };
  return writer;
}
