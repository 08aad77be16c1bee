/**
 * `convert`'s workers run dist/worker.cjs through bin/wirestory.js's V8 code cache (src/workers/
 * worker-entry.ts): the outputs are the library's, whether the cache is cold, warm, garbage or
 * cannot be written, and a warm run accepts the cache its first run wrote.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/parse.js';
import { toJson } from '../src/render/json.js';
import { toMarkdown } from '../src/render/markdown.js';
import { repoRoot, runCli } from './helpers/cli.js';

/** Real stories: the first few of three fixture folders, and the seed. */
const STORIES = [
  ...['bbc', 'reuters', 'horne'].flatMap((folder) =>
    readdirSync(join(repoRoot, 'fixtures', folder))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .slice(0, 6)
      .map((name) => `fixtures/${folder}/${name}`),
  ),
  'fixtures/seed/pompeo-lavrov-sochi.txt',
];

let input: string;

beforeAll(() => {
  input = mkdtempSync(join(tmpdir(), 'wirestory-convert-cache-in-'));
  for (const story of STORIES) cpSync(join(repoRoot, story), join(input, story.replace(/^fixtures\//, '')));
});

/** What the library makes of each story, by output name. */
function expected(format: 'json' | 'md'): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const story of STORIES) {
    const rel = story.replace(/^fixtures\//, '');
    const result = parseArticle(readFileSync(join(repoRoot, story)), { fileName: rel });
    if (!result.ok) throw new Error(`${story}: ${result.error.message}`);
    outputs.set(rel.replace(/\.txt$/, `.${format}`), format === 'md' ? toMarkdown(result.article) : toJson(result.article));
  }
  return outputs;
}

/** Converts the stories on two workers with `cache` as the cache folder; returns the outputs by name. */
async function convert(cache: string, format: 'json' | 'md' = 'json'): Promise<Map<string, string>> {
  const out = mkdtempSync(join(tmpdir(), 'wirestory-convert-cache-out-'));
  const result = await runCli(['convert', input, '--out', out, '--jobs', '2', '--quiet', '--format', format], { env: { WIRESTORY_CACHE_DIR: cache } });
  expect([result.code, result.stderr, result.stdout]).toEqual([0, '', '']);
  const outputs = new Map<string, string>();
  for (const story of STORIES) {
    const name = story.replace(/^fixtures\//, '').replace(/\.txt$/, `.${format}`);
    outputs.set(name, readFileSync(join(out, name), 'utf8'));
  }
  return outputs;
}

const snapshot = (cache: string) =>
  readdirSync(cache)
    .sort()
    .map((name) => [name, statSync(join(cache, name)).mtimeMs, createHash('sha256').update(readFileSync(join(cache, name))).digest('hex')]);

describe('convert workers on the code cache', () => {
  it('write the worker cache on a cold run, accept it on a warm one, and convert as the library does', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'wirestory-cache-'));
    const json = expected('json');
    expect(await convert(cache)).toEqual(json);
    const written = snapshot(cache);
    // One worker cache (both workers write the same file, whole, by renaming) and convert's lean
    // start's (dist/fast-convert.cjs), not the parse path's, which a convert run never loads.
    // `convert` changes V8's heap flags while it runs and sets them back before the exit, where
    // the lean start's cache is written: stamped with the flags it would be rejected and written
    // again by every run (the second run below checks that nothing is rewritten).
    expect(written.map(([name]) => String(name).replace(/-\d.*$/, ''))).toEqual(['fast-convert', 'worker']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await convert(cache)).toEqual(json);
    expect(snapshot(cache)).toEqual(written);
    // Markdown is in the worker file too, started only when asked for.
    expect(await convert(cache, 'md')).toEqual(expected('md'));
  });

  it('convert the same when the cache cannot be written or is garbage', async () => {
    const json = expected('json');
    // Under a regular file no folder can be made, whoever runs the test (root ignores chmod).
    const blocker = join(mkdtempSync(join(tmpdir(), 'wirestory-cache-')), 'file');
    writeFileSync(blocker, 'not a folder');
    expect(await convert(join(blocker, 'cache'))).toEqual(json);

    const cache = mkdtempSync(join(tmpdir(), 'wirestory-cache-'));
    await convert(cache);
    for (const name of readdirSync(cache)) writeFileSync(join(cache, name), 'garbage, not a V8 code cache');
    expect(await convert(cache)).toEqual(json);
  });
});
