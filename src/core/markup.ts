/**
 * Markup given by mistake (an `.html` page, an `.sgm` or `.xml` file): it is refused with a
 * message saying what it looks like, instead of parsing into a title such as `<!DOCTYPE html>`.
 * Only the start of the input decides: a story that mentions a tag in its body is still a story.
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
