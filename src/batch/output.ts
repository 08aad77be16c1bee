/** Where each input's output goes: the relative path mirrored under the output folder. */
import { extname } from 'node:path';

export type BatchFormat = 'json' | 'md' | 'ndjson';

/** Extension of the per-file outputs of a format. */
export function outputExtension(format: Exclude<BatchFormat, 'ndjson'>): string {
  return format === 'md' ? '.md' : '.json';
}

/**
 * `a/b/story.txt` → `a/b/story.json`: the taken extension (matched case-insensitively) is
 * replaced; a file named explicitly with another extension loses its last one.
 */
export function outputRel(rel: string, extensions: readonly string[], extension: string): string {
  const lower = rel.toLowerCase();
  const matched = extensions.find((candidate) => lower.endsWith(candidate) && !lower.endsWith(`/${candidate}`));
  const cut = matched ? matched.length : extname(rel).length;
  return `${rel.slice(0, rel.length - cut)}${extension}`;
}

export { parseExtensions } from '../files/extensions.js';
