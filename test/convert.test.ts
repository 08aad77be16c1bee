// `wirestory convert` against the real built command: a tree of good and broken inputs, every
// good file converted (byte-equal to the library's output), every bad one named once, no stray
// or partial files, exit codes; determinism; --skip-unchanged; NDJSON; usage errors.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliResult } from './helpers/cli.js';
import { listFiles } from './helpers/files.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/parse.js';
import { toJson } from '../src/render/json.js';
import { articleSchema } from '../src/schema/article.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = join(root, 'fixtures/seed/pompeo-lavrov-sochi.txt');


/** A generated wire story: headline, stamp, byline, dateline lead, a few paragraphs. */
function generatedStory(i: number): string {
  const words = ['talks', 'minister', 'market', 'officials', 'said', 'on', 'the', 'government', 'prices', 'week'];
  const sentence = (k: number) =>
    `${Array.from({ length: 12 }, (_, j) => words[(i * 7 + k * 3 + j) % words.length]).join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
  return [
    `Ministers meet for talks number ${i} in the capital`,
    '',
    `May ${1 + (i % 28)}, 2019 ${1 + (i % 12)}:0${i % 10} PM`,
    '',
    `MOSCOW (Reuters) - ${sentence(1)} ${sentence(2)}`,
    '',
    `${sentence(3)} ${sentence(4)}`,
    '',
    `${sentence(5)}`,
    '',
  ].join('\n');
}


let work: string;

beforeAll(() => {
  expect(existsSync(join(root, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build`').toBe(true);
  expect(existsSync(join(root, 'dist', 'worker.cjs')), 'dist/worker.cjs is missing: run `npm run build`').toBe(true);
  work = mkdtempSync(join(tmpdir(), 'wirestory-convert-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('convert: a tree of good and broken inputs', () => {
  let input: string;
  /** Relative input paths that must become outputs. */
  const good: string[] = [];
  /** Relative input paths that must be named on stderr, with a piece of the reason. */
  const bad = new Map<string, RegExp>();
  let result: CliResult;

  beforeAll(async () => {
    input = join(work, 'mixed', 'in');
    mkdirSync(input, { recursive: true });
    // Real stories: the fixtures being built, whichever exist, plus the seed.
    for (const folder of ['bbc', 'horne', 'fakebr']) {
      const from = join(root, 'fixtures', folder);
      if (!existsSync(from)) continue;
      for (const name of readdirSync(from).filter((n) => n.endsWith('.txt')).sort().slice(0, 10)) {
        cpSync(join(from, name), join(input, 'real', folder, name));
      }
    }
    cpSync(seed, join(input, 'seed.txt'));
    for (let i = 0; i < 30; i++) {
      const path = join(input, 'gen', `d${i % 3}`, 'deeper', `story-${String(i).padStart(3, '0')}.txt`);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, generatedStory(i));
    }
    writeFileSync(join(input, 'crlf.text'), generatedStory(99).replace(/\n/g, '\r\n'));
    // Broken inputs.
    writeFileSync(join(input, 'empty.txt'), '');
    bad.set('empty.txt', /empty input/);
    writeFileSync(join(input, 'blank.txt'), ' \n\t\n');
    bad.set('blank.txt', /white space/);
    writeFileSync(join(input, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    bad.set('binary.txt', /binary input/);
    spawnSync('mkfifo', [join(input, 'pipe.txt')]);
    expect(existsSync(join(input, 'pipe.txt')), 'mkfifo failed').toBe(true);
    bad.set('pipe.txt', /named pipe/);
    symlinkSync(join(input, 'nowhere.txt'), join(input, 'dangling.txt'));
    bad.set('dangling.txt', /dangling symbolic link/);
    // A clash: both map to clash.json; the first in name order (clash.text) wins.
    writeFileSync(join(input, 'clash.text'), generatedStory(40));
    writeFileSync(join(input, 'clash.txt'), generatedStory(41));
    bad.set('clash.txt', /clashes with .*clash\.text/);
    // Ignored: other extensions, hidden names.
    writeFileSync(join(input, 'README.md'), '# not a story\n');
    mkdirSync(join(input, '.cache'));
    writeFileSync(join(input, '.cache', 'old.txt'), generatedStory(50));
    writeFileSync(join(input, '.draft.txt'), generatedStory(51));
    // A symbolic link to an ancestor folder: reported, not walked forever, not a failure.
    symlinkSync('..', join(input, 'gen', 'up'));

    for (const path of listFiles(input)) {
      if (bad.has(path) || path.startsWith('.') || path.includes('/.') || !/\.(txt|text)$/.test(path)) continue;
      if (path === 'pipe.txt' || path === 'dangling.txt') continue;
      good.push(path);
    }
    // Output inside the input: must never be walked as input.
    result = await runCli(['convert', 'in', '--out', 'in/out', '--jobs', '2'], { cwd: join(work, 'mixed'), env: { NO_COLOR: '1' } });
  });

  it('exits 1 because inputs failed, and prints nothing on stdout', () => {
    expect(result.stdout).toBe('');
    expect(result.code, result.stderr).toBe(1);
  });

  it('writes exactly one output per good input and nothing else (no temporaries)', () => {
    const expected = good
      .map((path) => path.replace(/\.(txt|text)$/, '.json'))
      .sort();
    expect(listFiles(join(input, 'out'))).toEqual(expected);
  });

  it('writes each article exactly as the library renders it, valid against the schema', () => {
    for (const path of good) {
      const bytes = readFileSync(join(input, path));
      const parsed = parseArticle(bytes, { fileName: path });
      expect(parsed.ok, path).toBe(true);
      if (!parsed.ok) continue;
      const written = readFileSync(join(input, 'out', path.replace(/\.(txt|text)$/, '.json')), 'utf8');
      expect(written, path).toBe(toJson(parsed.article));
      expect(articleSchema.safeParse(JSON.parse(written)).success, path).toBe(true);
    }
  });

  it('names every bad input once, with its reason', () => {
    for (const [path, reason] of bad) {
      const lines = result.stderr.split('\n').filter((line) => line.startsWith(`wirestory: in/${path}: `));
      expect(lines, `${path} in:\n${result.stderr}`).toHaveLength(1);
      expect(lines[0]).toMatch(reason);
    }
  });

  it('reports the symbolic link loop without failing on it, and never walks the output folder', () => {
    expect(result.stderr).toMatch(/^wirestory: in\/gen\/up: symbolic link loop/m);
    expect(result.stderr).not.toMatch(/in\/out\//);
    expect(result.stderr).not.toMatch(/README|\.draft|\.cache/);
  });

  it('ends with a summary line: converted, failed, warnings, skipped, files of other extensions, elapsed; then warnings per rule', () => {
    const [summary, rules] = result.stderr.trimEnd().split('\n').slice(-2);
    expect(summary).toMatch(
      new RegExp(`^wirestory: ${good.length} converted, ${bad.size} failed, \\d+ warnings?, 0 skipped \\(up to date\\), \\d+ not matching --ext in [\\d.]+s \\(`),
    );
    const total = Number(/ (\d+) warnings?,/.exec(summary!)![1]);
    const perRule = [...rules!.split('warnings: ')[1]!.matchAll(/(\d+) ([a-z-]+)/g)].map((match) => Number(match[1]));
    expect(rules).toMatch(new RegExp(`^wirestory: ${total} warnings?: \\d+ [a-z-]+.* \\(--verbose prints each; \`wirestory explain FILE\` shows how a file was read\\)$`));
    expect(perRule.reduce((sum, count) => sum + count, 0)).toBe(total);
    // Not a TTY: no progress line (no carriage returns).
    expect(result.stderr).not.toContain('\r');
  });

  it('--skip-unchanged leaves up-to-date outputs alone and converts a touched input', async () => {
    // A temporary left by a run killed with SIGKILL (a pid no process has): cleaned though nothing is written.
    const stale = join(input, 'out', '.seed.json.4194000.wirestory-tmp');
    writeFileSync(stale, '{"half":');
    const again = await runCli(['convert', 'in', '--out', 'in/out', '--skip-unchanged'], { cwd: join(work, 'mixed'), env: { NO_COLOR: '1' } });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`: 0 converted, ${bad.size} failed, .* ${good.length} skipped \\(up to date\\)`));
    expect(existsSync(stale)).toBe(false);
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(input, 'seed.txt'), future, future);
    const touched = await runCli(['convert', 'in', '--out', 'in/out', '--skip-unchanged'], { cwd: join(work, 'mixed'), env: { NO_COLOR: '1' } });
    expect(touched.stderr).toMatch(new RegExp(`: 1 converted, ${bad.size} failed, .* ${good.length - 1} skipped`));
  });

  it('--format ndjson writes one record per input in walk order, error records for bad inputs', async () => {
    const ndjson = await runCli(['convert', 'in', '--format', 'ndjson', '--out', '-'], { cwd: join(work, 'mixed'), env: { NO_COLOR: '1' } });
    expect(ndjson.code).toBe(1);
    const records = ndjson.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; ok: boolean });
    const ids = records.map((record) => record.id);
    // Walk order: sorted by name at each level, depth first.
    expect(ids).toEqual([...good, ...bad.keys()].sort(byWalkOrder));
    // No output names in one stream, so no clash: clash.txt is converted here.
    for (const record of records) expect(record.ok, record.id).toBe(good.includes(record.id) || record.id === 'clash.txt');
    expect(ndjson.stderr).toMatch(/pipe\.txt: not a regular file/);
  });
});

