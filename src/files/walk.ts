/**
 * Input walking for `wirestory convert` and `wirestory validate` (the one walker): files,
 * folders (recursively) and glob patterns become one stream of entries, in a stable order
 * (arguments in the order given; inside a folder, names sorted by their bytes, depth first;
 * glob matches in the same order). An async generator, so a tree of millions of files is
 * never held in memory: only the listing of the folders on the current path is.
 *
 * Nothing is opened for reading here. Entries that cannot be stories (named pipes, sockets,
 * devices, dangling symbolic links) are classified from their directory entry or `stat` and
 * come out as `broken` entries with a reason, so the caller reports them and goes on.
 */
import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { describeReadError, UsageError } from '../errors.js';
import { entryType, nonRegularReason, reasonForType, type EntryType as FileType } from './read-file.js';
import { hasExtension } from './extensions.js';
import type { ExcludeMatcher } from './exclude.js';

/** A file to convert. */
export interface InputFile {
  kind: 'file';
  /** Absolute path, for I/O. */
  path: string;
  /** The path as the user wrote it (argument joined with the path inside the folder). */
  display: string;
  /** Path relative to the folder given (or the file name alone), `/`-separated: the mirror key. */
  rel: string;
}

/** An input that is skipped, with the reason shown to the user. */
export interface BrokenInput {
  kind: 'broken';
  display: string;
  /** Mirror key when known (for NDJSON error records), else the display path. */
  rel: string;
  reason: string;
  /**
   * False for things that are reported but are no input file (a symbolic link looping back to
   * a folder being walked): they do not fail the run.
   */
  failure: boolean;
  /** A glob pattern that matched no file at all (not an unreadable input). */
  noMatch?: boolean;
  /** A folder that could not be listed (not a file). */
  folder?: boolean;
}

/** Files left out of a walk on purpose, counted for the summary. */
export interface SkipCounts {
  /** Files in folders and glob matches without one of the `--ext` extensions. */
  extension: number;
  /** Files and folders matched by `--exclude`. */
  excluded: number;
}

export type WalkEntry = InputFile | BrokenInput;

export interface WalkOptions {
  /** Folder the arguments are relative to. */
  cwd: string;
  /** Extensions taken from folders and globs, lower case with the dot (`.txt`). */
  extensions: readonly string[];
  /** Take names starting with `.` too. Default false, as most tools do. */
  hidden?: boolean;
  /**
   * Folders whose files are never taken, as `dev:ino` (the output folder): the inputs found in
   * them come out as notices naming them.
   */
  excludeDirs?: ReadonlySet<string>;
  /** Absolute paths that must not be inputs (an NDJSON output file): meeting one throws a UsageError. */
  excludeFiles?: ReadonlySet<string>;
  /**
   * The output name a file maps to. Two files of one folder with the same output name are a
   * clash: the first in order is taken, the others come out as broken entries.
   */
  outputName?: (rel: string) => string;
  /** `--exclude`: files and folders found in folders and globs that are left out (named files are always taken). */
  exclude?: ExcludeMatcher;
  /** Counts what was left out, when given. */
  skipped?: SkipCounts;
  /** Names in folders that are never inputs, not counted (validate: goldens, `node_modules`). Default none. */
  skipName?: (name: string) => boolean;
}

/** Characters that make an argument a glob pattern (when no file of that name exists). */
export const GLOB_MAGIC = /[*?[\]{}()!]/;

export async function* walkInputs(args: readonly string[], options: WalkOptions): AsyncGenerator<WalkEntry> {
  for (const arg of args) yield* walkArgument(arg, options);
}

async function* walkArgument(arg: string, options: WalkOptions): AsyncGenerator<WalkEntry> {
  const path = resolve(options.cwd, arg);
  let link: Stats;
  try {
    link = await lstat(path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT' && GLOB_MAGIC.test(arg)) {
      yield* walkGlob(arg, options);
      return;
    }
    yield broken(arg, basename(arg), describeReadError(error));
    return;
  }
  const target = link.isSymbolicLink() ? await followLink(path) : link;
  if (typeof target === 'string') {
    yield broken(arg, basename(arg), target);
  } else if (target.isDirectory()) {
    yield* walkDir(path, arg, '', options, new Set());
  } else if (target.isFile()) {
    refuseOutput(path, arg, options);
    yield { kind: 'file', path, display: arg, rel: basename(path) };
  } else {
    yield broken(arg, basename(arg), nonRegularReason(target));
  }
}

