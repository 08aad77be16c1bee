/**
 * Markdown renderer: builds an mdast tree (YAML front matter, `# Title`, one paragraph node
 * per body paragraph, a `##` heading for a heading inside the story) and lets remark-stringify
 * serialize it, so every character that means something in Markdown is escaped and a CommonMark
 * parser reads back exactly the text.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import { clutterKind } from '../extract/boilerplate.js';
import type { Article } from '../schema/article.js';

/** The front matter: what a static-site generator or a notes tool wants to index. */
export function frontMatter(article: Article): Record<string, unknown> {
  const data: Record<string, unknown> = { title: article.title };
  data.timestamp = article.timestamp?.iso ?? null;
  // A stamp that could not be dated (no year, no reference date) left the body: keep its words.
  const stamp = article.timestamp === null ? article.removed.find((line) => line.reason === 'timestamp') : undefined;
  if (stamp) data.stamp = stamp.text;
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
  article.body.forEach((paragraph, i) => {
    if (isStoryHeading(article, i)) children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: paragraph }] });
    else children.push({ type: 'paragraph', children: [{ type: 'text', value: paragraph }] });
  });
  return { type: 'root', children };
}

/** Longest heading inside a story, in words and in characters. */
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_LENGTH = 90;
const SENTENCE_END = /[.!?…"'”’)]$/u;

/**
 * A heading inside the story (`What happens next`, `The ruling`): a paragraph that was one line
 * of its own in the input (its provenance spans one line), between a paragraph that ends a
 * sentence and a longer one, short, starting with a capital or a digit and ending without a
 * sentence mark (a question is allowed), and not page clutter; the paragraph after it is prose. A one-line paragraph that ends in
 * a full stop is prose.
 */
export function isStoryHeading(article: Article, i: number): boolean {
  const span = article.provenance.body[i];
  const text = article.body[i]!;
  const before = article.body[i - 1];
  const after = article.body[i + 1];
  if (span === undefined || span[0] !== span[1] || before === undefined || after === undefined) return false;
  const words = text.split(' ').length;
  if (text.length > HEADING_MAX_LENGTH || words < 2 || words > HEADING_MAX_WORDS) return false;
  // What follows is prose: a longer paragraph that ends a sentence (not the next row of a table).
  if (after.length <= 2 * text.length || !SENTENCE_END.test(after)) return false;
  // Page furniture kept in the body (`Sign up`, `Related: …`, `Play Video0:56`, `CLICK HERE TO GET THE
  // FOX NEWS APP`) and a name over a date are not headings.
  if (clutterKind(text) !== null || /\d{4}$|\d:\d\d$/u.test(text) || /^click here\b/iu.test(text)) return false;
  return /^[\p{Lu}\p{N}]/u.test(text) && !/[.!,;:…"'”’)\]-]$/u.test(text) && SENTENCE_END.test(before);
}

const processor = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' })
  .use(remarkFrontmatter, ['yaml'])
  .freeze();

/** The article as Markdown with YAML front matter. */
export function toMarkdown(article: Article): string {
  return processor.stringify(toMdast(article));
}
