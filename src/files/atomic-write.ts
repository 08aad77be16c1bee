/**
 * Writing outputs without destroying anything: every file the commands write (convert outputs,
 * NDJSON files, goldens, validate reports) goes through here.
 *
 * - A regular file (or a new one) is written to a temporary in the same folder, which is then
 *   renamed over the target: a reader (or a rerun after Ctrl-C) sees the old file or the new
 *   one, never half of one. The old file's permission bits are kept.
 * - A symbolic link is followed: the file it names is written that way, the link stays.
 * - A device (`/dev/null`, `/dev/stdout`) or a named pipe is written through, never replaced.
 *   A pipe nobody reads is refused rather than waited on (synchronous writes only).
 * - A socket or a folder in the way is refused.
 *
 * Temporaries are named `.<name>.<pid>.wirestory-tmp`, cut to fit the 255-byte limit on file
 * names. A process killed with SIGKILL leaves its temporary behind; the next run that writes
 * into that folder removes those whose process is gone. No fsync: this protects against
 * interruption, not against power loss.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import {
  chmodSync,
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Suffix of every temporary this module writes (what a rerun looks for to clean up). */
export const TEMPORARY_SUFFIX = '.wirestory-tmp';
/** The longest file name most file systems take, in bytes. */
const NAME_MAX = 255;
/** Symbolic links followed in a chain before giving up (Linux's own limit is 40). */
const MAX_LINKS = 40;
/** Missing folders created for one output, at most: a path that never ends is an error, not a loop. */
export const MAX_NEW_FOLDERS = 256;

/** The mode a new file gets (0o666 less the umask): the old file's mode is set only when it differs. */
let newFileMode: number | null = null;
function defaultMode(): number {
  newFileMode ??= 0o666 & ~process.umask();
  return newFileMode;
}

/** Temporaries being written right now (NDJSON streams): removed on a forced exit. */
const live = new Set<string>();
let exitHooked = false;
/** Folders already cleaned of stale temporaries in this process. */
const cleaned = new Set<string>();

/** An output that cannot be written (not a system error): its message names why. */
export class OutputRefusedError extends Error {
  override name = 'OutputRefusedError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * Name of the temporary an output is written to before it is renamed into place: same folder
 * (so the rename is atomic), hidden, named after the process (two runs never share one), and
 * never longer than a file name may be: a 250-byte output name gets a shortened temporary.
 */
export function temporaryPath(target: string, pid: number = process.pid): string {
  const tail = `.${pid}${TEMPORARY_SUFFIX}`;
  const room = NAME_MAX - 1 - Buffer.byteLength(tail);
  return join(dirname(target), `.${truncateUtf8(basename(target), room)}${tail}`);
}

/** The longest prefix of `text` that fits in `bytes` UTF-8 bytes, never splitting a character. */
function truncateUtf8(text: string, bytes: number): string {
  if (Buffer.byteLength(text) <= bytes) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char);
    if (used + size > bytes) break;
    out += char;
    used += size;
  }
  return out;
}

/** What an output path is once symbolic links are followed. */
export interface OutputTarget {
  /** The path written: the target itself, or the file its link chain names. */
  path: string;
  kind: 'new' | 'file' | 'fifo' | 'device';
  /** Permission bits of the existing file (kept on rewrite). */
  mode?: number;
}

/** Follows symbolic links (also dangling ones: their target is created) and says what is there. */
export function resolveOutput(target: string): OutputTarget {
  let path = resolve(target);
  for (let hops = 0; ; hops++) {
    // No exception for a missing file, the common case of a first run: building one costs
    // more than the lstat itself.
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (info === undefined) return { path, kind: 'new' };
    if (info.isSymbolicLink()) {
      if (hops >= MAX_LINKS) throw new OutputRefusedError('too many levels of symbolic links', 'ELOOP');
      path = resolve(dirname(path), readlinkSync(path));
      continue;
    }
    if (info.isFile()) return { path, kind: 'file', mode: info.mode & 0o7777 };
    if (info.isFIFO()) return { path, kind: 'fifo' };
    if (info.isCharacterDevice() || info.isBlockDevice()) return { path, kind: 'device' };
    if (info.isDirectory()) throw new OutputRefusedError('a folder of that name is in the way', 'EISDIR');
    if (info.isSocket()) throw new OutputRefusedError('a socket is in the way; not replaced', 'ESOCKET');
    throw new OutputRefusedError('not a regular file; not replaced', 'ENOTREG');
  }
}

/**
 * Writes `data` to `target` as described at the top of this file; creates missing folders.
 * Throws on failure (see describeWriteError), leaving no temporary and the old file intact.
 */
export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  const resolved = resolveOutput(target);
  if (resolved.kind === 'fifo' || resolved.kind === 'device') {
    writeThroughSync(resolved, data);
    return;
  }
  const temporary = temporaryPath(resolved.path);
  cleanStaleTemporaries(dirname(resolved.path));
  try {
    try {
      writeFileSync(temporary, data);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw error;
      // The folder does not exist yet: create it on first use (cheaper than a mkdir per file).
      makeFolders(dirname(resolved.path));
      writeFileSync(temporary, data);
    }
    if (resolved.mode !== undefined && resolved.mode !== defaultMode()) chmodSync(temporary, resolved.mode);
    renameSync(temporary, resolved.path);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
}

