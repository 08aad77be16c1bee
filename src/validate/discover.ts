/**
 * Which files are fixtures: the paths given, walked by the one folder walker convert uses
 * (src/files/walk.ts), so both commands take the same files in the same order. Files named on
 * the command line are taken as they are (a golden named there is a usage error); folders are
 * walked recursively for files with one of the fixture extensions (`.txt`, `.text` by default),
 * skipping goldens (`*.expected.*`), hidden entries (`.git`, `.cache`) and `node_modules`;
 * glob patterns work as in convert. Symbolic links are followed, a link back to a folder being
 * walked is not entered again. Order: arguments as given; inside a folder, names sorted by
 * their bytes, folders depth first. Named pipes, sockets, devices and dangling links found
 * there come back with the reason they cannot be read, so checking them names them.
 */
import { lstat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, normalize, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { walkInputs, GLOB_MAGIC, type SkipCounts } from '../files/walk.js';
import type { GoldenFormat } from './types.js';
import { badExtensionsMessage, parseExtensions as parseExtensionList } from '../files/extensions.js';
import type { ExcludeMatcher } from '../files/exclude.js';

export interface FoundFixture {
  absolute: string;
  /** For display: the path as given, joined with the path found under it, with `/` separators. */
  file: string;
  /** Why the fixture cannot be read (a named pipe, a dangling link), found while walking; else absent. */
  unreadable?: string;
}

/** `story.expected.json`, `story.expected.md`: goldens, never fixtures. */
export function isGoldenName(name: string): boolean {
  return /\.expected\.[^.]+$/.test(name) || name.endsWith('.expected');
}

/** `--ext .txt,.text` → `['.txt', '.text']`; throws a UsageError for a bad entry. */
export function parseExtensions(value: string): string[] {
  const list = parseExtensionList(value);
  if (list === null) throw new UsageError(badExtensionsMessage(value));
  return list;
}

/** `a/story.txt` → `a/story.expected.json` (the fixture extension replaced). */
export function goldenPathFor(fixture: string, format: GoldenFormat, extensions: readonly string[] = []): string {
  const name = basename(fixture);
  const lower = name.toLowerCase();
  const ext = extensions.find((candidate) => lower.endsWith(candidate) && name.length > candidate.length) ?? extname(name);
  const stem = ext === '' ? name : name.slice(0, -ext.length);
  const golden = `${stem}.expected.${format}`;
  const folder = dirname(fixture);
  return folder === '.' && !fixture.startsWith('.') ? golden : `${folder}/${golden}`;
}

function toDisplay(path: string): string {
  const shown = normalize(path);
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/** Names in folders that are never fixtures: goldens and `node_modules`. */
function notFixture(name: string): boolean {
  return name === 'node_modules' || isGoldenName(name);
}

export async function findFixtures(
  paths: readonly string[],
  cwd: string,
  extensions: readonly string[],
  exclude?: ExcludeMatcher,
  /** Counts the files the walk leaves out (other extensions, `--exclude`), for the tally. */
  skipped?: SkipCounts,
): Promise<FoundFixture[]> {
  for (const given of paths) {
    const absolute = isAbsolute(given) ? given : resolve(cwd, given);
    const missing = await lstat(absolute).then(
      () => null,
      (error: { code?: string; message?: string }) => error,
    );
    if (missing !== null && !(missing.code === 'ENOENT' && GLOB_MAGIC.test(given))) {
      throw new UsageError(
        missing.code === 'ENOENT' ? `no such file or folder \`${given}\`` : `cannot read \`${given}\`: ${missing.message ?? String(missing)}`,
      );
    }
    if (missing === null && isGoldenName(basename(given))) {
      throw new UsageError(`\`${given}\` is a golden, not a fixture: give the fixture it belongs to`);
    }
  }
  const found: FoundFixture[] = [];
  const seen = new Set<string>();
  for await (const entry of walkInputs(paths, { cwd, extensions, skipName: notFixture, ...(exclude ? { exclude } : {}), ...(skipped ? { skipped } : {}) })) {
    if (entry.kind === 'file') {
      if (seen.has(entry.path)) continue;
      seen.add(entry.path);
      found.push({ absolute: entry.path, file: toDisplay(entry.display) });
      continue;
    }
    // Not a fixture: a glob that matched nothing, a link back to a folder being walked.
    if (entry.noMatch || !entry.failure) continue;
    if (entry.folder) throw new UsageError(`cannot read folder \`${entry.display}\`: ${entry.reason.replace(/^cannot read folder: /, '')}`);
    const absolute = resolve(cwd, entry.display);
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    found.push({ absolute, file: toDisplay(entry.display), unreadable: entry.reason });
  }
  return found;
}
