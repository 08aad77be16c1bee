/**
 * The lean start's SHA-256 (src/cli/sha256-lean.ts): the WebAssembly module must give
 * node:crypto's digest for every length around the block and padding edges, for every copy of
 * its function, and for every fixture; the generated module must be what
 * test/tools/sha256-wasm.mjs writes; and the built command must print node:crypto's digest for a
 * story it hashes with the module (the first, short) and one it hands to node:crypto (longer).
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WASM_MAX, sha256Hex, sha256Wasm } from '../src/cli/sha256-lean.js';
import { repoRoot, runCli } from './helpers/cli.js';

const digest = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the lean start SHA-256', () => {
  it('is the module test/tools/sha256-wasm.mjs writes', async () => {
    // @ts-expect-error a JavaScript tool without types
    const { source } = (await import('./tools/sha256-wasm.mjs')) as { source: () => string };
    expect(readFileSync(join(repoRoot, 'src/cli/sha256-wasm.ts'), 'utf8')).toBe(source());
  });

  it('gives node:crypto digests on every length up to 4,200 bytes (every copy, both paddings)', () => {
    const data = randomBytes(4200);
    const wrong: number[] = [];
    for (let length = 0; length <= data.length; length++) {
      const part = data.subarray(0, length);
      if (sha256Wasm(part) !== digest(part)) wrong.push(length);
    }
    expect(wrong).toEqual([]);
  });

  it('gives node:crypto digests on long inputs, across its 32 KB chunks', () => {
    for (const length of [32 * 1024 - 1, 32 * 1024, 32 * 1024 + 55, 32 * 1024 + 56, 100_000, 1 << 20]) {
      const data = randomBytes(length);
      expect(sha256Wasm(data), String(length)).toBe(digest(data));
    }
    const zeros = new Uint8Array(70_000);
    expect(sha256Wasm(zeros)).toBe(digest(zeros));
  });

  it('gives node:crypto digests on every fixture, through the module and through sha256Hex', () => {
    const files = filesUnder(join(repoRoot, 'fixtures')).filter((path) => statSync(path).size <= 2_000_000);
    expect(files.length).toBeGreaterThan(500);
    const wrong = files.filter((path) => {
      const data = readFileSync(path);
      return sha256Wasm(data) !== digest(data) || sha256Hex(data) !== digest(data);
    });
    expect(wrong).toEqual([]);
    expect(WASM_MAX).toBeGreaterThan(2_000);
  });

  it('the built command prints node:crypto digests: a short story (the module), a long one, a second story, and under --jitless', async () => {
    const short = 'fixtures/seed/pompeo-lavrov-sochi.txt';
    const long = relative(repoRoot, filesUnder(join(repoRoot, 'fixtures/pages')).find((path) => statSync(path).size > 2 * WASM_MAX && path.endsWith('.txt'))!);
    expect(statSync(join(repoRoot, short)).size).toBeLessThanOrEqual(WASM_MAX);
    const want = (file: string) => digest(readFileSync(join(repoRoot, file)));
    for (const file of [short, long]) {
      const { stdout } = await runCli([file, '--compact', '-q']);
      expect(JSON.parse(stdout).source.sha256, file).toBe(want(file));
    }
    const both = await runCli([short, short, '--format', 'ndjson', '-q']);
    expect(both.stdout.trim().split('\n').map((line) => JSON.parse(line).article.source.sha256)).toEqual([want(short), want(short)]);
    const jitless = await runCli([short, '--compact', '-q'], { env: { NODE_OPTIONS: '--jitless' } });
    // (V8 itself prints that --jitless turns WebAssembly off.)
    expect(jitless.code).toBe(0);
    expect(JSON.parse(jitless.stdout).source.sha256).toBe(want(short));
  });
});
