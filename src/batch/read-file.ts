/**
 * Reading a story or a golden without ever hanging: the file is opened without blocking and
 * read only when `fstat` says it is a regular file. A named pipe, a socket or a device given
 * as a story (or lying where a golden should be) is refused with a reason naming what it is;
 * opening a pipe for reading would otherwise wait forever for a writer.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { tooLargeReason } from '../options.js';

/** An input over the `--max-bytes` limit (code `ETOOLARGE`): its message is the reason. */
export class InputTooLargeError extends Error {
  override name = 'InputTooLargeError';
  readonly code = 'ETOOLARGE';
  constructor(size: number | null, limit: number) {
    super(tooLargeReason(size, limit));
  }
}

/** A path that is not a regular file (code `ENOTREG`): its message says what it is. */
export class NotRegularFileError extends Error {
  override name = 'NotRegularFileError';
  readonly code = 'ENOTREG';
}

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

export function nonRegularReason(info: Stats): string {
  if (info.isFIFO()) return 'not a regular file (a named pipe); not read';
  if (info.isSocket()) return 'not a regular file (a socket); not read';
  if (info.isCharacterDevice()) return 'not a regular file (a character device); not read';
  if (info.isBlockDevice()) return 'not a regular file (a block device); not read';
  if (info.isDirectory()) return 'is a folder';
  return 'not a regular file; not read';
}

/** A folder: the same error reading it would give (its message names what to do instead). */
function refuse(info: Stats): never {
  if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  throw new NotRegularFileError(nonRegularReason(info));
}

/**
 * The whole file, or throws (`ENOENT`, `EACCES`, `EISDIR`, …, {@link NotRegularFileError}, or
 * {@link InputTooLargeError} when it holds more than `maxBytes`: then it is not read at all).
 */
export function readRegularFileSync(path: string, maxBytes = Infinity): Buffer {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) refuse(info);
    if (info.size > maxBytes) throw new InputTooLargeError(info.size, maxBytes);
    const buffer = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < info.size) {
      const read = readSync(fd, buffer, filled, info.size - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return filled === info.size ? buffer : buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** {@link readRegularFileSync} through the thread pool. */
export async function readRegularFile(path: string, maxBytes = Infinity): Promise<Buffer> {
  const handle = await open(path, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) refuse(info);
    if (info.size > maxBytes) throw new InputTooLargeError(info.size, maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
