/**
 * Bench only (test/bench/convert.mjs --pipeline): stands in for src/core/parse.ts in a copy of
 * the conversion worker, so `convert` runs its whole pipeline (walk, batches of paths to the
 * workers, open, fstat, read, results back, writes in walk order) without parsing. The
 * "article" is the file's text, decoded as the I/O floor decodes it (UTF-8).
 */
export function parseArticle(bytes: Uint8Array): { ok: true; article: { text: string; warnings: [] } } {
  return { ok: true, article: { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), warnings: [] } };
}
