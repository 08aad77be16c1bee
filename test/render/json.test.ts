/** toJsonChunks gives exactly the bytes of toJson / JSON.stringify, in pieces. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/parse.js';
import { toJson, toJsonChunks } from '../../src/render/json.js';

const join_ = (pieces: Iterable<string>) => [...pieces].join('');
const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

describe('toJsonChunks', () => {
  it('matches toJson on articles (pretty and compact), with a body long enough to be cut', () => {
    const folder = join(fixtures, 'reuters');
    const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).slice(0, 40);
    const long = Array.from({ length: 3000 }, (_, i) => `word${i}\n\n`).join('');
    const inputs = [...files.map((name) => readFileSync(join(folder, name))), Buffer.from(`A headline here\n\n${long}`)];
    for (const input of inputs) {
      const result = parseArticle(input);
      if (!result.ok) continue;
      expect(join_(toJsonChunks(result.article))).toBe(toJson(result.article));
      expect(join_(toJsonChunks(result.article, { compact: true }))).toBe(toJson(result.article, { compact: true }));
    }
  });

  it('matches JSON.stringify on any JSON value, arrays of every length', () => {
    const value = fc.oneof(fc.jsonValue(), fc.array(fc.oneof(fc.string(), fc.tuple(fc.nat(), fc.nat())), { minLength: 500, maxLength: 1200 }));
    fc.assert(
      fc.property(value, fc.boolean(), (json, compact) => {
        const expected = `${compact ? JSON.stringify(json) : JSON.stringify(json, null, 2)}\n`;
        expect(join_(toJsonChunks(json, { compact }))).toBe(expected);
      }),
      { numRuns: 300 },
    );
    expect(join_(toJsonChunks({ a: undefined, b: [undefined, 1], c: {} }))).toBe(`${JSON.stringify({ a: undefined, b: [undefined, 1], c: {} }, null, 2)}\n`);
  });
});
