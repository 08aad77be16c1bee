/**
 * Atomic file writes: the bytes go to a temporary in the same folder, which is then renamed
 * over the target. A reader (or a rerun after Ctrl-C) sees the old file or the new one, never
 * half of one. No fsync: this protects against interruption, not against power loss.
 */
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Name of the temporary an output is written to before it is renamed into place: same folder
 * (so the rename is atomic), hidden, and named after the process, so two runs never share one.
 */
export function temporaryPath(target: string, pid: number = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${pid}.tmp`);
}

/** Writes `data` to `target` through `temporary`; creates missing folders. Throws on failure, leaving no temporary. */
export function writeFileAtomicSync(target: string, data: string, temporary: string = temporaryPath(target)): void {
  try {
    try {
      writeFileSync(temporary, data);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw error;
      // The folder does not exist yet: create it on first use (cheaper than a mkdir per file).
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(temporary, data);
    }
    renameSync(temporary, target);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never written.
  }
}
