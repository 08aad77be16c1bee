/**
 * Markup given by mistake (an `.html` page, an `.sgm` or `.xml` file): it is refused with a
 * message saying what it looks like, instead of parsing into a title such as `<!DOCTYPE html>`.
 * Only the start of the input decides: a story that mentions a tag in its body is still a story.
 *
 * JSON given by mistake (a `.json` file, often a previous wirestory output, or `stream` records)
 * is refused the same way, instead of parsing into a title such as `{`.
 */

/** Tag names of HTML: a document opening with one is HTML, with any other tag XML. */
const HTML_TAGS = /^(?:html|head|body|meta|title|link|script|style|div|span|p|a|table|article|section|header|nav|main|h[1-6]|br|img|ul|ol|li)$/i;
const TAG = /<([a-zA-Z][\w:.-]*)(?=[\s>/])/g;

/** `HTML`, `XML` or `SGML` when the input starts like markup of that kind, else null. */
export function markupKind(text: string): { kind: 'HTML' | 'XML' | 'SGML'; start: string } | null {
  const at = text.search(/\S/);
  if (at === -1 || text[at] !== '<') return null;
  const head = text.slice(at, at + 2000);
  const start = head.slice(0, head.search(/>|$/) + 1).replace(/\s+/g, ' ').slice(0, 60);
  if (/^<\?xml[\s?]/i.test(head)) return { kind: 'XML', start };
  if (/^<!DOCTYPE\s+html\b/i.test(head)) return { kind: 'HTML', start };
  if (/^<!DOCTYPE\s/i.test(head)) return { kind: 'SGML', start };
  const tags = [...head.matchAll(TAG)].map((match) => match[1]!);
  if (!head.startsWith(`<${tags[0]}`)) return null;
  // An `<html>` root is a page however short; otherwise `<Reuters>`-like lines in wire copy are
  // one tag, and a document opens with several.
  if (/^html$/i.test(tags[0] ?? '')) return { kind: 'HTML', start };
  if (tags.length < 3) return null;
  return { kind: HTML_TAGS.test(tags[0]!) ? 'HTML' : 'XML', start };
}

/** The refusal message: what the input looks like and what to do instead. */
export function markupMessage(found: { kind: string; start: string }): string {
  const advice = found.kind === 'HTML' ? 'convert the page to text first (for example `w3m -dump page.html`)' : 'extract the story text from it first';
  return `input looks like ${found.kind} markup (it starts with \`${found.start}\`), expected plain text; ${advice}`;
}

/**
 * The start of the input when it is a JSON document of records (an object with a key, or an
 * array that opens with one) or JSON lines of them (its first two lines objects), else null.
 * Only input whose first visible character is `{` or `[` is parsed: a story never is JSON, and
 * a story line in brackets (`[Photo]`, `[1/2]`) does not parse.
 */
export function jsonStart(text: string): string | null {
  const at = text.search(/\S/);
  if (at === -1 || (text[at] !== '{' && text[at] !== '[')) return null;
  const start = text.slice(at, at + 200).replace(/\s+/g, ' ').slice(0, 40).trimEnd();
  const whole = parseJson(text);
  if (isRecord(whole) || (Array.isArray(whole) && isRecord(whole[0]))) return start;
  const lines = text.slice(at).split('\n', 3).filter((line) => line.trim() !== '').slice(0, 2);
  return lines.length > 0 && lines.every((line) => isRecord(parseJson(line))) ? start : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A JSON object with at least one key. */
function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
}

/** The refusal message for JSON input. */
export function jsonMessage(start: string): string {
  return `input looks like JSON (it starts with \`${start}\`), expected plain text; give the story text itself (for JSON lines of {"id","text"} records, use \`wirestory stream\`)`;
}
