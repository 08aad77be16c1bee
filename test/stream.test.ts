// `wirestory stream` (the real built command): NDJSON records in, one result line per record out,
// in order, flushed as it goes, error records instead of dying; and end to end under GNU
// parallel over sharded input, as a Hadoop/Spark task would run it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './helpers/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/parse.js';
import { articleSchema } from '../src/schema/article.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'wirestory.js');
const seedPath = join(root, 'fixtures/seed/pompeo-lavrov-sochi.txt');

interface Record {
  id: string | number | null;
  ok: boolean;
  article?: unknown;
  error?: { rule: string; message: string };
}


const parseLines = (text: string): Record[] => text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record);

function story(i: number): string {
  return `Talks resume in round ${i}\n\nMay ${1 + (i % 28)}, 2019 4:${String(i % 60).padStart(2, '0')} PM\n\nMOSCOW (Reuters) - Officials met on day ${i} and said talks would go on.\n\nA second paragraph for story ${i}.\n`;
}

let work: string;

beforeAll(() => {
  expect(existsSync(join(root, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build`').toBe(true);
  work = mkdtempSync(join(tmpdir(), 'wirestory-stream-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('stream', () => {
  it('answers every record in order: articles, and error records for bad ones', async () => {
    const seed = readFileSync(seedPath, 'utf8');
    const input = [
      JSON.stringify({ id: 'seed', text: seed }),
      '',
      'this is not json',
      JSON.stringify({ id: 7, text: story(7) }),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'empty', text: '' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 'b64', base64: Buffer.from(story(3), 'latin1').toString('base64') }),
      JSON.stringify({ id: 'binary', base64: Buffer.from([0, 1, 2, 3]).toString('base64') }),
      JSON.stringify({ text: story(9) }),
    ].join('\n');
    const result = await runCli(['stream', '--tz', 'Europe/Moscow'], { input: `${input}\n`, env: { NO_COLOR: '1' } });
    expect(result.code, result.stderr).toBe(0);
    const records = parseLines(result.stdout);
    expect(records.map((record) => [record.id, record.ok])).toEqual([
      ['seed', true],
      [null, false],
      [7, true],
      ['no-text', false],
      ['empty', false],
      [null, false],
      ['b64', true],
      ['binary', false],
      [null, true],
    ]);
    expect(records[1]!.error).toEqual({ rule: 'bad-record', message: expect.stringMatching(/^line 3: not JSON/) });
    expect(records[4]!.error!.rule).toBe('empty-input');
    expect(records[7]!.error!.rule).toBe('binary-input');
    for (const record of records.filter((r) => r.ok)) expect(articleSchema.safeParse(record.article).success).toBe(true);
    // The same article as the library gives, with the options applied and the id as source.file.
    const expected = parseArticle(seed, { tz: 'Europe/Moscow', fileName: 'seed' });
    expect(expected.ok).toBe(true);
    if (expected.ok) expect(records[0]!.article).toEqual(expected.article);
    expect(result.stderr).toBe('wirestory stream: 9 records, 4 converted, 5 failed\n');
  });

  it('flushes each answer as it goes (a record in, a line out, before stdin ends)', async () => {
    const child = spawn(process.execPath, [bin, 'stream', '-q']);
    const lines: string[] = [];
    let buffer = '';
    const nextLine = () =>
      new Promise<string>((resolve) => {
        const check = () => {
          if (lines.length > 0) return resolve(lines.shift()!);
          child.stdout.once('data', check);
        };
        check();
      });
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        lines.push(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
      }
    });
    child.stdin.write(`${JSON.stringify({ id: 'first', text: story(1) })}\n`);
    expect((JSON.parse(await nextLine()) as Record).id).toBe('first');
    child.stdin.write(`${JSON.stringify({ id: 'second', text: story(2) })}\n`);
    expect((JSON.parse(await nextLine()) as Record).id).toBe('second');
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  it('exits 2 on a bad option value', async () => {
    const result = await runCli(['stream', '--date-order', 'ymd'], { input: '', env: { NO_COLOR: '1' } });
    expect(result.code).toBe(2);
  });
});

describe('stream under GNU parallel (sharded input)', () => {
  // CI installs GNU parallel (`apt-get install -y parallel`); a missing one is a failure here,
  // not a skip, so this path is always exercised.
  const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' });

  it('is installed', () => {
    expect(parallel.status, 'GNU parallel is missing: apt-get install -y parallel').toBe(0);
    expect(parallel.stdout).toMatch(/GNU parallel/);
  });

  it('gives, over shards and jobs, exactly the bytes of one process', async () => {
    if (parallel.status !== 0) return;
    const records: string[] = [];
    for (let i = 0; i < 400; i++) {
      records.push(i % 97 === 13 ? JSON.stringify({ id: `bad-${i}`, text: '   ' }) : JSON.stringify({ id: `s-${i}`, text: story(i) }));
    }
    const all = `${records.join('\n')}\n`;
    const shards = join(work, 'shards');
    mkdirSync(shards);
    for (let shard = 0; shard < 8; shard++) {
      writeFileSync(join(shards, `part-${shard}.ndjson`), `${records.slice(shard * 50, shard * 50 + 50).join('\n')}\n`);
    }
    const single = await runCli(['stream', '-q'], { input: all, env: { NO_COLOR: '1' } });
    expect(single.code).toBe(0);
    expect(single.stdout.trimEnd().split('\n')).toHaveLength(400);

    // 1. One task per shard file, as Hadoop maps a split: `wirestory stream < part`.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} stream -q`;
    const perShard = spawnSync(
      'parallel',
      ['--will-cite', '--keep-order', '--halt', 'now,fail=1', '-j', '2', `${command} < {}`, ':::', ...Array.from({ length: 8 }, (_, s) => join(shards, `part-${s}.ndjson`))],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(perShard.status, perShard.stderr).toBe(0);
    expect(perShard.stdout).toBe(single.stdout);

    // 2. One stream cut into blocks of records (`--pipe`), as Spark pipes a partition.
    const piped = spawnSync('parallel', ['--will-cite', '--pipe', '--keep-order', '-N', '37', '-j', '2', command], {
      input: all,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stdout).toBe(single.stdout);
    const answers = parseLines(piped.stdout);
    expect(answers.filter((record) => !record.ok).map((record) => record.id)).toEqual(['bad-13', 'bad-110', 'bad-207', 'bad-304']);
  });
});
