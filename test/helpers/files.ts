/** File-system helpers for tests. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

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
