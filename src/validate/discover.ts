/**
 * Which files are fixtures. Files named on the command line are taken as they are; folders are
 * walked recursively for files with one of the fixture extensions (`.txt` by default), skipping
 * goldens (`*.expected.*`), hidden entries (`.git`, `.cache`) and `node_modules`. Symbolic links
 * to files are followed, links to folders are not (no cycles). The order is deterministic: paths
 * sorted by their UTF-8 bytes, as `LC_ALL=C sort` would.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../cli/io.js';
import type { GoldenFormat } from './types.js';

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
  const list = value
    .split(',')
    .map((ext) => ext.trim())
    .filter(Boolean)
    .map((ext) => (ext.startsWith('.') ? ext : `.${ext}`));
  const bad = list.find((ext) => ext.length < 2 || /[/\\*?]/.test(ext));
  if (list.length === 0 || bad !== undefined) {
    throw new UsageError(`Bad --ext \`${value}\`, expected file extensions such as \`.txt\` or \`.txt,.text\``);
  }
  return list;
}

/** `a/story.txt` → `a/story.expected.json` (the fixture extension replaced). */
export function goldenPathFor(fixture: string, format: GoldenFormat, extensions: readonly string[] = []): string {
  const name = basename(fixture);
  const ext = extensions.find((candidate) => name.endsWith(candidate) && name.length > candidate.length) ?? extname(name);
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

export async function findFixtures(paths: readonly string[], cwd: string, extensions: readonly string[]): Promise<FoundFixture[]> {
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
      await walk(absolute, '', extensions, files);
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

async function walk(root: string, rel: string, extensions: readonly string[], out: string[]): Promise<void> {
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
    if (entry.isDirectory()) {
      await walk(root, path, extensions, out);
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
    if (isFile && extensions.some((ext) => name.endsWith(ext)) && !isGoldenName(name)) out.push(path);
  }
}

/** A path for messages: relative to `cwd` when inside it, else absolute. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return toDisplay(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel);
}
