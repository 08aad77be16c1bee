/** Markdown output: escaping is the hard part, so every title and paragraph must read back exactly. */
import { fc, test } from '@fast-check/vitest';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.js';
import { parseArticle, toMarkdown, type Article } from '../../src/index.js';

const reader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

function text(node: unknown): string {
  const n = node as { type: string; value?: string; children?: unknown[] };
  if (n.type === 'break') return '\n';
  return n.value ?? (n.children ?? []).map(text).join('');
}

function readBack(markdown: string): { front: Record<string, unknown>; title: string | null; paragraphs: string[] } {
  const tree = reader.parse(markdown) as Root;
  const [yaml, ...rest] = tree.children;
  const heading = rest[0]?.type === 'heading' ? rest.shift() : undefined;
  return {
    front: parseYaml((yaml as { value: string }).value) as Record<string, unknown>,
    title: heading ? text(heading) : null,
    paragraphs: rest.map(text),
  };
}

function article(title: string | null, body: string[]): Article {
  const result = parseArticle('Placeholder headline\n\nPlaceholder body paragraph that is long enough.');
  if (!result.ok) throw new Error('fixture');
  return { ...result.article, title, body };
}

const tricky = [
  '# Not a heading',
  '1. Not a list item',
  '- Not a bullet either',
  '> Not a quote',
  '*not emphasis* and _not_ and **not strong**',
  '[not a link](http://example.com) and <b>not html</b> and <http://auto.link>',
  '```not code```',
  '| not | a table |',
  'Backslash \\ and `ticks` and &amp; entity and &copy;',
  '---',
  '=== ',
  '+ plus',
  '    indented code? no',
  'Ends with two spaces  ',
  '1) another list',
  '![not an image](x.png)',
  'Price: $5 * 3 = $15; 50% off_now_',
];

describe('toMarkdown', () => {
  it('escapes Markdown syntax in titles and paragraphs so they read back exactly', () => {
    const body = tricky.map((line) => normalizeText(line));
    const back = readBack(toMarkdown(article('*Breaking*: # [1] <script> _x_', body)));
    expect(back.title).toBe('*Breaking*: # [1] <script> _x_');
    expect(back.paragraphs).toEqual(body);
  });

  it('writes YAML front matter that a YAML parser reads back', () => {
    const result = parseArticle(
      ['Talks: "no deal" — yet', 'Published: May 14, 2019 4:24 PM EDT', 'By JANE DOE', '', 'MOSCOW (Reuters) - Talks began.'].join('\n'),
      { fileName: 'a: b.txt' },
    );
    if (!result.ok) throw new Error('parse');
    const back = readBack(toMarkdown(result.article));
    expect(back.front).toMatchObject({
      title: 'Talks: "no deal" — yet',
      timestamp: '2019-05-14T16:24:00-04:00',
      byline: ['Jane Doe'],
      dateline: 'MOSCOW',
      source: 'a: b.txt',
    });
  });

  it('omits the heading when there is no title', () => {
    const back = readBack(toMarkdown(article(null, ['Only a paragraph.'])));
    expect(back.title).toBeNull();
    expect(back.paragraphs).toEqual(['Only a paragraph.']);
  });

  // Paragraphs are normalized text: one line, trimmed, single spaces. Any such text must survive.
  const paragraph = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 80 })
    .map((s) => normalizeText(s).replace(/\n/g, ' ').replace(/ {2,}/g, ' ').trim())
    .filter((s) => s.length > 0);
  const ascii = fc
    .string({ unit: fc.constantFrom(...'#*_-+>`[]()<>!|\\&;:.1 aZ=~'.split('')), minLength: 1, maxLength: 40 })
    .map((s) => s.replace(/ {2,}/g, ' ').trim())
    .filter((s) => s.length > 0);

  test.prop([fc.array(fc.oneof(paragraph, ascii), { minLength: 1, maxLength: 5 }), fc.oneof(paragraph, ascii)])(
    'any normalized title and paragraphs read back exactly',
    (body, title) => {
      const back = readBack(toMarkdown(article(title, body)));
      expect(back.title).toBe(title);
      expect(back.paragraphs).toEqual(body);
    },
  );
});

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
function subheadings(markdown: string): string[] {
  const tree = reader.parse(markdown) as Root;
  return tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map(text);
}
function parsed(path: string): Article {
  const result = parseArticle(readFileSync(fixtures + path), { fileName: path });
  if (!result.ok) throw new Error(path);
  return result.article;
}

