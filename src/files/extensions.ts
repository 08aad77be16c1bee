/**
 * `--ext`: which files convert and validate take from folders and globs. One parser and one
 * matcher for both commands, so the flag means the same everywhere: case-insensitive (`A.TXT`
 * is a `.txt` file), dots optional, the same default.
 */

/** What `--ext` is when not given, in convert and validate alike. */
export const DEFAULT_EXTENSIONS_FLAG = '.txt,.text';

/** Parses `--ext .txt,.text` (dots optional) into lower-case extensions, or null when invalid. */
export function parseExtensions(value: string): string[] | null {
  const list = value
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean)
    .map((item) => (item.startsWith('.') ? item : `.${item}`));
  if (list.length === 0 || list.some((item) => item.length < 2 || /[/\\*?]/.test(item))) return null;
  return [...new Set(list)];
}

/** The message for a bad `--ext` value. */
export function badExtensionsMessage(value: string): string {
  return `Bad --ext \`${value}\`, expected file extensions separated by commas, like \`.txt\` or \`.txt,.text\``;
}

/** True when `name` ends with one of the (lower-case) extensions, in any case, and is more than it. */
export function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension) && lower.length > extension.length);
}
