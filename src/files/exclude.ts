/**
 * `--exclude <glob>` (repeatable) for convert and validate, matched with picomatch as ripgrep
 * and prettier users expect: a pattern without a slash matches a name anywhere (`drafts`,
 * `*.draft.txt`), one with a slash matches the path as shown (relative to where the command
 * runs: `stories/2019/**`). A folder that matches is not entered.
 */
import picomatch from 'picomatch';

/** True when the path (`/`-separated, as shown to the user) is excluded. */
export type ExcludeMatcher = (path: string) => boolean;

export function excludeMatcher(patterns: readonly string[]): ExcludeMatcher | undefined {
  if (patterns.length === 0) return undefined;
  const byName: picomatch.Matcher[] = [];
  const byPath: picomatch.Matcher[] = [];
  for (const pattern of patterns.map(stripDotSlash)) {
    (pattern.includes('/') ? byPath : byName).push(picomatch(pattern, { dot: true }));
  }
  return (path) => {
    const shown = stripDotSlash(path);
    const name = shown.slice(shown.lastIndexOf('/') + 1);
    return byName.some((match) => match(name)) || byPath.some((match) => match(shown));
  };
}

function stripDotSlash(path: string): string {
  let result = path.replace(/\\/g, '/');
  while (result.startsWith('./')) result = result.slice(2);
  return result.endsWith('/') && result.length > 1 ? result.slice(0, -1) : result;
}

/** commander collector for a repeatable option. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