/** Sort by path segments, each compared by code unit: the walker's order. */
function byWalkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

describe('convert: determinism', () => {
  let input: string;

  beforeAll(() => {
    input = join(work, 'det', 'in');
    for (let i = 0; i < 120; i++) {
      const path = join(input, `f${i % 4}`, `s${String(i).padStart(3, '0')}.txt`);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, generatedStory(i));
    }
    cpSync(seed, join(input, 'seed.txt'));
  });

  it('two runs (different job counts) give byte-identical trees, in json and md', async () => {
    for (const format of ['json', 'md']) {
      const a = await runCli(['convert', 'in', '--out', `a-${format}`, '--format', format, '--jobs', '1'], { cwd: join(work, 'det'), env: { NO_COLOR: '1' } });
      const b = await runCli(['convert', 'in', '--out', `b-${format}`, '--format', format, '--jobs', '2'], { cwd: join(work, 'det'), env: { NO_COLOR: '1' } });
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const files = listFiles(join(work, 'det', `a-${format}`));
      expect(files).toHaveLength(121);
      expect(listFiles(join(work, 'det', `b-${format}`))).toEqual(files);
      for (const file of files) {
        expect(readFileSync(join(work, 'det', `b-${format}`, file)), file).toEqual(readFileSync(join(work, 'det', `a-${format}`, file)));
      }
    }
  });

  it('two NDJSON runs give identical bytes, and the rerun of a folder rewrites the same bytes', async () => {
    const one = await runCli(['convert', 'in', '--format', 'ndjson', '--out', 'one.ndjson', '--jobs', '2'], { cwd: join(work, 'det'), env: { NO_COLOR: '1' } });
    const two = await runCli(['convert', 'in', '--format', 'ndjson', '--out', 'two.ndjson', '--jobs', '1'], { cwd: join(work, 'det'), env: { NO_COLOR: '1' } });
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    const bytes = readFileSync(join(work, 'det', 'one.ndjson'));
    expect(bytes.toString('utf8').trimEnd().split('\n')).toHaveLength(121);
    expect(readFileSync(join(work, 'det', 'two.ndjson'))).toEqual(bytes);
    const before = readFileSync(join(work, 'det', 'a-json', 'seed.json'));
    const rerun = await runCli(['convert', 'in', '--out', 'a-json'], { cwd: join(work, 'det'), env: { NO_COLOR: '1' } });
    expect(rerun.code).toBe(0);
    expect(readFileSync(join(work, 'det', 'a-json', 'seed.json'))).toEqual(before);
  });
});

