/**
 * Outputs that would destroy or swallow inputs are refused before anything is read (usage
 * errors, exit 2): an NDJSON file that is one of the inputs or that the walk of an input
 * folder would take as one, and an output folder that is an input folder. (An output folder
 * inside an input folder is fine: the walk skips it and names the inputs it holds.)
 */
import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { hasExtension } from '../files/walk.js';

function same(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** `path` with symbolic links resolved as far as it exists (a file yet to be written keeps its name). */
export async function realPathOf(path: string): Promise<string> {
  const real = await realpath(path).catch(() => null);
  if (real !== null) return real;
  const parent = dirname(path);
  return parent === path ? path : resolve(await realPathOf(parent), basename(path));
}

/** The NDJSON output file `target` (absolute) against the inputs as given. */
export async function refuseFileOutputAmongInputs(
  out: string,
  target: string,
  inputs: readonly string[],
  cwd: string,
  extensions: readonly string[],
  hidden: boolean,
): Promise<void> {
  const targetInfo = await stat(target).catch(() => null);
  const targetReal = await realPathOf(target);
  for (const arg of inputs) {
    const info = await stat(resolve(cwd, arg)).catch(() => null);
    if (info === null) continue; // a glob, or missing: the walk names it (and stops on the output)
    if (info.isFile() && targetInfo && same(info, targetInfo)) {
      throw new UsageError(`--out ${out} is also an input (${arg}): it would be overwritten; write the output elsewhere`);
    }
    if (info.isDirectory()) {
      const rel = relative(await realPathOf(resolve(cwd, arg)), targetReal);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
      const walked = hidden || !rel.split(sep).some((part) => part.startsWith('.'));
      if (walked && hasExtension(basename(target), extensions)) {
        throw new UsageError(
          `--out ${out} lies in the input folder ${arg} and has an input extension: it would be read as an input and overwritten; write the output elsewhere`,
        );
      }
    }
  }
}

/** The output folder `outDir` (absolute, existing) against the inputs as given. */
export async function refuseFolderOutputAmongInputs(out: string, outDir: string, inputs: readonly string[], cwd: string): Promise<void> {
  const outInfo = await stat(outDir);
  for (const arg of inputs) {
    const info = await stat(resolve(cwd, arg)).catch(() => null);
    if (info?.isDirectory() && same(info, outInfo)) {
      throw new UsageError(`--out ${out} is also an input folder (${arg}): outputs would be written among the inputs; choose another folder`);
    }
  }
}
