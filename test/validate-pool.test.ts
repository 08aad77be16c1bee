/**
 * `wirestory validate` on worker threads: a set large enough for the pool gives the same report,
 * byte for byte apart from timings, and the same exit code and goldens with `--jobs 2` as on the
 * main thread (`--jobs 1`). Runs the real built command.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POOL_MIN_FIXTURES, workersFor } from '../src/validate/run.js';
import { repoRoot, runCli } from './helpers/cli.js';

const source = join(repoRoot, 'fixtures/reuters');
const stories = readdirSync(source)
  .filter((name) => name.endsWith('.txt'))
  .sort();
/** Above the threshold, with room for a threshold that grows a little. */
const COUNT = POOL_MIN_FIXTURES + 60;

let work: string;
let dir: string;

/**
 * `COUNT` fixtures: copies of fixtures/reuters with their goldens in sub-folders (written from
 * memory: creating files is the slow part), then in the first folder a golden that does not
 * match, a fixture that does not parse (empty), one without a golden, and a sub-folder whose
 * config makes warnings fail and requires a byline (its fixtures have no goldens).
 */
function makeSet(): string {
  const base = join(work, 'set');
  const files = stories.map((story) => {
    const golden = story.replace(/\.txt$/, '.expected.json');
    return { story, text: readFileSync(join(source, story)), golden, json: readFileSync(join(source, golden)) };
  });
  for (let i = 0; i < COUNT; i++) {
    const folder = join(base, `c${Math.floor(i / stories.length)}`);
    if (i % stories.length === 0) mkdirSync(folder, { recursive: true });
    const { story, text, golden, json } = files[i % files.length]!;
    writeFileSync(join(folder, story), text);
    if (i !== 7) writeFileSync(join(folder, golden), json);
  }
  const first = join(base, 'c0');
  const golden = join(first, files[3]!.golden);
  const article = JSON.parse(readFileSync(golden, 'utf8')) as { title: string; body: string[] };
  article.title = `${article.title} (edited)`;
  article.body = article.body.slice(1);
  writeFileSync(golden, `${JSON.stringify(article, null, 2)}\n`);
  writeFileSync(join(first, files[5]!.story), '');
  mkdirSync(join(first, 'strict'));
  writeFileSync(join(first, 'strict', '.wirestory-validate.json'), '{ "strict": true, "require": ["title", "byline"] }\n');
  for (const { story, text } of files.slice(10, 20)) writeFileSync(join(first, 'strict', story), text);
  return base;
}

/** Every golden under `base`, by relative path. */
function goldens(base: string): Map<string, string> {
  const names = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.expected.json'));
  return new Map(names.sort().map((name) => [name, readFileSync(join(base, name), 'utf8')]));
}

/** Puts the goldens back as they were in `before`. */
function restore(base: string, before: Map<string, string>): void {
  for (const [name, text] of goldens(base)) {
    if (!before.has(name)) rmSync(join(base, name));
    else if (before.get(name) !== text) writeFileSync(join(base, name), before.get(name)!);
  }
}

/** The report with its timings (`durationMs`, summary and per fixture) replaced by 0. */
function untimed(report: string): string {
  return report.replace(/"durationMs": [0-9.e+-]+/g, '"durationMs": 0');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wirestory-validate-pool-'));
  dir = makeSet();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('validate --jobs', () => {
  it('the test set is checked on two workers with --jobs 2', () => {
    expect(workersFor(COUNT, 2)).toBe(2);
    expect(workersFor(COUNT, 1)).toBe(0);
    expect(workersFor(POOL_MIN_FIXTURES - 1, 64)).toBe(0);
  });

  it('gives the same report and exit code on worker threads as on the main thread', async () => {
    const [inProcess, pooled] = await Promise.all([
      runCli(['validate', dir, '--reporter', 'json', '--jobs', '1']),
      runCli(['validate', dir, '--reporter', 'json', '--jobs', '2']),
    ]);
    expect(inProcess.stderr).toBe('');
    expect(pooled.stderr).toBe('');
    expect(inProcess.code).toBe(1);
    expect(pooled.code).toBe(inProcess.code);
    expect(untimed(pooled.stdout)).toBe(untimed(inProcess.stdout));

    const report = JSON.parse(inProcess.stdout) as {
      summary: { fixtures: number; goldens: Record<string, number> };
      fixtures: { file: string; problems: { rule: string }[] }[];
    };
    expect(report.summary.fixtures).toBe(COUNT + 10);
    expect(report.summary.goldens.mismatch).toBe(1);
    expect(report.summary.goldens.skipped).toBe(1);
    expect(report.summary.goldens.missing).toBeGreaterThanOrEqual(11);
    const rules = new Set(report.fixtures.flatMap((fixture) => fixture.problems.map((problem) => problem.rule)));
    for (const rule of ['golden-mismatch', 'empty-input', 'golden-missing', 'required-field']) expect(rules).toContain(rule);
    const files = report.fixtures.map((fixture) => fixture.file);
    expect(files).toEqual([...files].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
  });

  it('writes the same goldens with --update, from the main thread', async () => {
    const before = goldens(dir);
    const inProcess = await runCli(['validate', dir, '--update', '--reporter', 'json', '--jobs', '1']);
    const written = goldens(dir);
    restore(dir, before);
    expect(goldens(dir)).toEqual(before);
    const pooled = await runCli(['validate', dir, '--update', '--reporter', 'json', '--jobs', '2']);
    expect(pooled.code).toBe(inProcess.code);
    expect(untimed(pooled.stdout)).toBe(untimed(inProcess.stdout));
    expect(goldens(dir)).toEqual(written);
    const report = JSON.parse(pooled.stdout) as { summary: { goldens: Record<string, number> } };
    expect(report.summary.goldens.created).toBeGreaterThanOrEqual(11);
    expect(report.summary.goldens.updated).toBe(1);
    expect(readdirSync(join(dir, 'c0'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('tmp'))).toEqual([]);
    restore(dir, before);
  });

  it('refuses a bad --jobs', async () => {
    const bad = ['0', '1.5', 'two', '257'];
    const results = await Promise.all(bad.map((jobs) => runCli(['validate', join(repoRoot, 'fixtures/reuters'), '--jobs', jobs])));
    for (const [index, result] of results.entries()) {
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`Bad --jobs \`${bad[index]}\`, expected a whole number from 1 to 256`);
    }
  });
});