describe('convert: inputs named directly and usage errors', () => {
  it('takes files and quoted globs; a missing path fails that input only', async () => {
    const dir = join(work, 'direct');
    mkdirSync(join(dir, 'feeds', 'x'), { recursive: true });
    writeFileSync(join(dir, 'feeds', 'x', 'one.txt'), generatedStory(1));
    writeFileSync(join(dir, 'feeds', 'two.txt'), generatedStory(2));
    writeFileSync(join(dir, 'lone.story'), generatedStory(3));
    const result = await runCli(['convert', 'feeds/**/*.txt', 'lone.story', 'missing.txt', '--out', 'out'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^wirestory: missing\.txt: no such file$/m);
    expect(listFiles(join(dir, 'out'))).toEqual(['lone.json', 'two.json', 'x/one.json']);
  });

  it('exits 2 with a clear message for bad usage', async () => {
    const dir = join(work, 'usage');
    mkdirSync(dir, { recursive: true });
    const cases: [string[], RegExp][] = [
      [['convert', '.'], /needs --out/],
      [['convert', '.', '--out', 'o', '--jobs', '0'], /Bad --jobs `0`/],
      [['convert', '.', '--out', '-'], /needs --format ndjson/],
      [['convert', '.', '--out', 'o', '--format', 'pdf'], /invalid/],
      [['convert', '.', '--out', 'o', '--ext', ','], /Bad --ext/],
      [['convert', '.', '--out', 'o', '--tz', 'Mars/Base'], /Unknown time zone/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, { cwd: dir, env: { NO_COLOR: '1' } });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('--help shows the options and examples', async () => {
    const result = await runCli(['convert', '--help'], { cwd: work, env: { NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    for (const option of ['--out', '--format', '--jobs', '--ext', '--skip-unchanged', '--tz', '--date-order', 'Examples:', 'Exit codes:']) {
      expect(result.stdout).toContain(option);
    }
  });
});

describe('convert: warnings counted per rule, printed as parse prints them', () => {
  // Fixtures with known warnings (their goldens): random-1016 has timestamp-no-year and
  // decoding-fallback, random-1005 and sport-199 decoding-fallback; the seed has none.
  const inputs = ['horne/random-1016.txt', 'horne/random-1005.txt', 'bbc/sport-199.txt', 'seed/pompeo-lavrov-sochi.txt'];
  let cwd: string;

  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'wirestory-warnings-'));
    mkdirSync(join(cwd, 'in'));
    for (const input of inputs) cpSync(join(root, 'fixtures', input), join(cwd, 'in', input.split('/')[1]!));
  });

  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('the summary ends with the count per rule, most frequent first, and how to see them', async () => {
    const { code, stderr } = await runCli(['convert', 'in', '--out', 'out'], { cwd, env: { NO_COLOR: '1' } });
    expect(code).toBe(0);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^wirestory: 4 converted, 0 failed, 4 warnings, 0 skipped \(up to date\) in /);
    expect(lines[1]).toBe(
      'wirestory: 4 warnings: 3 decoding-fallback, 1 timestamp-no-year (--verbose prints each; `wirestory explain FILE` shows how a file was read)',
    );
  });

  it('--verbose prints each file with warnings in walk order, byte-equal to what parse prints for it', async () => {
    const { code, stderr } = await runCli(['convert', 'in', '--out', 'out', '--verbose'], { cwd, env: { NO_COLOR: '1' } });
    expect(code).toBe(0);
    let expected = '';
    for (const name of ['random-1005.txt', 'random-1016.txt', 'sport-199.txt']) {
      const parsed = await runCli([`in/${name}`], { cwd, env: { NO_COLOR: '1' } });
      expect(parsed.stderr).toContain(' warning ');
      expected += parsed.stderr;
    }
    expect(stderr.startsWith(expected)).toBe(true);
    // Printed: no hint, still the count per rule.
    expect(stderr.slice(expected.length)).toMatch(/^wirestory: 4 converted, .*\nwirestory: 4 warnings: 3 decoding-fallback, 1 timestamp-no-year\n$/);
  });
});

describe('convert: workers started for the work', () => {
  /** Threads the run started, as Node's own worker log (`NODE_DEBUG=worker`) says on stderr. */
  const workersStarted = (result: CliResult) => result.stderr.split('\n').filter((line) => /\[0\] created Worker with ID/.test(line)).length;
  const env = { NO_COLOR: '1', NODE_DEBUG: 'worker' };

  it('a few large files get the workers --jobs allows, with the same bytes as one worker', async () => {
    const dir = join(work, 'large');
    mkdirSync(join(dir, 'in'), { recursive: true });
    // A real wire story (fixtures/reuters) with its body repeated to ~600 KB: more than the
    // pool's LARGE (512 KiB), far below --max-bytes' default.
    const text = readFileSync(join(root, 'fixtures/reuters/21002.txt'), 'utf8');
    const body = text.slice(text.indexOf('\n    By '));
    // Two are enough: the second is queued behind the first's 600 KB, which starts the second worker.
    for (let i = 0; i < 2; i++) {
      let story = `${text.slice(0, text.indexOf('\n    By '))} ${i}`;
      while (story.length < 600_000) story += `${body}\n\n`;
      writeFileSync(join(dir, 'in', `big${i}.txt`), story);
    }
    const two = await runCli(['convert', 'in', '--out', 'two', '--jobs', '2', '-q'], { cwd: dir, env });
    const one = await runCli(['convert', 'in', '--out', 'one', '--jobs', '1', '-q'], { cwd: dir, env });
    expect(two.code, two.stderr).toBe(0);
    expect(one.code, one.stderr).toBe(0);
    expect(workersStarted(two)).toBe(2);
    expect(workersStarted(one)).toBe(1);
    const files = listFiles(join(dir, 'one'));
    expect(files).toHaveLength(2);
    for (const file of files) expect(readFileSync(join(dir, 'two', file)), file).toEqual(readFileSync(join(dir, 'one', file)));
  });

  it('a few small files start one worker, whatever --jobs says', async () => {
    const dir = join(work, 'small');
    mkdirSync(join(dir, 'in'), { recursive: true });
    for (let i = 0; i < 10; i++) writeFileSync(join(dir, 'in', `s${i}.txt`), generatedStory(i));
    const single = await runCli(['convert', 'in/s0.txt', '--out', 'single', '--jobs', '2', '-q'], { cwd: dir, env });
    const ten = await runCli(['convert', 'in', '--out', 'ten', '--jobs', '2', '-q'], { cwd: dir, env });
    expect(single.code, single.stderr).toBe(0);
    expect(ten.code, ten.stderr).toBe(0);
    expect(workersStarted(single)).toBe(1);
    expect(workersStarted(ten)).toBe(1);
    expect(listFiles(join(dir, 'ten'))).toHaveLength(10);
  });
});
