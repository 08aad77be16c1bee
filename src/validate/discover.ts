/**
 * Which files are fixtures. Files named on the command line are taken as they are; folders are
 * walked recursively for files with one of the fixture extensions (`.txt` by default), skipping
 * goldens (`*.expected.*`), hidden entries (`.git`, `.cache`) and `node_modules`. Symbolic links
 * to files are followed, links to folders are not (no cycles). The order is deterministic: paths
 * sorted by their UTF-8 bytes, as `LC_ALL=C sort` would.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { GoldenFormat } from './types.js';
import { badExtensionsMessage, hasExtension, parseExtensions as parseExtensionList } from '../files/extensions.js';
import type { ExcludeMatcher } from '../files/exclude.js';

export interface FoundFixture {
  absolute: string;
  /** For display: the path as given, joined with the path found under it, with `/` separators. */
  file: string;
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

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function toDisplay(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

export async function findFixtures(
  paths: readonly string[],
  cwd: string,
  extensions: readonly string[],
  exclude?: ExcludeMatcher,
): Promise<FoundFixture[]> {
  const found: FoundFixture[] = [];
  const seen = new Set<string>();
  const add = (fixture: FoundFixture) => {
    if (seen.has(fixture.absolute)) return;
    seen.add(fixture.absolute);
    found.push(fixture);
  };
  for (const given of paths) {
    const absolute = isAbsolute(given) ? given : resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new UsageError(
        code === 'ENOENT' ? `no such file or folder \`${given}\`` : `cannot read \`${given}\`: ${(error as Error).message}`,
      );
    }
    if (info.isDirectory()) {
      const files: string[] = [];
      await walk(absolute, '', extensions, files, exclude === undefined ? undefined : (rel) => exclude(toDisplay(join(given, rel))));
      files.sort(compareBytes);
      for (const rel of files) {
        add({ absolute: join(absolute, rel), file: toDisplay(join(given, rel)) });
      }
    } else {
      if (isGoldenName(basename(given))) {
        throw new UsageError(`\`${given}\` is a golden, not a fixture: give the fixture it belongs to`);
      }
      add({ absolute, file: toDisplay(given) });
    }
  }
  return found;
}

async function walk(
  root: string,
  rel: string,
  extensions: readonly string[],
  out: string[],
  excluded?: (rel: string) => boolean,
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(join(root, rel), { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read folder \`${join(root, rel)}\`: ${(error as Error).message}`);
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = rel === '' ? name : join(rel, name);
    if (excluded?.(path)) continue;
    if (entry.isDirectory()) {
      await walk(root, path, extensions, out, excluded);
      continue;
    }
    // Named pipes, sockets, devices and dangling links are taken too, so that checking them
    // names them (pipes are never opened for reading); links to folders are not followed.
    let isFile = !entry.isSymbolicLink();
    if (entry.isSymbolicLink()) {
      isFile = await stat(join(root, path)).then(
        (target) => !target.isDirectory(),
        () => true,
      );
    }
    if (isFile && hasExtension(name, extensions) && !isGoldenName(name)) out.push(path);
  }
}
