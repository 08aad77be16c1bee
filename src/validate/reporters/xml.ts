/**
 * The XML this project writes (JUnit reports), escaped in one place.
 *
 * XML 1.0 allows only TAB, LF, CR and the characters from U+0020 up (less the surrogates and
 * U+FFFE/U+FFFF) — not even as `&#1;` references. Fixture text can hold any of them (a stray
 * form feed, a NUL), so they are replaced with U+FFFD instead of producing a report that a CI
 * server refuses to read. In attributes, TAB, LF and CR are written as references, because a
 * parser turns them into spaces otherwise (attribute-value normalization).
 */

// Anything outside XML 1.0's Char production, including lone surrogates.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Replaces characters XML 1.0 cannot hold with U+FFFD. */
export function stripInvalidXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}

/** Text content: `&`, `<`, `>` escaped (`>` for `]]>`); CR as a reference so parsers keep it. */
export function escapeText(text: string): string {
  return stripInvalidXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value, to be written between double quotes. */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

export type Attributes = Record<string, string | number | null | undefined>;

/** ` name="value"` pairs, in the given order; null and undefined values are left out. */
export function attributes(values: Attributes): string {
  return Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

/** `<name attrs>text</name>`, or `<name attrs/>` when there is no text. */
export function element(name: string, values: Attributes, text?: string | null): string {
  return text === undefined || text === null || text === ''
    ? `<${name}${attributes(values)}/>`
    : `<${name}${attributes(values)}>${escapeText(text)}</${name}>`;
}