async function* walkDir(
  dir: string,
  display: string,
  rel: string,
  options: WalkOptions,
  ancestors: Set<string>,
  inOutput = false,
): AsyncGenerator<WalkEntry> {
  let identity: string;
  let entries: Dirent[];
  try {
    const info = await stat(dir);
    identity = `${info.dev}:${info.ino}`;
    if (options.excludeDirs?.has(identity)) inOutput = true;
    if (ancestors.has(identity)) {
      yield { ...broken(display, rel || basename(dir), 'symbolic link loop: this folder is already being walked; not entered again'), failure: false };
      return;
    }
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { ...broken(display, rel || basename(dir), `cannot read folder: ${describeReadError(error)}`), folder: true };
    return;
  }
  const names: { name: string; type: EntryType }[] = [];
  for (const entry of entries) {
    if (!options.hidden && entry.name.startsWith('.')) continue;
    if (options.skipName?.(entry.name)) continue;
    names.push({ name: entry.name, type: entryType(entry) });
  }
  entries = [];
  names.sort((a, b) => compareNames(a.name, b.name));

  ancestors.add(identity);
  // Output names taken in this folder, for clash detection (folders clash only within a folder).
  const taken = options.outputName && !inOutput ? new OutputClaims() : null;
  try {
    for (const { name, type: listed } of names) {
      const path = join(dir, name);
      const shown = joinDisplay(display, name);
      const childRel = rel === '' ? name : `${rel}/${name}`;
      if (options.exclude?.(toSlashes(shown))) {
        if (options.skipped) options.skipped.excluded++;
        continue;
      }
      let type = listed;
      let target: Stats | string | null = null;
      if (type === 'symlink' || type === 'unknown') {
        target = type === 'symlink' ? await followLink(path) : await lstat(path).catch((error: unknown) => describeReadError(error));
        type = typeof target === 'string' ? 'broken' : entryType(target);
      }
      if (type === 'dir') {
        yield* walkDir(path, shown, childRel, options, ancestors, inOutput);
        continue;
      }
      if (!hasExtension(name, options.extensions)) {
        if (options.skipped) options.skipped.extension++;
        continue;
      }
      if (inOutput) {
        yield skippedInOutput(shown, childRel);
        continue;
      }
      if (type === 'file') {
        refuseOutput(path, shown, options);
        const clash = taken?.claim(options.outputName!(childRel), shown);
        if (clash) {
          yield broken(shown, childRel, clash);
          continue;
        }
        yield { kind: 'file', path, display: shown, rel: childRel };
      } else if (typeof target === 'string') {
        yield broken(shown, childRel, target);
      } else {
        yield broken(shown, childRel, target ? nonRegularReason(target) : reasonForType(type === 'broken' ? 'unknown' : type));
      }
    }
  } finally {
    ancestors.delete(identity);
  }
}

/**
 * Output names claimed so far, the one clash rule: the first input (in walk order) to claim a
 * name keeps it; a later one gets the reason it is not converted.
 */
export class OutputClaims {
  readonly #owners = new Map<string, string>();

  /** Null when `output` was free (it is now `input`'s), else the reason `input` is not converted. */
  claim(output: string, input: string): string | null {
    const first = this.#owners.get(output);
    if (first === undefined) {
      this.#owners.set(output, input);
      return null;
    }
    return `output ${output} clashes with ${first} (same output name); not converted`;
  }
}

