/** JSON and NDJSON renderers. Key order is the schema's, so output bytes are stable. */
import type { Article } from '../schema/article.js';

export function toJson(article: Article, options: { compact?: boolean } = {}): string {
  return `${options.compact ? JSON.stringify(article) : JSON.stringify(article, null, 2)}\n`;
}

/** One article on one line (JSON has no raw line breaks inside strings). */
export function toNdjsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
