/** Markup given by mistake is refused with what it looks like (issue #8 item 5). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

/** A file named `name` holding `text`, in a folder of its own. */
function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'wirestory-markup-')), name);
  writeFileSync(path, text);
  return path;
}

describe('markup input is refused', () => {
  test.each([
    // The start of a pagedumps page (../shared/corpus/pagedumps/html) and of reut2-021.sgm.
    ['HTML', '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Story</title></head>\n<body><p>Text</p></body></html>\n', '<!DOCTYPE html>'],
    ['HTML', '<html><head><title>Story</title></head><body><div><p>Text</p></div></body></html>', '<html>'],
    ['SGML', '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n', '<!DOCTYPE lewis SYSTEM "lewis.dtd">'],
    ['XML', '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>News</title></channel></rss>\n', '<?xml version="1.0" encoding="UTF-8"?>'],
    ['XML', '<newsitem itemid="1"><title>Story</title><text><p>Body</p></text></newsitem>', '<newsitem itemid="1">'],
    // A one-line page: two tags only, but an `<html>` root.
    ['HTML', '<html><body>x</body></html>', '<html>'],
    ['HTML', '<HTML lang="en">\n<BODY>Story</BODY>\n</HTML>\n', '<HTML lang="en">'],
  ])('%s: %j', (kind, text, start) => {
    const result = parseArticle(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.rule).toBe('markup-input');
      expect(result.error.message).toBe(
        `input looks like ${kind} markup (it starts with \`${start}\`), expected plain text; ${kind === 'HTML' ? 'convert the page to text first (for example `w3m -dump page.html`)' : 'extract the story text from it first'}`,
      );
    }
  });

  test.each([
    ['a story that mentions a tag', 'How to write <p> tags\n\nThe <p> element starts a paragraph.\n'],
    ['a wire story with an SGML-style company mark', 'EXPRESS SAYS\n\n<American Express Co> said on Monday it would buy back shares.\n'],
    ['a story starting with a quote mark', '"Yes," he said.\n\nThe minister agreed.\n'],
    ['a story opening with an `<html>`-less tag pair', '<b>Breaking</b> news\n\nThe minister agreed.\n'],
  ])('%s is a story', (_, text) => {
    expect(parseArticle(text).ok).toBe(true);
  });

  it('the command names the file and goes on with the others (exit 1)', async () => {
    const seed = 'fixtures/seed/pompeo-lavrov-sochi.txt';
    const page = tempFile('page.html', readFileSync(seed, 'utf8').replace(/^/, '<!DOCTYPE html>\n<html><body><p>\n'));
    const result = await runCli([page, seed, '--compact']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${page}: input looks like HTML markup (it starts with \`<!DOCTYPE html>\`)`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // The other story is still printed; the refused page is an error record, never an article.
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.ok)).toEqual([false, true]);
    expect(records[0].error.rule).toBe('markup-input');
    expect(records[0]).not.toHaveProperty('article');
    expect(records[1].article.title).toContain('Pompeo says Trump');
  });
});

describe('JSON input is refused (a previous output given again)', () => {
  const seed = 'fixtures/seed/pompeo-lavrov-sochi.txt';
  const output = (compact: boolean): string => {
    const result = parseArticle(readFileSync(seed), { fileName: seed });
    if (!result.ok) throw new Error('the seed story parses');
    return compact ? `${JSON.stringify(result.article)}\n${JSON.stringify(result.article)}\n` : `${JSON.stringify(result.article, null, 2)}\n`;
  };

  test.each([
    ['a wirestory article (JSON)', () => output(false), '{ "schemaVersion": 1, "title": "Pompeo s'],
    ['wirestory articles, one per line (NDJSON)', () => output(true), '{"schemaVersion":1,"title":"Pompeo says'],
    ['`stream` records', () => '{"id":"a1","text":"Headline\\n\\nBody."}\n{"id":"a2","text":"x"}\n', '{"id":"a1","text":"Headline\\n\\nBody."} {'],
    ['an array of records', () => '[\n  {"title": "Headline", "body": ["Body."]}\n]\n', '[ {"title": "Headline", "body": ["Body."'],
  ])('%s', (_, text, start) => {
    const result = parseArticle(text());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.rule).toBe('json-input');
    expect(result.error.message).toBe(
      `input looks like JSON (it starts with \`${start}\`), expected plain text; give the story text itself (for JSON lines of {"id","text"} records, use \`wirestory stream\`)`,
    );
  });

  test.each([
    ['a story opening with a bracketed tag', '[Photo] Pompeo meets Lavrov\n\nThe two met in Sochi.\n'],
    ['a story opening with a brace', '{Update} Markets fall\n\nShares fell.\n'],
    ['an empty object, then text', '{}\n\nShares fell.\n'],
    ['a JSON array of numbers', '[1, 2, 3]\n'],
  ])('%s is a story', (_, text) => {
    expect(parseArticle(text).ok).toBe(true);
  });

  it('the command names the .json file, goes on with the others and exits 1', async () => {
    const json = tempFile('previous.json', output(false));
    const result = await runCli([json, seed, '--compact']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `wirestory: ${json}: input looks like JSON (it starts with \`{ "schemaVersion": 1, "title": "Pompeo s\`), expected plain text; give the story text itself (for JSON lines of {"id","text"} records, use \`wirestory stream\`)\n`,
    );
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.ok)).toEqual([false, true]);
    expect(records[0].error.rule).toBe('json-input');
    expect(records[1].article.title).toContain('Pompeo says Trump');
  });
});

describe('HTML character references are decoded and counted', () => {
  it('as in the BBC files that print caf&#233; (fixtures/bbc/tech-161.txt)', () => {
    const result = parseArticle('Title here\n\nThe caf&#233; owner said R&amp;D&nbsp;spending rose; AT&T and &foo; stay.\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.body).toEqual(['The café owner said R&D spending rose; AT&T and &foo; stay.']);
    expect(result.article.stats.normalized.entities).toBe(3);
    expect(result.article.stats.normalized.nbsp).toBe(1);
  });
  it('no key when there were none', () => {
    const result = parseArticle('Title here\n\nPlain text, AT&T and R&D.\n');
    expect(result.ok && result.article.stats.normalized.entities).toBeUndefined();
  });
  it('a doubly escaped reference is kept, so normalizing twice changes nothing', () => {
    const result = parseArticle('Title here\n\nWrite &amp;lt; for a less-than sign and &#10; stays too.\n');
    expect(result.ok && result.article.body).toEqual(['Write &amp;lt; for a less-than sign and &#10; stays too.']);
  });
});
