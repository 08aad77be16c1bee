/**
 * Reading standard input with the `--max-bytes` limit: `wirestory < /dev/zero` must stop, not
 * read until memory runs out. Reads fd 0 directly (sparing process.stdin and the net and tty
 * modules when a story is piped in); a non-blocking descriptor continues on the stream.
 */
import { readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputTooLargeError } from '../files/read-file.js';

const CHUNK = 1024 * 1024;

/** All of `fd` (up to `maxBytes`), then, should it say EAGAIN, the rest from `fallback`. */
export async function readFdLimited(fd: number, maxBytes: number, fallback: () => Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    let read: number;
    try {
      // At most one byte over the limit: enough to know the input is over it.
      read = readSync(fd, buffer, 0, Math.min(CHUNK, maxBytes + 1 - total), null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return readAllLimited(fallback(), maxBytes, chunks, total);
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    // A copy of what was read: a pipe gives 64 KiB at a time, and a view would keep the whole buffer.
    chunks.push(Buffer.from(buffer.subarray(0, read)));
    total += read;
    if (total > maxBytes) throw new InputTooLargeError(null, maxBytes);
  }
  return Buffer.concat(chunks, total);
}

/** A whole stream (up to `maxBytes`, after what `chunks` already holds); stops reading when over. */
export async function readAllLimited(stream: Readable, maxBytes: number, chunks: Buffer[] = [], total = 0): Promise<Buffer> {
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    total += bytes.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new InputTooLargeError(null, maxBytes);
    }
  }
  return Buffer.concat(chunks, total);
}

