/**
 * Markdown renderer: builds an mdast tree (YAML front matter, `# Title`, one paragraph node
 * per body paragraph) and lets remark-stringify serialize it, so every character that means
 * something in Markdown is escaped and a CommonMark parser reads back exactly the text.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import type { Article } from '../schema/article.js';

/** The front matter: what a static-site generator or a notes tool wants to index. */
export function frontMatter(article: Article): Record<string, unknown> {
  const data: Record<string, unknown> = { title: article.title };
  data.timestamp = article.timestamp?.iso ?? null;
  if (article.updated) data.updated = article.updated.iso;
  if (article.byline) data.byline = article.byline.names;
  if (article.byline?.agency) data.agency = article.byline.agency;
  if (article.dateline) data.dateline = article.dateline.place;
  if (article.language) data.language = article.language.code;
  data.source = article.source.file;
  data.sha256 = article.source.sha256;
  return data;
}

export function toMdast(article: Article): Root {
  const children: RootContent[] = [
    { type: 'yaml', value: stringifyYaml(frontMatter(article), { lineWidth: 0 }).trimEnd() },
  ];
  if (article.title !== null) {
    children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: article.title }] });
  }
  for (const paragraph of article.body) {
    children.push({ type: 'paragraph', children: [{ type: 'text', value: paragraph }] });
  }
  return { type: 'root', children };
}

const processor = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' })
  .use(remarkFrontmatter, ['yaml'])
  .freeze();

/** The article as Markdown with YAML front matter. */
export function toMarkdown(article: Article): string {
  return processor.stringify(toMdast(article));
}
