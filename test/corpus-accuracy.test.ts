/**
 * Parser accuracy on real corpora, against the ground truth that test/tools/make-fixtures.mjs
 * derives from each source (see fixtures/SOURCES.md). One assertion per field, so a failure
 * names the file and the field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import type { Article } from '../src/index.js';

const fixtures = new URL('../fixtures/', import.meta.url);

function truth<T>(folder: string): [string, T][] {
  return Object.entries(JSON.parse(readFileSync(new URL(`${folder}/truth.json`, fixtures), 'utf8')) as Record<string, T>);
}

function parse(folder: string, name: string): Article {
  const result = parseArticle(readFileSync(new URL(`${folder}/${name}`, fixtures)), { fileName: name });
  if (!result.ok) throw new Error(`${folder}/${name}: ${result.error.message}`);
  return result.article;
}

describe('BBC News sample: title is line 1, body is its paragraphs', () => {
  const cases = truth<{ title: string; body: string[]; encoding: string }>('bbc');
  it('covers all 40 stories', () => expect(cases).toHaveLength(40));
  describe.each(cases)('%s', (name, expected) => {
    const article = parse('bbc', name);
    it('title', () => expect(article.title).toBe(expected.title));
    it('body', () => expect(article.body).toEqual(expected.body));
    it('timestamp (none in the text)', () => expect(article.timestamp).toBeNull());
    it('nothing dropped but the title', () => expect(article.removed.map((r) => r.reason)).toEqual(['title']));
    it('encoding', () => expect(article.source.encoding).toBe(expected.encoding === 'ascii' ? 'utf-8' : expected.encoding));
  });
});

interface ReutersTruth {
  title: string;
  dateText: string;
  isoSeconds: string;
  byline: string | null;
  dateline: string;
  datelinePlace: string;
  paragraphs: string[];
}

describe('Reuters-21578 rendered as wire copy: fields match the SGML tags', () => {
  const cases = truth<ReutersTruth>('reuters');
  it('covers all 460 stories', () => expect(cases).toHaveLength(460));
  describe.each(cases)('%s', (name, expected) => {
    const article = parse('reuters', name);
    it('title', () => expect(article.title).toBe(expected.title));
    it('timestamp', () => {
      expect(article.timestamp?.text).toBe(expected.dateText);
      expect(article.timestamp?.iso.slice(0, 19)).toBe(expected.isoSeconds);
      expect(article.timestamp?.line).toBe(2);
    });
    it('byline', () => {
      if (expected.byline === null) expect(article.byline).toBeNull();
      else expect(article.byline?.text.replace(/^By /i, '')).toBe(expected.byline);
    });
    it('dateline', () => {
      expect(article.dateline?.text).toBe(expected.dateline);
    });
    it('paragraphs', () => expect(article.body).toEqual(expected.paragraphs));
  });
});

describe('Horne 2017 (cp1252, CRLF, title file joined to body)', () => {
  const cases = truth<{ title: string; encoding: string; paragraphCount: number; titleInBody: boolean }>('horne');
  describe.each(cases)('%s', (name, expected) => {
    const article = parse('horne', name);
    it('title', () => expect(article.title).toBe(expected.title));
    it('encoding', () => expect(article.source.encoding).toBe(expected.encoding === 'ascii' ? 'utf-8' : expected.encoding));
    it('line endings', () => expect(article.source.lineEnding).toBe('crlf'));
  });
});

/** `Moro determina que José Dirceu deixe` → `moro-determina-que-jose-dirceu-deixe`. */
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

describe('Fake.br (Portuguese; BOM; flattened and multi-line layouts)', () => {
  const cases = truth<{ title: string | null; kind: string; bom: boolean; url: string }>('fakebr');
  describe.each(cases)('%s', (name, expected) => {
    const article = parse('fakebr', name);
    it('bom', () => expect(article.source.bom).toBe(expected.bom));
    if (expected.kind === 'multiline' && expected.title !== null) {
      it('title', () => expect(article.title).toBe(expected.title));
    }
    if (expected.kind === 'flattened') {
      // The flattened layout has no mechanical title; the URL slug is the check. G1 slugs drop
      // a word here and there, so every slug word must be in the title, in order.
      it('title (against the URL slug)', () => {
        const words = (expected.url.split('/').pop() ?? '').replace(/^[a-z]+,/, '').replace(/,\d+$|\.ghtml$/g, '').split('-');
        if (article.title === null) {
          expect(expected.url).toContain('/blogs/'); // 3100: a blog post whose title is not in the text
          return;
        }
        const title = slug(article.title);
        let at = 0;
        for (const word of words) {
          at = title.indexOf(word, at);
          expect(at, `slug word ${word} in ${title}`).toBeGreaterThanOrEqual(0);
        }
      });
    }
  });
});
