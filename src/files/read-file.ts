/**
 * Reading a story or a golden without ever hanging: the file is opened without blocking and
 * read only when `fstat` says it is a regular file. A named pipe, a socket or a device given
 * as a story (or lying where a golden should be) is refused with a reason naming what it is;
 * opening a pipe for reading would otherwise wait forever for a writer.
 */
// fs.promises is read where it is used: importing node:fs/promises loads it (and readline) at
// start-up, a millisecond the lean parse path, which reads synchronously, does without.
import { closeSync, constants, fstatSync, openSync, promises, readSync, type Dirent, type Stats } from 'node:fs';
import { tooLargeReason } from '../options.js';

/** An input over the `--max-bytes` limit (code `ETOOLARGE`): its message is the reason. */
export class InputTooLargeError extends Error {
  override name = 'InputTooLargeError';
  readonly code = 'ETOOLARGE';
  constructor(size: number | null, limit: number) {
    super(tooLargeReason(size, limit));
  }
}

/** What a directory entry or a `stat` result is: the one mapping the readers and the folder walker share. */
export type EntryType = 'file' | 'dir' | 'symlink' | 'fifo' | 'socket' | 'char' | 'block' | 'unknown';

export function entryType(info: Dirent | Stats): EntryType {
  if (info.isFile()) return 'file';
  if (info.isDirectory()) return 'dir';
  if (info.isSymbolicLink()) return 'symlink';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice()) return 'char';
  if (info.isBlockDevice()) return 'block';
  return 'unknown';
}

const NOT_REGULAR: Partial<Record<EntryType, string>> = {
  fifo: 'not a regular file (a named pipe); not read',
  socket: 'not a regular file (a socket); not read',
  char: 'not a regular file (a character device); not read',
  block: 'not a regular file (a block device); not read',
  dir: 'is a folder',
};

/** Why an entry of this type is not read as a story. */
export function reasonForType(type: EntryType): string {
  return NOT_REGULAR[type] ?? 'not a regular file; not read';
}

export function nonRegularReason(info: Stats): string {
  return reasonForType(entryType(info));
}

/** A path that is not a regular file (code `ENOTREG`): its message says what it is. */
export class NotRegularFileError extends Error {
  override name = 'NotRegularFileError';
  readonly code = 'ENOTREG';
  constructor(readonly type: EntryType) {
    super(reasonForType(type));
  }
}

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** A folder: the same error reading it would give (its message names what to do instead). */
function refuse(info: Stats): never {
  if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  throw new NotRegularFileError(entryType(info));
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
  const handle = await promises.open(path, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) refuse(info);
    if (info.size > maxBytes) throw new InputTooLargeError(info.size, maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
