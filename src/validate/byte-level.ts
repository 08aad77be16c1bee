/**
 * Fields of an article that record how the story was stored, not what it says: the bytes, the
 * line endings, the BOM, the encoding. A CRLF checkout of a fixture (git's `core.autocrlf` on
 * Windows) changes some of them and nothing else, so goldens compare them only under `strict`.
 */

/** The byte-level fields, as paths into an article. */
export const BYTE_LEVEL_FIELDS: readonly (readonly string[])[] = [
  ['source', 'encoding'],
  ['source', 'bom'],
  ['source', 'lineEnding'],
  ['source', 'bytes'],
  ['source', 'sha256'],
  ['stats', 'normalized', 'crlf'],
  ['stats', 'normalized', 'cr'],
  ['stats', 'normalized', 'bom'],
];

/** Markdown front-matter keys that are byte-level. */
const BYTE_LEVEL_FRONT_MATTER = ['sha256:'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` without the field at `path` (objects on the way are copied, not changed). */
function without(value: unknown, path: readonly string[]): unknown {
  if (!isRecord(value) || path.length === 0 || !Object.hasOwn(value, path[0]!)) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const copy = { ...value };
  if (rest.length === 0) delete copy[head];
  else copy[head] = without(copy[head], rest);
  return copy;
}

/** A parsed article (golden or output) without its byte-level fields; other values come back as they are. */
export function withoutByteLevelFields(value: unknown): unknown {
  return BYTE_LEVEL_FIELDS.reduce(without, value);
}

/**
 * Markdown lines with the byte-level lines of the front matter (`sha256: …`) reduced to their
 * key, so they compare equal while every other line keeps its number.
 */
export function withoutByteLevelLines(lines: readonly string[]): string[] {
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return lines.map((line, index) => {
    const key = index > 0 && index < end ? BYTE_LEVEL_FRONT_MATTER.find((candidate) => line.startsWith(candidate)) : undefined;
    return key ?? line;
  });
}
