/**
 * `wirestory validate`, run as the real built command on fixture folders made in a temp folder.
 * Every reporter's output is read back by a real consumer: JSON.parse for `json`, an XML parser
 * for `junit`, the workflow-command grammar for `github`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reportMessages } from './helpers/report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/wirestory.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command in `cwd` with a clean environment: no CI, no colour settings. */
function validate(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const base: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['CI', 'NO_COLOR', 'FORCE_COLOR', 'GITHUB_ACTIONS'].includes(key)) base[key] = value;
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, 'validate', ...args], { cwd, env: { ...base, ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const MARKETS = `Markets rally as rates hold steady

14.05.2019 16:24

Stocks rose on Tuesday after the central bank kept rates unchanged, traders said.

Analysts said the decision was widely expected by the market.
`;
const FERRY = `Ferry services resume after storm

15.05.2019 09:10

Ferries between the islands sailed again on Wednesday after a two-day storm.

The operator said timetables would be back to normal by Thursday.
`;
const VILLAGE_NO_TIMESTAMP = `Quiet day in the village

Nothing happened in the village today, residents said on Sunday.

The mayor agreed with them.
`;

let work: string;
let dir: string;

beforeAll(() => {
  expect(existsSync(join(root, 'dist/cli.js')), 'run `npm run build` first (npm test does)').toBe(true);
  work = mkdtempSync(join(tmpdir(), 'wirestory-validate-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

let counter = 0;
/** A fresh fixture folder: `stories/markets.txt`, `stories/nested/ferry.txt`. */
function makeFixtures(files: Record<string, string> = { 'markets.txt': MARKETS, 'nested/ferry.txt': FERRY }): string {
  const base = join(work, `case-${++counter}`);
  for (const [name, text] of Object.entries(files)) {
    const path = join(base, 'stories', name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return base;
}

interface JsonReport {
  ok: boolean;
  summary: { fixtures: number; passed: number; failed: number; goldens: Record<string, number> };
  fixtures: Array<{
    file: string;
    status: string;
    goldenStatus: string;
    problems: Array<{ rule: string; severity: string; message: string; line: number | null; path: string | null }>;
  }>;
}

describe('wirestory validate', () => {
  beforeEach(() => {
    dir = makeFixtures();
  });

  it('--update writes goldens that are exactly what `wirestory name.txt` prints in the fixture folder', async () => {
    const run = await validate(['stories', '--update'], dir);
    expect(run.code).toBe(0);
    expect(reportMessages(run.stdout)).toContain('stories/markets.txt: info golden created: stories/markets.expected.json [golden-created]');
    expect(run.stdout).toContain('goldens: 2 created');
    const golden = readFileSync(join(dir, 'stories/nested/ferry.expected.json'), 'utf8');
    const printed = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [bin, 'ferry.txt'], { cwd: join(dir, 'stories/nested') }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    );
    expect(golden).toBe(printed);
    expect(JSON.parse(golden).source.file).toBe('ferry.txt');

    // A second --update changes nothing and says so.
    const again = await validate(['stories', '--update'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('goldens: 2 unchanged');
  });

  it('passes cleanly once goldens exist, from any working folder', async () => {
    await validate(['stories', '--update'], dir);
    const run = await validate(['stories'], dir, { CI: 'true' });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(run.stdout.split('\n').filter((line) => !line.includes('stories/')).join('\n'));
    expect(run.stdout).toMatch(/^2 fixtures: 2 passed, 0 failed; goldens: 2 match/);
    // The golden does not depend on where validate runs: source.file is the fixture's name.
    const inside = await validate(['.'], join(dir, 'stories'), { CI: 'true' });
    expect(inside.code).toBe(0);
  });

  it('names the file, field and line of a golden mismatch, with a word diff for long text', async () => {
    await validate(['stories', '--update'], dir);
    const goldenPath = join(dir, 'stories/markets.expected.json');
    const golden = JSON.parse(readFileSync(goldenPath, 'utf8'));
    golden.title = 'Markets slump as rates hold steady';
    golden.body[1] = 'Analysts said the decision was entirely unexpected by the market.';
    golden.timestamp.iso = '2019-05-14T16:25:00';
    writeFileSync(goldenPath, JSON.stringify(golden, null, 2));

    const run = await validate(['stories'], dir);
    expect(run.code).toBe(1);
    const lines = reportMessages(run.stdout);
    expect(lines).toContain('stories/markets.txt:1: error title: expected "Markets slump as rates hold steady" got "Markets rally as rates hold steady" [golden-mismatch]');
    expect(lines).toContain('stories/markets.txt:3: error timestamp.iso: expected "2019-05-14T16:25:00" got "2019-05-14T16:24:00" [golden-mismatch]');
    expect(lines).toContain('stories/markets.txt:7: error body[1]: Analysts said the decision was [-entirely unexpected-]{+widely expected+} by the market. [golden-mismatch]');
    expect(run.stdout).toContain('See how each line of a failing fixture was read:\n  wirestory explain stories/markets.txt\n');
    expect(run.stdout).toContain('2 fixtures: 1 passed, 1 failed; goldens: 1 match, 1 mismatch');

    const json = JSON.parse((await validate(['stories', '--reporter', 'json'], dir)).stdout) as JsonReport;
    const markets = json.fixtures.find((fixture) => fixture.file === 'stories/markets.txt')!;
    expect(markets).toMatchObject({ status: 'fail', goldenStatus: 'mismatch' });
    expect(markets.problems.map((problem) => problem.path)).toEqual(['title', 'timestamp.iso', 'body[1]']);

    // --update puts the current output back and reports what it changed.
    const update = await validate(['stories', '--update'], dir);
    expect(update.code).toBe(0);
    expect(reportMessages(update.stdout)).toEqual([
      [
        'stories/markets.txt: info golden updated: stories/markets.expected.json [golden-updated]',
        'title: was "Markets slump as rates hold steady" now "Markets rally as rates hold steady"',
        'timestamp.iso: was "2019-05-14T16:25:00" now "2019-05-14T16:24:00"',
        'body[1]: Analysts said the decision was [-entirely unexpected-]{+widely expected+} by the market.',
      ].join('\n'),
    ]);
    expect((await validate(['stories'], dir)).code).toBe(0);
  });

  it('a missing golden is a note locally, a failure under CI=true or --require-golden, and says how to create it', async () => {
    const local = await validate(['stories'], dir);
    expect(local.code).toBe(0);
    expect(reportMessages(local.stdout)).toContain(
      'stories/markets.txt: warning no golden `markets.expected.json` yet; create it with `wirestory validate stories/markets.txt --update` and review it before committing [golden-missing]',
    );
    const ci = await validate(['stories'], dir, { CI: 'true' });
    expect(ci.code).toBe(1);
    expect(reportMessages(ci.stdout).join('\n')).toContain('stories/markets.txt: error no golden `markets.expected.json` (required: CI is set); create it with');
    expect(ci.stdout).toContain('2 failed');
    expect((await validate(['stories', '--require-golden'], dir)).code).toBe(1);
    expect((await validate(['stories'], dir, { CI: 'false' })).code).toBe(0);
  });

  it('fails a fixture without a timestamp under the default rules, and a config file or --require relaxes them', async () => {
    const base = makeFixtures({ 'village.txt': VILLAGE_NO_TIMESTAMP });
    await validate(['stories', '--update'], base);
    const run = await validate(['stories'], base);
    expect(run.code).toBe(1);
    expect(reportMessages(run.stdout).join('\n')).toContain('stories/village.txt: error required field `timestamp` is missing');

    expect((await validate(['stories', '--require', 'title,body'], base)).code).toBe(0);
    writeFileSync(join(base, 'stories/.wirestory-validate.json'), JSON.stringify({ require: ['title', 'body'] }));
    expect((await validate(['stories'], base)).code).toBe(0);
    // Flags override the config file.
    expect((await validate(['stories', '--require', 'timestamp'], base)).code).toBe(1);
  });

  it('reports a fixture that does not parse without writing a golden for it', async () => {
    const base = makeFixtures({ 'empty.txt': '', 'markets.txt': MARKETS });
    const run = await validate(['stories', '--update', '--reporter', 'json'], base);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.fixtures.map((fixture) => [fixture.file, fixture.status, fixture.goldenStatus])).toEqual([
      ['stories/empty.txt', 'fail', 'skipped'],
      ['stories/markets.txt', 'pass', 'created'],
    ]);
    expect(report.fixtures[0]!.problems[0]!.rule).toBe('empty-input');
    expect(existsSync(join(base, 'stories/empty.expected.json'))).toBe(false);
  });

  it('--format md compares name.expected.md line by line', async () => {
    const update = await validate(['stories', '--format', 'md', '--update'], dir);
    expect(update.code).toBe(0);
    const goldenPath = join(dir, 'stories/markets.expected.md');
    const golden = readFileSync(goldenPath, 'utf8');
    expect(golden).toContain('# Markets rally as rates hold steady');
    writeFileSync(goldenPath, golden.replace('# Markets rally', '# Markets slump'));
    const run = await validate(['stories', '--format', 'md'], dir);
    expect(run.code).toBe(1);
    expect(reportMessages(run.stdout).join('\n')).toMatch(
      /^stories\/markets\.txt: error line \d+: expected "# Markets slump as rates hold steady" got "# Markets rally as rates hold steady" \[golden-mismatch\]$/m,
    );
  });

  it('--strict fails on warnings, which otherwise pass', async () => {
    const long = `${'Very long headline words '.repeat(7).trim()}\n\n14.05.2019 16:24\n\nThe body of the story says something.\n`;
    const base = makeFixtures({ 'long.txt': long });
    await validate(['stories', '--update'], base);
    expect((await validate(['stories'], base)).code).toBe(0);
    const strict = await validate(['stories', '--strict'], base);
    expect(strict.code).toBe(1);
    expect(reportMessages(strict.stdout).join('\n')).toMatch(/^stories\/long\.txt:1: error warning \(--strict\) title-long: .* \[title-long\]$/m);
  });

  it('a CRLF checkout of a fixture and its golden passes; --strict compares the byte-level fields too', async () => {
    // A Windows-1252 byte too: its warning names a line and column, which CRLF does not move.
    const cp1252 = Buffer.concat([Buffer.from(MARKETS.replace('traders said', 'traders said ')), Buffer.from([0x93]), Buffer.from('calm\n')]);
    const base = makeFixtures({ 'markets.txt': cp1252.toString('latin1') });
    writeFileSync(join(base, 'stories/markets.txt'), cp1252);
    for (const format of ['json', 'md']) {
      expect((await validate(['stories', '--update', '--format', format], base)).code).toBe(0);
      const golden = join(base, `stories/markets.expected.${format}`);
      const before = readFileSync(golden, 'utf8');
      // What git's core.autocrlf does on Windows: CRLF in the fixture and in the golden.
      writeFileSync(join(base, 'stories/markets.txt'), Buffer.from(cp1252.toString('latin1').replaceAll('\n', '\r\n'), 'latin1'));
      writeFileSync(golden, before.replaceAll('\n', '\r\n'));
      const run = await validate(['stories', '--format', format], base);
      expect(run.stdout + run.stderr).toMatch(/1 passed, 0 failed; goldens: 1 match/);
      expect(run.code).toBe(0);
      // --update leaves a golden alone when only byte-level fields differ.
      expect((await validate(['stories', '--update', '--format', format], base)).stdout).toContain('goldens: 1 unchanged');
      expect(readFileSync(golden, 'utf8')).toBe(before.replaceAll('\n', '\r\n'));
      const strict = await validate(['stories', '--strict', '--format', format], base);
      expect(strict.code).toBe(1);
      expect(strict.stdout).toMatch(format === 'json' ? /source\.sha256: / : /line \d+: sha256: /);
      if (format === 'json') {
        expect(strict.stdout).toMatch(/source\.lineEnding: expected "lf" got "crlf"/);
        expect(strict.stdout).toMatch(/stats\.normalized\.crlf: expected 0 got \d+/);
      }
      writeFileSync(join(base, 'stories/markets.txt'), cp1252);
    }
  });

  it('--quiet reports failures only; --verbose every fixture and every problem', async () => {
    const base = makeFixtures({ 'markets.txt': MARKETS, 'ferry.txt': FERRY, 'village.txt': VILLAGE_NO_TIMESTAMP });
    // A missing golden is a note; village fails (no timestamp).
    const quiet = await validate(['stories', '-q'], base);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe('');
    expect(reportMessages(quiet.stdout)).toEqual([
      'stories/village.txt: error required field `timestamp` is missing: no timestamp found in the header lines (--require title,timestamp,body) [required-field]',
    ]);
    expect(quiet.stdout).toContain('  wirestory explain stories/village.txt\n');
    expect(quiet.stdout).not.toMatch(/fixtures:/);
    const normal = await validate(['stories'], base);
    expect(reportMessages(normal.stdout).join('\n')).toContain('stories/markets.txt: warning no golden');
    expect(normal.stdout).toMatch(/^3 fixtures: 2 passed, 1 failed/m);
    const verbose = await validate(['stories', '--verbose', '--require-golden', '--no-strict'], base);
    expect(verbose.stdout).not.toMatch(/no issues found/);
    const passing = await validate(['stories/markets.txt', 'stories/ferry.txt', '--update', '--verbose'], base);
    expect(passing.stdout).toMatch(/^stories\/markets\.txt\n info +golden created/m);
    const again = await validate(['stories/markets.txt', 'stories/ferry.txt', '--verbose'], base);
    expect(again.stdout).toMatch(/^stories\/ferry\.txt: no issues found$/m);
    expect(again.stdout).toMatch(/^stories\/markets\.txt: no issues found$/m);
    // All passing and quiet: nothing at all, exit 0; the report file gets no tally on stderr either.
    expect(await validate(['stories/markets.txt', '--quiet'], base)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await validate(['stories/markets.txt', '--quiet', '-o', 'report.txt'], base)).toEqual({ code: 0, stdout: '', stderr: '' });
    const github = await validate(['stories', '--quiet', '--reporter', 'github'], base);
    expect(github.stdout.trimEnd().split('\n').every((line) => line.startsWith('::error '))).toBe(true);
    expect((await validate(['stories', '--quiet', '--verbose'], base)).code).toBe(2);
  });

  it('finds fixtures with the walker convert uses: same files, same order, links followed once, globs', async () => {
    const names = ['z.txt', 'a-c.txt', 'a/b.txt', 'B.txt', '\u00e9.txt', 'a/deep/c.TXT', 'x.expected.txt'];
    const base = makeFixtures(Object.fromEntries(names.map((name) => [name, MARKETS])));
    symlinkSync('.', join(base, 'stories/again'));
    symlinkSync('a', join(base, 'stories/link-to-a'));
    const report = JSON.parse((await validate(['stories', '--reporter', 'json'], base)).stdout) as JsonReport;
    const files = report.fixtures.map((fixture) => fixture.file.replace(/^stories\//, ''));
    // Byte order within each folder, depth first: 'a' (a folder) before 'a-c.txt', upper case first, é last.
    expect(files).toEqual(['B.txt', 'a/b.txt', 'a/deep/c.TXT', 'a-c.txt', 'link-to-a/b.txt', 'link-to-a/deep/c.TXT', 'z.txt', '\u00e9.txt']);
    const convert = await new Promise<Run>((resolve) =>
      execFile(process.execPath, [bin, 'convert', 'stories', '--format', 'ndjson', '--out', '-'], { cwd: base }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      ),
    );
    const converted = convert.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string; ok: boolean }));
    // Convert takes a story named like a golden too; validate never does.
    expect(converted.filter((record) => record.ok && record.id !== 'x.expected.txt').map((record) => record.id)).toEqual(files);
    // A glob, as convert takes it.
    const glob = JSON.parse((await validate(['stories/a/**/*.txt', '--reporter', 'json'], base)).stdout) as JsonReport;
    expect(glob.fixtures.map((fixture) => fixture.file)).toEqual(['stories/a/b.txt']);
  });

  it('counts the files left out by --ext and --exclude in its tally, as convert does', async () => {
    const base = makeFixtures({ 'markets.txt': MARKETS, 'notes.md': 'not a story', 'drafts/ferry.txt': FERRY, 'old.txt': MARKETS });
    const run = await validate(['stories', '--require', 'title', '--exclude', 'drafts', '--exclude', 'old.txt'], base);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1 fixture: 1 passed, 0 failed; goldens: 1 missing; 1 not matching --ext, 2 excluded \(/m);
    const report = JSON.parse((await validate(['stories', '--require', 'title', '--exclude', 'drafts', '--reporter', 'json'], base)).stdout) as JsonReport;
    expect(report.summary).toMatchObject({ fixtures: 2, skippedByExtension: 1, excluded: 1 });
    const convert = await new Promise<Run>((resolve) =>
      execFile(process.execPath, [bin, 'convert', 'stories', '--out', 'out', '--exclude', 'drafts', '--exclude', 'old.txt'], { cwd: base }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      ),
    );
    expect(convert.stderr).toMatch(/1 converted, .*, 1 not matching --ext, 2 excluded in /);
    const plain = await validate(['stories', '--require', 'title', '--ext', '.txt,.md'], base);
    expect(plain.stdout).toMatch(/; goldens: 4 missing \(/);
  });

  it('--help says what the walker takes, as convert --help does (globs, the --ext extensions, not only *.txt)', async () => {
    const help = await validate(['--help'], dir);
    expect(help.code).toBe(0);
    const text = help.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('paths fixture files, folders (searched recursively for the --ext extensions) or quoted glob patterns');
    expect(text).toContain('(*.txt, *.text)');
    expect(text).not.toContain('fixtures (*.txt)');
  });

  it('exits 2 on usage errors: no paths, a missing path, no fixtures, a bad option or config', async () => {
    expect((await validate([], dir)).code).toBe(2);
    const missing = await validate(['nope'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder `nope`');
    const none = await validate(['stories', '--ext', '.story'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no fixtures found in `stories` (looked for *.story; change with --ext)');
    expect((await validate(['stories', '--reporter', 'tap'], dir)).code).toBe(2);
    const field = await validate(['stories', '--require', 'headline'], dir);
    expect(field.code).toBe(2);
    expect(field.stderr).toContain('Unknown field `headline`');
    writeFileSync(join(dir, 'stories/.wirestory-validate.json'), JSON.stringify({ requires: ['title'] }));
    const config = await validate(['stories'], dir);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('.wirestory-validate.json: unknown key `requires`');
  });
});

describe('reporters read back by their consumers', () => {
  let base: string;
  beforeAll(async () => {
    base = makeFixtures({ 'markets.txt': MARKETS, 'nested/ferry.txt': FERRY, 'village.txt': VILLAGE_NO_TIMESTAMP });
    await validate(['stories', '--update'], base);
    const goldenPath = join(base, 'stories/nested/ferry.expected.json');
    const golden = JSON.parse(readFileSync(goldenPath, 'utf8'));
    golden.title = 'Ferry <services> & "storms"\u0001';
    writeFileSync(goldenPath, JSON.stringify(golden, null, 2));
  });

  it('json: one document with a summary and one entry per fixture', async () => {
    const run = await validate(['stories', '--reporter', 'json'], base);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.summary).toMatchObject({ fixtures: 3, passed: 1, failed: 2 });
    expect(report.fixtures.map((fixture) => fixture.file)).toEqual(['stories/markets.txt', 'stories/nested/ferry.txt', 'stories/village.txt']);
    expect(report.fixtures[1]!.problems[0]).toMatchObject({ rule: 'golden-mismatch', path: 'title', line: 1 });
  });

  it('junit: well-formed XML with one testcase per fixture and a failure per failing fixture', async () => {
    const run = await validate(['stories', '--reporter', 'junit'], base);
    expect(run.code).toBe(1);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(run.stdout);
    const suites = xml.testsuites.testsuite as Array<{ name: string; testcase: Array<{ name: string; failure?: Array<{ message: string; type: string }> }> }>;
    const cases = suites.flatMap((suite) => suite.testcase);
    expect(cases).toHaveLength(3);
    expect(xml.testsuites.tests).toBe('3');
    expect(xml.testsuites.failures).toBe('2');
    expect(cases.filter((testcase) => testcase.failure)).toHaveLength(2);
    const ferry = cases.find((testcase) => testcase.name === 'stories/nested/ferry.txt')!;
    expect(ferry.failure![0]!.type).toBe('golden-mismatch');
    // Markup in the golden is escaped, and the control character is replaced, not emitted.
    expect(ferry.failure![0]!.message).toBe('title: expected "Ferry <services> & \\"storms\\"\\u0001" got "Ferry services resume after storm"');
    expect(suites.map((suite) => suite.name)).toEqual(['stories', 'stories/nested']);

    // -o writes the same report to a file and puts a tally on stderr.
    const toFile = await validate(['stories', '--reporter', 'junit', '-o', 'report.xml'], base);
    expect(toFile.stdout).toBe('');
    expect(toFile.stderr).toMatch(/^3 fixtures: 1 passed, 2 failed/);
    expect(XMLValidator.validate(readFileSync(join(base, 'report.xml'), 'utf8'))).toBe(true);
  });

  it('github: workflow commands with file, line and title, escaped', async () => {
    const run = await validate(['stories', '--reporter', 'github'], base);
    expect(run.code).toBe(1);
    const commands = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::'))
      .map((line) => /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line)!)
      .map((match) => ({
        command: match[1],
        properties: Object.fromEntries(match[2]!.split(',').map((pair) => pair.split('=') as [string, string])),
        message: decodeURIComponent(match[3]!),
      }));
    expect(commands).toEqual([
      {
        command: 'error',
        properties: { file: 'stories/nested/ferry.txt', line: '1', title: 'golden-mismatch' },
        message: 'title: expected "Ferry <services> & \\"storms\\"\\u0001" got "Ferry services resume after storm"',
      },
      {
        command: 'error',
        properties: { file: 'stories/village.txt', title: 'required-field' },
        message: expect.stringContaining('required field `timestamp` is missing'),
      },
    ]);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^3 fixtures: 1 passed, 2 failed/);
  });

  it('human: colour only when forced, never with NO_COLOR', async () => {
    const plain = await validate(['stories'], base);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await validate(['stories'], base, { FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[');
    const off = await validate(['stories'], base, { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(off.stdout).not.toContain('\u001b[');
  });
});