/** Glob patterns: matched with tinyglobby, then taken in sorted order relative to the static base. */
async function* walkGlob(pattern: string, options: WalkOptions): AsyncGenerator<WalkEntry> {
  const { glob } = await import('tinyglobby');
  const base = staticBase(pattern);
  const matches = await glob(pattern, {
    cwd: options.cwd,
    dot: options.hidden ?? false,
    onlyFiles: false,
    expandDirectories: false,
    followSymbolicLinks: true,
  });
  if (matches.length === 0) {
    yield { ...broken(pattern, pattern, 'no files match this pattern'), noMatch: true };
    return;
  }
  matches.sort(comparePaths);
  const folders = new Map<string, boolean>();
  const taken = options.outputName ? new OutputClaims() : null;
  for (const match of matches) {
    const path = resolve(options.cwd, match);
    const rel = toSlashes(relative(resolve(options.cwd, base), path));
    if (rel.startsWith('..')) continue;
    if (options.exclude && isExcluded(match, options.exclude)) {
      // Counted once per file: a glob also matches the folders on the way.
      if (options.skipped && !(await isFolder(path))) options.skipped.excluded++;
      continue;
    }
    if (!hasExtension(path, options.extensions)) {
      if (options.skipped && !(await isFolder(path))) options.skipped.extension++;
      continue;
    }
    refuseOutput(path, match, options);
    if (options.excludeDirs && (await insideExcluded(path, resolve(options.cwd, base), options.excludeDirs, folders))) {
      yield skippedInOutput(match, rel);
      continue;
    }
    const target = await followLink(path);
    if (typeof target === 'string') {
      yield broken(match, rel, target);
    } else if (target.isDirectory()) {
      continue;
    } else if (!target.isFile()) {
      yield broken(match, rel, nonRegularReason(target));
    } else {
      const clash = taken?.claim(options.outputName!(rel), match);
      if (clash) {
        yield broken(match, rel, clash);
        continue;
      }
      yield { kind: 'file', path, display: match, rel };
    }
  }
}

/**
 * The one order of names in a folder: by their UTF-8 bytes (code points), as `LC_ALL=C ls`
 * sorts them, whatever the locale.
 */
export function compareNames(a: string, b: string): number {
  return a === b ? 0 : Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Paths compared segment by segment with {@link compareNames}: the order a depth-first walk of sorted folders gives. */
export function comparePaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareNames(left[i]!, right[i]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/** The leading segments of a pattern without glob characters: `stories/2019/**\/*.txt` → `stories/2019`. */
export function staticBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (GLOB_MAGIC.test(part)) break;
    fixed.push(part);
  }
  if (fixed.length === 0) return '.';
  const base = fixed.join('/');
  return base === '' ? '/' : base;
}

/** True when a folder between `base` and `path` is one of the excluded ones (the output folder). */
async function insideExcluded(path: string, base: string, excluded: ReadonlySet<string>, seen: Map<string, boolean>): Promise<boolean> {
  const dir = dirname(path);
  const known = seen.get(dir);
  if (known !== undefined) return known;
  let inside = false;
  const info = await stat(dir).catch(() => null);
  if (info && excluded.has(`${info.dev}:${info.ino}`)) inside = true;
  else if (dir !== base && dir.length > base.length && dir !== dirname(dir)) inside = await insideExcluded(dir, base, excluded, seen);
  seen.set(dir, inside);
  return inside;
}

/** A listed entry's type; `broken` for a link or entry whose target cannot be used. */
type EntryType = FileType | 'broken';

/** What a symbolic link points at, or the reason it points at nothing usable. */
async function followLink(path: string): Promise<Stats | string> {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'dangling symbolic link (its target does not exist)';
    return describeReadError(error);
  }
}

export { nonRegularReason };

export { hasExtension };

/** A glob match is excluded when it, or a folder on its way, matches `--exclude`. */
function isExcluded(match: string, exclude: ExcludeMatcher): boolean {
  const parts = toSlashes(match).split('/');
  for (let end = parts.length; end > 0; end--) if (exclude(parts.slice(0, end).join('/'))) return true;
  return false;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

function joinDisplay(display: string, name: string): string {
  return display.endsWith('/') || display.endsWith(sep) ? `${display}${name}` : `${display}/${name}`;
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** An input in the output folder: named, not converted, not a failure. */
function skippedInOutput(display: string, rel: string): BrokenInput {
  return { ...broken(display, rel, 'lies in the output folder; not converted'), failure: false };
}

/** The NDJSON output met as an input (through a glob or a link): refused, never overwritten. */
function refuseOutput(path: string, display: string, options: WalkOptions): void {
  if (options.excludeFiles?.has(path)) {
    throw new UsageError(`the output file is also an input (${display}): it would be overwritten; write the output elsewhere`);
  }
}

function broken(display: string, rel: string, reason: string): BrokenInput {
  return { kind: 'broken', display, rel, reason, failure: true };
}
