/** File-system helpers for tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalize } from '../../src/core/normalize.js';

/** All files under a folder, as sorted relative paths; [] when the folder does not exist. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/**
 * The text of every normalized line of every `.txt` file under a folder: the real lines a
 * line-level rule meets, for tests that compare two ways of deciding something over all of them.
 */
export function normalizedLines(dir: string): string[] {
  return listFiles(dir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => normalize(readFileSync(join(dir, name), 'utf8')).lines.map((line) => line.text));
}