describe('toMarkdown: headings inside the story', () => {
  it('a short one-line paragraph between paragraphs becomes a ## heading (Horne buzzfeed 102)', () => {
    const markdown = toMarkdown(parsed('horne/buzzfeed-102_Real.txt'));
    // Its second heading stays a paragraph: a short photo caption follows it, not prose.
    expect(subheadings(markdown)).toEqual(['The conservative movement’s founding error: Barry Goldwater']);
    // Every paragraph still reads back, in order, headings included.
    expect(readBack(markdown).paragraphs).toEqual(parsed('horne/buzzfeed-102_Real.txt').body);
  });

  it('a question is a heading too (Fake.br 352), a line that ends in a full stop is not', () => {
    expect(subheadings(toMarkdown(parsed('fakebr/352.txt')))).toEqual([
      'ACOMPANHE AO VIVO A SESSÃO',
      'Condenação em segunda instância',
      'Argumentos da defesa',
      'O que pode acontecer com Lula?',
    ]);
  });

  it('the wire fixtures (Reuters, BBC) get no ## heading: their short lines are tables and prose', () => {
    for (const dir of ['reuters', 'reuters-unproc', 'bbc']) {
      for (const name of readdirSync(fixtures + dir).filter((file) => !file.endsWith('.json'))) {
        expect(subheadings(toMarkdown(parsed(`${dir}/${name}`))), `${dir}/${name}`).toEqual([]);
      }
    }
  });

  it('page furniture left in the body is not a heading (`Learn more`, Horne buzzfeed 141; a Fox News app promo)', () => {
    const body = [
      'The smug style arose to answer these questions.',
      'Learn more',
      'If there has ever been a tirade so dedicated to the smug style, it is this one.',
    ];
    const story = { ...article('The smug style in American liberalism', body) };
    story.provenance = { ...story.provenance, body: [[3, 3], [5, 5], [7, 7]] };
    expect(subheadings(toMarkdown(story))).toEqual([]);
    story.body = [body[0]!, 'CLICK HERE TO GET THE FOX NEWS APP', body[2]!];
    expect(subheadings(toMarkdown(story))).toEqual([]);
    story.body = [body[0]!, 'What happened in Kansas', body[2]!];
    expect(subheadings(toMarkdown(story))).toEqual(['What happened in Kansas']);
  });
});

describe('toMarkdown: front matter', () => {
  it('a stamp that has no year keeps its words as `stamp` when `timestamp` is null', () => {
    const result = parseArticle(
      ['Talks begin in Sochi', 'Updated Nov. 19 at 4:46 PM', '', 'SOCHI, Russia (Reuters) - Talks began on Tuesday between the two ministers, officials said.'].join('\n'),
    );
    if (!result.ok) throw new Error('parse');
    expect(result.article.timestamp).toBeNull();
    const back = readBack(toMarkdown(result.article));
    expect(back.front.timestamp).toBeNull();
    expect(back.front.stamp).toBe('Updated Nov. 19 at 4:46 PM');
    expect(back.paragraphs).toEqual(result.article.body);
  });

  it('a dated stamp gives `timestamp` and no `stamp`', () => {
    const result = parseArticle(['Talks begin in Sochi', 'Updated Nov. 19, 2019 at 4:46 PM', '', 'SOCHI, Russia (Reuters) - Talks began on Tuesday.'].join('\n'));
    if (!result.ok) throw new Error('parse');
    const back = readBack(toMarkdown(result.article));
    expect(back.front.timestamp).toBe('2019-11-19T16:46:00');
    expect(back.front.stamp).toBeUndefined();
  });
});