/** A named pipe or a device: written in place. A pipe without a reader is refused, not waited on. */
function writeThroughSync(target: OutputTarget, data: string | Uint8Array): void {
  // A pipe: a non-blocking open fails when nobody reads it. It stays open until the blocking
  // one (which then returns at once) is made, so the reader never sees an end of file between.
  let probe: number | null = null;
  if (target.kind === 'fifo') {
    try {
      probe = openSync(target.path, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENXIO') throw new OutputRefusedError('a named pipe that nobody reads; not written', 'ENXIO');
      throw error;
    }
  }
  let fd: number;
  try {
    fd = openSync(target.path, constants.O_WRONLY);
  } finally {
    if (probe !== null) closeSync(probe);
  }
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
  } finally {
    closeSync(fd);
  }
}

/** An output written as a stream (NDJSON): `commit` puts it in place, `abort` leaves the old one. */
export interface OutputStream {
  stream: WriteStream;
  commit(): void;
  abort(): void;
}

/**
 * Opens a streamed output by the same rules as {@link writeFileAtomicSync}. Resolves once the
 * file is open; a named pipe is waited on until someone reads it (as `cat > pipe` does), by
 * polling: a blocking open would hold a thread that even process.exit waits for. `waiting` is
 * called once when that wait begins (nobody reads the pipe yet).
 */
export async function openOutputStream(target: string, waiting?: () => void): Promise<OutputStream> {
  const resolved = resolveOutput(target);
  if (resolved.kind === 'fifo' || resolved.kind === 'device') {
    const probe = resolved.kind === 'fifo' ? await readerOf(resolved.path, waiting) : null;
    const stream = createWriteStream(resolved.path, { flags: constants.O_WRONLY as unknown as string });
    try {
      await opened(stream);
    } finally {
      if (probe !== null) closeSync(probe);
    }
    return { stream, commit: () => undefined, abort: () => undefined };
  }
  cleanStaleTemporaries(dirname(resolved.path));
  makeFolders(dirname(resolved.path));
  const temporary = temporaryPath(resolved.path);
  const stream = createWriteStream(temporary, { mode: resolved.mode ?? 0o666 });
  live.add(temporary);
  // Whatever ends the process (a reader of stderr gone away, process.exit), no temporary stays.
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', removeLiveTemporaries);
  }
  try {
    await opened(stream);
  } catch (error) {
    live.delete(temporary);
    throw error;
  }
  return {
    stream,
    commit: () => {
      try {
        if (resolved.mode !== undefined && resolved.mode !== defaultMode()) chmodSync(temporary, resolved.mode);
        renameSync(temporary, resolved.path);
      } catch (error) {
        removeQuietly(temporary);
        throw error;
      } finally {
        live.delete(temporary);
      }
    },
    abort: () => {
      removeQuietly(temporary);
      live.delete(temporary);
    },
  };
}

/**
 * Resolves once the named pipe has a reader, with a non-blocking descriptor on it: kept open
 * until the real one is, so that the reader sees no end of file in between.
 */
async function readerOf(path: string, waiting?: () => void): Promise<number> {
  for (let tries = 0; ; tries++) {
    try {
      return openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENXIO') throw error;
    }
    if (tries === 0) waiting?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function opened(stream: WriteStream): Promise<void> {
  return new Promise((ok, fail) => {
    stream.once('open', () => ok()).once('error', fail);
  });
}

/**
 * `mkdir -p`, one level at a time and at most {@link MAX_NEW_FOLDERS} levels: Node's recursive
 * mkdir loops forever where a parent exists but refuses children (`/proc/self/x`).
 */
export function makeFolders(dir: string): string[] {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    try {
      if (statSync(current).isDirectory()) break;
      throw new OutputRefusedError(`a file is in the way of a folder on the output path (${current})`, 'ENOTDIR');
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw error;
    }
    missing.push(current);
    if (missing.length > MAX_NEW_FOLDERS) {
      throw new OutputRefusedError(`more than ${MAX_NEW_FOLDERS} missing folders on the output path`, 'ETOODEEP');
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
    }
    cleaned.add(folder);
  }
  return missing;
}

/**
 * Removes temporaries that runs killed with SIGKILL left in `dir`: those of processes that are
 * gone, and those named after this process (a reused pid) that it is not writing now. Once per
 * folder and process, before the first write there; a folder this process created has none.
 */
export function cleanStaleTemporaries(dir: string): void {
  if (cleaned.has(dir)) return;
  cleaned.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith(TEMPORARY_SUFFIX) || !name.startsWith('.')) continue;
    const match = /\.(\d+)\.wirestory-tmp$/.exec(name);
    const pid = match ? Number(match[1]) : NaN;
    const path = join(dir, name);
    if (!Number.isSafeInteger(pid) || live.has(path) || (pid !== process.pid && processAlive(pid))) continue;
    removeQuietly(path);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Removes the temporaries of streams still being written (a forced exit: second Ctrl-C). */
export function removeLiveTemporaries(): void {
  for (const path of live) removeQuietly(path);
  live.clear();
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never written.
  }
}
