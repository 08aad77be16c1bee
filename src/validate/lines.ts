/**
 * The fixture line a field came from, so a golden mismatch can point at a line (GitHub puts the
 * annotation there): `title` → provenance.title, `body[2]` → the paragraph's first line,
 * `timestamp.iso` → timestamp.line, `removed[0].reason` → removed[0].line, and so on.
 */

/** `body[2].x` → `['body', 2, 'x']`. */
export function splitPath(path: string): Array<string | number> {
  const parts: Array<string | number> = [];
  const pattern = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) parts.push(match[1]);
    else if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[3] !== undefined) parts.push(JSON.parse(match[3]) as string);
  }
  return parts;
}

function get(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string | number, unknown>)[key];
}

function asLine(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null;
}

/** Looks in the current article first, then in the golden (for fields that are gone now). */
export function lineOf(path: string, article: unknown, golden: unknown): number | null {
  for (const document of [article, golden]) {
    const line = lineIn(splitPath(path), document);
    if (line !== null) return line;
  }
  return null;
}

function lineIn(parts: Array<string | number>, document: unknown): number | null {
  const [head, index] = parts;
  switch (head) {
    case 'title':
      return asLine(get(get(document, 'provenance'), 'title'));
    case 'body':
      return typeof index === 'number' ? asLine(get(get(get(get(document, 'provenance'), 'body'), index), 0)) : null;
    case 'provenance':
      if (index === 'title') return asLine(get(get(document, 'provenance'), 'title'));
      if (index === 'body' && typeof parts[2] === 'number') {
        return asLine(get(get(get(get(document, 'provenance'), 'body'), parts[2]), 0));
      }
      return null;
    case 'timestamp':
    case 'updated':
    case 'byline':
    case 'dateline':
      return asLine(get(get(document, head), 'line'));
    case 'removed':
    case 'warnings':
      return typeof index === 'number' ? asLine(get(get(get(document, head), index), 'line')) : null;
    default:
      return null;
  }
}
