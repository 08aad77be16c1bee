/**
 * wirestory as a library.
 *
 * ```ts
 * import { parseArticle, toMarkdown } from 'wirestory';
 * const result = parseArticle(await readFile('story.txt'), { tz: 'Europe/Moscow' });
 * if (result.ok) console.log(result.article.title, toMarkdown(result.article));
 * ```
 */
export { parseArticle } from './core/parse.js';
export { normalizeText } from './core/normalize.js';
export { detectLanguage } from './extract/language.js';
export type { ParseInput, ParseOptions, ParseResult, FatalError, DateOrder } from './core/types.js';
export { toMarkdown, toMdast } from './render/markdown.js';
export { toJson } from './render/json.js';
export {
  articleSchema,
  articleJsonSchema,
  SCHEMA_VERSION,
  type Article,
  type Diagnostic,
  type RemovedLine,
  type Timestamp,
  type Byline,
  type Dateline,
  type Language,
  type Credit,
  type Encoding,
} from './schema/article.js';
