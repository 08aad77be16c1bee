/**
 * Property tests: invariants that must hold for every input, checked on generated stories
 * built from real header and body lines mixed with arbitrary text.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { normalizeText } from '../src/core/normalize.js';
import { articleSchema, parseArticle, type Article } from '../src/index.js';

const realLines = [
  'Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi',
  'Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi',
  'POMPEO SAYS TRUMP WANTS TO IMPROVE RUSSIA RELATIONS',
  '14.05.2019 16:24',
  '19-OCT-1987 15:35:53.55',
  'Tue, 14 May 2019 16:24:00 +0300',
  'Published: May 14, 2019 4:24 PM EDT',
  'Updated Dec. 25 at 3:53 pm E.T.',
  '05/06/2019',
  'By JANE DOE and JOHN Q. SMITH',
  'Associated Press',
  '    BAHRAIN, Oct 19 - Huge oil platforms dot the Gulf like',
  'beacons -- usually lit up like Christmas trees at night.',
  'MOSCOW, May 14 (Reuters) - Russia said on Tuesday it was ready to talk.',
  'On 14 May the ministry said the talks would go on.',
  ' Reuter',
  '',
  '\t',
  '“It’s not destiny that we’re adversaries on every issue,” Pompeo added.',
];

const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...realLines) },
  { weight: 1, arbitrary: fc.string({ maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
const story = fc.array(line, { minLength: 1, maxLength: 25 }).map((lines) => lines.join('\n'));

/** The article without what legitimately depends on the bytes (hash, size, line-ending counts). */
function content(article: Article) {
  const { source, stats, ...rest } = article;
  const { crlf, cr, bom, ...normalized } = stats.normalized;
  void source;
  void crlf;
  void cr;
  void bom;
  return { ...rest, stats: { ...stats, normalized } };
}

describe('parseArticle on any input', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 400 })])('never throws on any string', (input) => {
    const result = parseArticle(input);
    expect(typeof result.ok).toBe('boolean');
  });

  test.prop([fc.uint8Array({ maxLength: 400 })])('never throws on any bytes', (input) => {
    const result = parseArticle(input);
    if (!result.ok) expect(['empty-input', 'binary-input', 'undecodable-input']).toContain(result.error.rule);
  });

  test.prop([story])('every article validates against the schema', (text) => {
    const result = parseArticle(text, { fileName: 'story.txt' });
    if (result.ok) articleSchema.parse(result.article);
  });

  test.prop([story])('every non-blank input line is in the body or listed as removed', (text) => {
    const result = parseArticle(text);
    if (!result.ok) return;
    const { article } = result;
    const covered = new Set<number>(article.removed.map((r) => r.line));
    for (const [start, end] of article.provenance.body) for (let n = start; n <= end; n++) covered.add(n);
    normalizeText(text)
      .split('\n')
      .forEach((lineText, i) => {
        if (lineText !== '') expect(covered.has(i + 1), `line ${i + 1}: ${JSON.stringify(lineText)}`).toBe(true);
      });
  });

  test.prop([story])('LF, CRLF and CR line endings and a BOM give the same article', (text) => {
    // A text already holding a CR is not an LF text: turning its LFs into CRs adds line breaks
    // (`\r\n!` → `\r\r!`), so the property says nothing about it (a counterexample found by CI).
    fc.pre(!text.includes('\r'));
    const lf = parseArticle(text);
    const variants = [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), `\uFEFF${text}`];
    for (const variant of variants) {
      const other = parseArticle(Buffer.from(variant, 'utf8'));
      expect(other.ok).toBe(lf.ok);
      if (lf.ok && other.ok) expect(content(other.article)).toEqual(content(lf.article));
    }
  });

  test.prop([story])('the same input gives the same article (no hidden state between calls)', (text) => {
    expect(parseArticle(text)).toEqual(parseArticle(text));
  });
});

describe('normalization', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 300 })])('is idempotent', (text) => {
    const once = normalizeText(text);
    expect(normalizeText(once)).toBe(once);
  });

  test.prop([story])('leaves no CR, tab, no-break space, soft hyphen or zero-width space', (text) => {
    expect(normalizeText(text)).not.toMatch(/[\r\t\u00a0\u00ad\u200b\u2060\ufeff]/);
  });
});
