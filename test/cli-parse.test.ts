/** The `wirestory [parse]` command, run as the real built binary. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../src/index.js';
import { bin, repoRoot, runCli } from './helpers/cli.js';

const seed = 'fixtures/seed/pompeo-lavrov-sochi.txt';
const seedBytes = readFileSync(join(repoRoot, seed));
const TITLE = 'Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi';

describe('wirestory <file>', () => {
  it('prints the seed as a schema-valid JSON article with title, timestamp and body split apart', async () => {
    const { code, stdout, stderr } = await runCli([seed]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const article = articleSchema.parse(JSON.parse(stdout));
    expect(article.title).toBe(TITLE);
    expect(article.timestamp).toMatchObject({ iso: '2019-05-14T16:24:00', text: '14.05.2019 16:24', line: 3 });
    expect(article.body).toHaveLength(6);
    expect(article.body[0]).toMatch(/^US Secretary of State Mike Pompeo/);
    expect(article.removed).toEqual([
      { line: 1, reason: 'title', text: TITLE },
      { line: 3, reason: 'timestamp', text: '14.05.2019 16:24' },
      { line: 5, reason: 'duplicate-headline', text: `${TITLE} ${TITLE}` },
    ]);
    expect(article.source).toMatchObject({ file: seed, encoding: 'utf-8', bytes: seedBytes.length });
    expect(stdout.endsWith('}\n')).toBe(true);
  });

  it('reads stdin when no file or `-` is given, with the same article', async () => {
    const fromFile = JSON.parse((await runCli([seed])).stdout) as Article;
    for (const args of [[], ['-']]) {
      const { code, stdout } = await runCli(args, { input: seedBytes });
      expect(code).toBe(0);
      const article = JSON.parse(stdout) as Article;
      expect(article.source.file).toBeNull();
      expect({ ...article, source: { ...article.source, file: seed } }).toEqual(fromFile);
    }
  });

  it('--compact prints one line', async () => {
    const { stdout } = await runCli([seed, '--compact']);
    expect(stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(stdout).title).toBe(TITLE);
  });

  it('several files give NDJSON, one {id, ok, article} record per line, in argument order', async () => {
    const files = [seed, 'fixtures/bbc/business-007.txt', 'fixtures/reuters/21002.txt'];
    const { code, stdout } = await runCli(files);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const records = lines.map((line) => JSON.parse(line) as { id: string; ok: boolean; article: unknown });
    expect(records.map((record) => [record.id, record.ok])).toEqual(files.map((file) => [file, true]));
    expect(records.map((record) => articleSchema.parse(record.article).source.file)).toEqual(files);
  });

  it('a failure among several files is an error record on stdout too (same shape as convert), exit 1', async () => {
    const { code, stdout, stderr } = await runCli([seed, 'nosuch.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe('wirestory: nosuch.txt: no such file\n');
    const [first, second] = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({ id: seed, ok: true });
    expect(second).toEqual({ id: 'nosuch.txt', ok: false, error: { rule: 'unreadable-input', message: 'no such file' } });
  });

  it('--bare gives the old shape: bare articles, failures only on stderr', async () => {
    const { code, stdout } = await runCli([seed, 'nosuch.txt', 'fixtures/bbc/business-007.txt', '--bare']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((line) => articleSchema.parse(JSON.parse(line)).source.file)).toEqual([seed, 'fixtures/bbc/business-007.txt']);
  });

  it('--format json with several files gives one JSON array', async () => {
    const { stdout } = await runCli([seed, 'fixtures/bbc/business-007.txt', '--format', 'json']);
    expect(JSON.parse(stdout)).toHaveLength(2);
  });

  it('--format md gives Markdown that a CommonMark parser reads back to the same title and paragraphs', async () => {
    const { code, stdout } = await runCli([seed, '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout.startsWith('---\ntitle: Pompeo says')).toBe(true);
    expect(stdout).toContain('timestamp: 2019-05-14T16:24:00');
    const tree = unified().use(remarkParse).parse(stdout.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const heading = tree.children[0];
    expect(heading?.type).toBe('heading');
    const text = (node: unknown): string =>
      (node as { value?: string }).value ?? ((node as { children?: unknown[] }).children ?? []).map(text).join('');
    expect(text(heading)).toBe(TITLE);
    const article = JSON.parse((await runCli([seed])).stdout) as Article;
    expect(tree.children.slice(1).map(text)).toEqual(article.body);
  });
});

describe('errors and exit codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirestory-cli-'));
  const empty = join(dir, 'empty.txt');
  const binary = join(dir, 'photo.txt');
  writeFileSync(empty, '  \n\n');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));

  it('a missing file: exit 1, one line naming it, no stack trace', async () => {
    const { code, stdout, stderr } = await runCli(['no-such-story.txt']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('wirestory: no-such-story.txt: no such file\n');
  });

  it('empty and binary inputs are refused by name; the good input in the same run is still printed', async () => {
    const { code, stdout, stderr } = await runCli([empty, seed, binary]);
    expect(code).toBe(1);
    expect(stderr).toContain(`wirestory: ${empty}: input holds only white space, expected a story\n`);
    expect(stderr).toMatch(new RegExp(`wirestory: ${binary}: binary input .*\\n`));
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => [record.id, record.ok, record.article?.title ?? record.error.rule])).toEqual([
      [empty, false, 'empty-input'],
      [seed, true, TITLE],
      [binary, false, 'binary-input'],
    ]);
  });

  it('a folder is refused with a pointer to `convert`', async () => {
    const { code, stderr } = await runCli(['fixtures/bbc']);
    expect(code).toBe(1);
    expect(stderr).toContain('fixtures/bbc: is a folder (use `wirestory convert');
  });

  it('a bad --format value: exit 2, saying what is accepted', async () => {
    const { code, stdout, stderr } = await runCli([seed, '--format', 'pdf']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("wirestory: option '-f, --format <format>' argument 'pdf' is invalid. Allowed choices are json, ndjson, md.\n");
  });

  it('an unknown option: exit 2, one line under the command name as every other message', async () => {
    const { code, stderr } = await runCli([seed, '--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toBe("wirestory: unknown option '--frobnicate'\n");
    const convert = await runCli(['convert', 'fixtures/seed', '--frobnicate']);
    expect(convert.code).toBe(2);
    expect(convert.stderr).toBe("wirestory: unknown option '--frobnicate'\n");
    const validate = await runCli(['validate']);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe("wirestory: missing required argument 'paths'\n");
  });

  it('bad --tz and --reference-date values: exit 2 with the accepted forms', async () => {
    const tz = await runCli([seed, '--tz', 'Mars/Olympus']);
    expect(tz.code).toBe(2);
    expect(tz.stderr).toBe(
      'wirestory: Unknown time zone `Mars/Olympus` for --tz, expected an IANA name such as `Europe/Moscow` or an offset such as `+03:00`\n',
    );
    for (const bad of ['14/05/2019', '2019-02-31', '2019-13-01', '0999-01-01']) {
      const ref = await runCli([seed, '--reference-date', bad]);
      expect(ref.code).toBe(2);
      expect(ref.stdout).toBe('');
      expect(ref.stderr).toBe(`wirestory: Bad --reference-date \`${bad}\`, expected a real calendar day as YYYY-MM-DD, such as \`2019-05-14\`\n`);
    }
    const leap = await runCli([seed, '--reference-date', '2020-02-29']);
    expect(leap.code).toBe(0);
  });

  it('--format md with several inputs is a usage error pointing to convert', async () => {
    const { code, stderr } = await runCli([seed, seed, '--format', 'md']);
    expect(code).toBe(2);
    expect(stderr).toContain('wirestory convert --format md');
  });

  it('a terminal on stdin and no files prints usage instead of waiting', () => {
    // `script` gives the child a real pseudo-terminal.
    const result = spawnSync('script', ['-qec', `${process.execPath} ${bin}`, '/dev/null'], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('no input');
    expect(result.stdout).toContain('Usage: wirestory');
  });
});

describe('pipes', () => {
  it('stops quietly when the reader goes away (`wirestory *.txt | head -1`)', async () => {
    const files = readdirSync(join(repoRoot, 'fixtures/reuters')).filter((name) => name.endsWith('.txt')).map((name) => `fixtures/reuters/${name}`);
    const result = spawnSync('bash', ['-c', `set -o pipefail; ${process.execPath} ${bin} ${files.join(' ')} | head -1 > /dev/null`], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('determinism', () => {
  it('the same bytes whatever TZ and locale the machine has', async () => {
    const args = [seed, 'fixtures/reuters/21002.txt', 'fixtures/horne/random-1016.txt', '--tz', 'America/New_York'];
    const outputs = await Promise.all(
      ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((TZ, i) =>
        runCli(args, { env: { TZ, LANG: ['C', 'de_DE.UTF-8', 'ja_JP.UTF-8', 'ar_EG.UTF-8'][i], LC_ALL: undefined } }),
      ),
    );
    for (const output of outputs) expect(output.stdoutBytes.equals(outputs[0]!.stdoutBytes)).toBe(true);
    expect(outputs[0]!.code).toBe(0);
  });
});

describe('help, version, colour', () => {
  it('--help lists every command with examples', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const word of ['parse', 'convert', 'validate', 'schema', 'Examples:', 'Exit codes']) expect(stdout).toContain(word);
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect((await runCli(['--version'])).stdout).toBe(`${version}\n`);
  });

  it('warnings on stderr are coloured only when asked, and never with NO_COLOR or --no-color', async () => {
    const story = 'fixtures/horne/random-1016.txt';
    const forced = await runCli([story], { env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toMatch(/\u001b\[/);
    expect((await runCli([story], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stderr).not.toMatch(/\u001b\[/);
    expect((await runCli([story, '--no-color'], { env: { FORCE_COLOR: '1' } })).stderr).not.toMatch(/\u001b\[/);
    expect((await runCli([story])).stderr).not.toMatch(/\u001b\[/);
  });

  it('`schema` prints a JSON Schema describing the article fields', async () => {
    const { code, stdout } = await runCli(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as { $schema: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'timestamp', 'body', 'removed', 'warnings', 'stats', 'source']));
  });
});
