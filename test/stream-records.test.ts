// The stream record reader and record answers (issue #9 item 10 and the stream half of item 6):
// strict base64, ids echoed as written, a BOM at the start, lone surrogates, records over the
// size limit answered with an error while the stream goes on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRecords, type RawRecord } from '../src/batch/records.js';
import { numberSourceOf } from '../src/batch/raw-json.js';
import { answer } from '../src/batch/stream.js';
import { parseArticle } from '../src/core/parse.js';
import { runCli } from './helpers/cli.js';

const seed = readFileSync(new URL('../fixtures/seed/pompeo-lavrov-sochi.txt', import.meta.url), 'utf8');

async function collect(chunks: (string | Uint8Array)[], maxBytes = 1000): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const record of readRecords(chunks, maxBytes)) out.push(record);
  return out;
}

describe('readRecords', () => {
  it('splits at LF, drops a CR before it, keeps a last line without LF', async () => {
    expect(await collect(['a\r\nb\n', '\nc'])).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
      { line: 3, text: '' },
      { line: 4, text: 'c' },
    ]);
  });

  it('gives the same records however the bytes are cut (a BOM, a CR/LF, a UTF-8 letter across chunks)', async () => {
    const bytes = Buffer.from('\uFEFF{"id":"é"}\r\n{"id":"ü"}\n', 'utf8');
    const whole = await collect([bytes]);
    expect(whole).toEqual([
      { line: 1, text: '{"id":"é"}' },
      { line: 2, text: '{"id":"ü"}' },
    ]);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await collect([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(whole);
    }
    expect(await collect([...bytes].map((byte) => Uint8Array.of(byte)))).toEqual(whole);
  });

  it('drops a BOM only at the start of the stream', async () => {
    expect(await collect(['\uFEFFa\n\uFEFFb\n'])).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: '\uFEFFb' },
    ]);
  });

  it('a line over the limit is counted, not kept, and the next lines still come', async () => {
    const long = 'x'.repeat(25);
    expect(await collect(['ok\n', long.slice(0, 10), long.slice(10), '\nafter\n', 'y'.repeat(11)], 10)).toEqual([
      { line: 1, text: 'ok' },
      { line: 2, oversize: 25 },
      { line: 3, text: 'after' },
      { line: 4, oversize: 11 },
    ]);
    // Exactly at the limit is fine.
    expect(await collect(['x'.repeat(10), '\n'], 10)).toEqual([{ line: 1, text: 'x'.repeat(10) }]);
  });
});

describe('numberSourceOf', () => {
  it.each([
    ['{"id":1e999,"text":"a"}', '1e999'],
    ['{ "id" : -0.50E+3 }', '-0.50E+3'],
    ['{"text":"{\\"id\\": 5, \\\\","id":12345678901234567890}', '12345678901234567890'],
    ['{"a":{"id":1},"b":[{"id":2}],"id":3}', '3'],
    ['{"id":1,"id":2}', '2'],
    ['{"\\u0069d":7}', '7'],
    ['{"id":"7"}', null],
    ['{"other":1}', null],
  ])('%s → %s', (text, expected) => {
    expect(numberSourceOf(text, 'id')).toBe(expected);
  });
});

describe('stream answers', () => {
  const text = JSON.stringify(seed);

  it('refuses base64 that is not strict base64, with the id', () => {
    const good = Buffer.from(seed).toString('base64');
    expect(answer(`{"id":"g","base64":"${good}"}`, 1, {}).ok).toBe(true);
    for (const bad of ['!!!not base64!!!', `${good.slice(0, -2)}`, `${good} `, good.replace(/\+/g, '-'), 'QQ', 'QQ=']) {
      const { ok, record } = answer(JSON.stringify({ id: 'b', base64: bad }), 3, {});
      expect(ok).toBe(false);
      expect(JSON.parse(record)).toEqual({
        id: 'b',
        ok: false,
        error: { rule: 'bad-record', message: expect.stringMatching(/^line 3: "base64" is not valid base64/) },
      });
    }
  });

  it('echoes number ids as written, also in source.file', () => {
    for (const id of ['1e999', '12345678901234567890', '1.50', '-0', '42']) {
      const { ok, record } = answer(`{"id":${id},"text":${text}}`, 1, {});
      expect(ok).toBe(true);
      expect(record.startsWith(`{"id":${id},"ok":true,`)).toBe(true);
      expect(record).toContain(`"file":"${id}"`);
      const error = answer(`{"id": ${id}, "text": ""}`, 1, {});
      expect(error.record.startsWith(`{"id":${id},"ok":false,`)).toBe(true);
    }
  });

  it('replaces lone surrogates with U+FFFD and counts them', () => {
    const { record } = answer(JSON.stringify({ id: 's', text: `Lone \uD800 half headline\n\nA body \uDC00 here and a pair \uD83D\uDE00 kept.` }), 1, {});
    const article = JSON.parse(record).article;
    expect(article.title).toBe('Lone \uFFFD half headline');
    expect(article.body).toEqual(['A body \uFFFD here and a pair \uD83D\uDE00 kept.']);
    expect(article.stats.normalized.surrogates).toBe(2);
    expect(record.isWellFormed()).toBe(true);
  });

  it('counts no surrogates in well-formed text (the key is absent)', () => {
    const result = parseArticle(seed);
    expect(result.ok && 'surrogates' in result.article.stats.normalized).toBe(false);
  });
});

describe('wirestory stream (built command)', () => {
  it('reads a stream starting with a BOM, echoes 1e999, refuses bad base64 and an oversized record, and goes on', async () => {
    const small = 'Short headline here\n\nA body line for the story.';
    const input = [
      `\uFEFF{"id":1e999,"text":${JSON.stringify(small)}}`,
      `{"id":"bad64","base64":"@@@"}`,
      `{"id":"big","text":"${'x'.repeat(5000)}"}`,
      `{"id":"last","text":${JSON.stringify(small)}}`,
    ].join('\n');
    const result = await runCli(['stream', '--max-bytes', '4k'], { input: `${input}\n` });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]!.startsWith('{"id":1e999,"ok":true,')).toBe(true);
    expect(JSON.parse(lines[1]!)).toMatchObject({ id: 'bad64', ok: false, error: { rule: 'bad-record' } });
    expect(JSON.parse(lines[2]!)).toEqual({
      id: null,
      ok: false,
      error: { rule: 'too-large', message: 'line 3: record of 5022 bytes is over the limit of 4096 bytes (--max-bytes); not read' },
    });
    expect(JSON.parse(lines[3]!)).toMatchObject({ id: 'last', ok: true });
    expect(result.stderr).toBe('wirestory stream: 4 records, 2 converted, 2 failed\n');
  });

  it('a bad --max-bytes is a usage error', async () => {
    const result = await runCli(['stream', '--max-bytes', '12q'], { input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('wirestory: Bad --max-bytes `12q`, expected a size in bytes such as `67108864`, `512k` or `64M`\n');
  });
});
