/**
 * Bench only (test/bench/convert.mjs --pipeline): stands in for src/render/json.ts in a copy of
 * the conversion worker; writes what the I/O floor writes, a JSON copy of the file's text.
 */
export function toJson(article: { text: string }): string {
  return `${JSON.stringify({ text: article.text })}\n`;
}
