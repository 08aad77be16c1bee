/**
 * Issue #9 (items 1–5, 7, 8, 11): outputs never destroy what is not theirs, write errors on
 * stdout end every command with one line, nothing hangs on pipes, signals end every command.
 * Each case runs the real built command on files made in a temp folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, repoRoot, runCli, type CliResult } from './helpers/cli.js';
import { reportMessages } from './helpers/report.js';

const SEED = readFileSync(join(repoRoot, 'fixtures/seed/pompeo-lavrov-sochi.txt'));
/** No hang may outlast this: a command still running then is killed and the test fails. */
const HANG = 20_000;

let work: string;
let n = 0;

/** A fresh folder holding `a.txt` and `b.txt` (the seed story). */
function storyDir(): string {
  const dir = join(work, `case-${n++}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.txt'), SEED);
  writeFileSync(join(dir, 'b.txt'), SEED);
  return dir;
}

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

/** No stack trace, no `internal error`: what a user sees for a problem we know. */
function expectNoCrash(result: CliResult): void {
  expect(result.signal, result.stderr).toBeNull();
  expect(result.stderr).not.toMatch(/\n\s+at |internal error|node:internal/);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wirestory-safety-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('outputs that are not regular files are written through, never replaced (item 1)', () => {
  it('--out /dev/null (convert NDJSON, validate -o) leaves the device a device', async () => {
    const dir = storyDir();
    const before = statSync('/dev/null');
    const convert = await runCli(['convert', dir, '--format', 'ndjson', '--out', '/dev/null', '--quiet']);
    expect(convert.code, convert.stderr).toBe(0);
    writeFileSync(join(dir, 'a.expected.json'), '');
    const validate = await runCli(['validate', join(dir, 'b.txt'), '-o', '/dev/null']);
    expect(validate.code, validate.stderr).toBe(0);
    const after = lstatSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
  });

  it('a symbolic link as --out: the file it names gets the output, the link stays a link', async () => {
    const dir = storyDir();
    const out = join(work, `links-${n++}`);
    mkdirSync(out);
    symlinkSync('real.ndjson', join(out, 'all.ndjson'));
    const result = await runCli(['convert', dir, '--format', 'ndjson', '--out', join(out, 'all.ndjson'), '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    expect(lstatSync(join(out, 'all.ndjson')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(out, 'all.ndjson'))).toBe('real.ndjson');
    const lines = readFileSync(join(out, 'real.ndjson'), 'utf8').trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a.txt', 'b.txt']);

    // A report through a link to an existing file: the file is rewritten, its mode kept.
    writeFileSync(join(out, 'report-target.txt'), 'old');
    chmodSync(join(out, 'report-target.txt'), 0o640);
    symlinkSync(join(out, 'report-target.txt'), join(out, 'report.txt'));
    const validate = await runCli(['validate', join(dir, 'a.txt'), '-o', join(out, 'report.txt')]);
    expect(validate.code, validate.stderr).toBe(0);
    expect(lstatSync(join(out, 'report.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, 'report-target.txt'), 'utf8')).toMatch(/1 fixture: 1 passed/);
    expect(statSync(join(out, 'report-target.txt')).mode & 0o777).toBe(0o640);
    expect(readdirSync(out).sort()).toEqual(['all.ndjson', 'real.ndjson', 'report-target.txt', 'report.txt']);
  });

  it('a named pipe as --out is written through to its reader, and stays a pipe', async () => {
    const dir = storyDir();
    const fifo = join(work, `pipe-${n++}.ndjson`);
    mkfifo(fifo);
    const reader = spawn('cat', [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    const result = await runCli(['convert', dir, '--format', 'ndjson', '--out', fifo, '--quiet'], { killAfterMs: HANG });
    await readerDone;
    expect(result.code, result.stderr).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8').trim().split('\n')).toHaveLength(2);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a named pipe nobody reads, as a report: refused at once, not waited on', async () => {
    const dir = storyDir();
    const fifo = join(work, `pipe-${n++}.txt`);
    mkfifo(fifo);
    const result = await runCli(['validate', join(dir, 'a.txt'), '-o', fifo], { killAfterMs: HANG });
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write the report to .*: a named pipe that nobody reads/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

describe('an output that is an input is a usage error (items 2, 3)', () => {
  it('convert DIR --format ndjson --out DIR/b.txt: exit 2, b.txt untouched', async () => {
    const dir = storyDir();
    const result = await runCli(['convert', dir, '--format', 'ndjson', '--out', join(dir, 'b.txt')]);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out .*b\.txt lies in the input folder .* it would be read as an input and overwritten/);
    expect(readFileSync(join(dir, 'b.txt'))).toEqual(SEED);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('convert a.txt --format ndjson --out a.txt: exit 2, a.txt untouched', async () => {
    const dir = storyDir();
    const result = await runCli(['convert', 'a.txt', '--format', 'ndjson', '--out', 'a.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('wirestory: --out a.txt is also an input (a.txt): it would be overwritten; write the output elsewhere\n');
    expect(readFileSync(join(dir, 'a.txt'))).toEqual(SEED);
  });

  it('the NDJSON output met through a glob: exit 2, the file untouched, no temporary', async () => {
    const dir = storyDir();
    writeFileSync(join(dir, 'all.txt'), SEED);
    const result = await runCli(['convert', '*.txt', '--format', 'ndjson', '--out', 'all.txt'], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the output file is also an input \(all\.txt\)/);
    expect(readFileSync(join(dir, 'all.txt'))).toEqual(SEED);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'all.txt', 'b.txt']);
  });

  it('validate DIR -o DIR/a.txt (a fixture) or DIR/a.expected.json (a golden): exit 2, nothing overwritten', async () => {
    const dir = storyDir();
    expect((await runCli(['validate', dir, '--update'])).code).toBe(0);
    const golden = readFileSync(join(dir, 'a.expected.json'));
    for (const [target, what] of [
      ['a.txt', 'a fixture'],
      ['a.expected.json', 'a golden'],
    ]) {
      const result = await runCli(['validate', dir, '-o', join(dir, target!)]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`-o .*${target!.replace('.', '\\.')} is ${what} .*: the report would overwrite it`));
    }
    expect(readFileSync(join(dir, 'a.txt'))).toEqual(SEED);
    expect(readFileSync(join(dir, 'a.expected.json'))).toEqual(golden);
  });

  it('convert IN --out IN: exit 2 rather than converting nothing with exit 0', async () => {
    const dir = storyDir();
    const result = await runCli(['convert', dir, '--out', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is also an input folder .*: outputs would be written among the inputs/);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('convert IN --out IN/sub: the inputs inside IN/sub are named as not converted', async () => {
    const dir = storyDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.txt'), SEED);
    const result = await runCli(['convert', '.', '--out', 'sub'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^wirestory: \.\/sub\/c\.txt: lies in the output folder; not converted\n/);
    expect(result.stderr).toMatch(/2 converted, 0 failed/);
    expect(readdirSync(join(dir, 'sub')).sort()).toEqual(['a.json', 'b.json', 'c.txt']);
  });
});

describe('write errors on stdout end every command with one line (items 4, 5)', () => {
  const story = join(repoRoot, 'fixtures/seed/pompeo-lavrov-sochi.txt');
  const cases: Array<[string, string[], string?]> = [
    ['parse', [story]],
    ['parse --format md', [story, '--format', 'md']],
    ['parse, several inputs', [story, story]],
    ['schema', ['schema']],
    ['validate', ['validate', join(repoRoot, 'fixtures/seed')]],
    ['validate --reporter json', ['validate', join(repoRoot, 'fixtures/seed'), '--reporter', 'json']],
    ['convert --out -', ['convert', join(repoRoot, 'fixtures/seed'), '--format', 'ndjson', '--out', '-', '--quiet']],
    ['stream', ['stream', '--quiet'], '{"id":"1","text":"Talks begin in Sochi\\n\\nMOSCOW (Reuters) - Talks began on Tuesday."}\n'],
    ['--help', ['--help']],
  ];
  it.each(cases)('%s > /dev/full: exit 1, `cannot write to stdout` once, no stack trace', async (_name, args, input) => {
    const result = await runCli(args, { stdoutTo: '/dev/full', input, killAfterMs: HANG });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr.match(/cannot write to stdout/g) ?? []).toHaveLength(1);
    expect(result.stderr).toMatch(/^(wirestory: .*\n)*wirestory: cannot write to stdout: no space left on the device \(ENOSPC\)\n/);
  });

  it('stderr read by `head -1` (EPIPE while an NDJSON file is written): no temporary stays', () => {
    const dir = join(work, `epipe-${n++}`);
    mkdirSync(join(dir, 'in'), { recursive: true });
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, 'in', `e${i}.txt`), '');
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" convert in --format ndjson --out out/all.ndjson 2>&1 | head -1`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.stdout).toMatch(/^wirestory: in\/e0\.txt: /);
    expect(readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.wirestory-tmp'))).toEqual([]);
  });

  it('the reader going away (EPIPE) is still a quiet stop', async () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" "${story}" "${story}" "${story}" | head -c 10 >/dev/null`], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
  });
});

describe('named pipes, sockets and devices are never opened as stories or goldens (item 8)', () => {
  it('parse: a named pipe argument is named and skipped, the other file is still parsed', async () => {
    const dir = storyDir();
    mkfifo(join(dir, 'pipe.txt'));
    const result = await runCli(['pipe.txt', 'a.txt', '/dev/zero'], { cwd: dir, killAfterMs: HANG });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'wirestory: pipe.txt: not a regular file (a named pipe); not read: give it on stdin instead (`cmd | wirestory` rather than `wirestory <(cmd)`)\n',
    );
    expect(result.stderr).toContain('wirestory: /dev/zero: not a regular file (a character device); not read\n');
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => [record.id, record.ok])).toEqual([
      ['pipe.txt', false],
      ['a.txt', true],
      ['/dev/zero', false],
    ]);
  });

  it('parse and explain: `<(cmd)` (a pipe) is refused with the stdin way that works', async () => {
    for (const command of [[], ['explain']]) {
      const shell = spawnSync('bash', ['-c', `"$0" "$1" ${command.join(' ')} <(printf 'Title\\n\\nBody text of the story.\\n')`, process.execPath, bin], {
        encoding: 'utf8',
        timeout: HANG,
      });
      expect(shell.status).toBe(1);
      const name = command.length === 0 ? 'wirestory' : 'wirestory explain';
      expect(shell.stderr).toMatch(new RegExp(`^wirestory: /dev/fd/\\d+: not a regular file \\(a named pipe\\); not read: give it on stdin instead \\(\`cmd \\| ${name}\` rather than \`${name} <\\(cmd\\)\`\\)\\n$`));
    }
  });

  it('validate: a named pipe as a fixture (in a folder or named) and as a golden: named, never waited on', async () => {
    const dir = storyDir();
    mkfifo(join(dir, 'pipe.txt'));
    mkfifo(join(dir, 'b.expected.json'));
    for (const args of [[dir], [join(dir, 'pipe.txt'), join(dir, 'a.txt')], [dir, '--update']]) {
      const result = await runCli(['validate', ...args], { killAfterMs: HANG });
      expectNoCrash(result);
      expect(result.code).toBe(1);
      expect(reportMessages(result.stdout).join('\n')).toMatch(/pipe\.txt: error cannot read the fixture: not a regular file \(a named pipe\); not read/);
    }
    symlinkSync('gone.txt', join(dir, 'dangling.txt'));
    const result = await runCli(['validate', dir], { killAfterMs: HANG });
    expect(reportMessages(result.stdout).join('\n')).toMatch(/b\.txt: error cannot read the golden `b\.expected\.json`: not a regular file \(a named pipe\)/);
    expect(reportMessages(result.stdout).join('\n')).toMatch(/dangling\.txt: error cannot read the fixture: dangling symbolic link \(its target does not exist\)/);
    expect(lstatSync(join(dir, 'b.expected.json')).isFIFO()).toBe(true);
  });
});

describe('no endless loop, and signals end convert at any point (item 7)', () => {
  it('convert s.txt --out /proc/self/out ends with a usage error', async () => {
    const result = await runCli(['convert', join(repoRoot, 'fixtures/seed/pompeo-lavrov-sochi.txt'), '--out', '/proc/self/out'], {
      killAfterMs: HANG,
    });
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^wirestory: cannot create output folder \/proc\/self\/out: /);
  });

  it('SIGTERM while convert waits for a named pipe to be read ends it (143), leaving the pipe', async () => {
    const dir = storyDir();
    const fifo = join(work, `waiting-${n++}.ndjson`);
    mkfifo(fifo);
    const child = spawn(process.execPath, [bin, 'convert', dir, '--format', 'ndjson', '--out', fifo]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Signalled once the command says it waits, not after a fixed sleep: on a loaded machine
    // the sleep could end before the command had set its signal handlers, and the signal then
    // killed it outright (Node's default: no exit code, not 143).
    const waiting = `wirestory: waiting for a reader of ${fifo} (a named pipe)\n`;
    await new Promise<void>((resolve) => {
      const look = () => (stderr.includes(waiting) ? resolve() : undefined);
      child.stderr.on('data', look);
      child.on('close', () => resolve());
    });
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), HANG);
    const code = await done;
    clearTimeout(killer);
    expect(code, stderr).toBe(143);
    expect(stderr).toBe(waiting);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

describe('every command ends on SIGINT / SIGTERM, even while waiting for input (item 7)', () => {
  const cases: Array<{ name: string; args: string[]; signal: NodeJS.Signals }> = [
    { name: 'wirestory (reading stdin)', args: [], signal: 'SIGTERM' },
    { name: 'wirestory - (reading stdin)', args: ['-'], signal: 'SIGINT' },
    { name: 'wirestory stream', args: ['stream'], signal: 'SIGTERM' },
    { name: 'wirestory stream', args: ['stream'], signal: 'SIGINT' },
  ];
  it.each(cases)('$name, $signal', async ({ args, signal }) => {
    // stdin stays open and empty: the command waits for input until the signal comes.
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const done = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill(signal);
    const killer = setTimeout(() => child.kill('SIGKILL'), HANG);
    const [code, sig] = await done;
    clearTimeout(killer);
    child.stdin.destroy();
    // Ended by the signal itself, or by a handler exiting with 128 + its number.
    expect(sig === signal || code === (signal === 'SIGINT' ? 130 : 143), `${code} ${sig} ${stderr}`).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('smaller (item 11)', () => {
  it('temporaries left by a killed run are removed by the next run; those of live processes stay', async () => {
    const dir = storyDir();
    const out = join(work, `stale-${n++}`);
    mkdirSync(out);
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    const stale = `.a.json.${dead}.wirestory-tmp`;
    const alive = `.b.json.${process.pid}.wirestory-tmp`;
    writeFileSync(join(out, stale), '{"half":');
    writeFileSync(join(out, alive), '{"half":');
    const result = await runCli(['convert', dir, '--out', out, '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([alive, 'a.json', 'b.json']);
  });

  it('file names of 244 to 251 bytes convert (the temporary name is cut to fit)', async () => {
    const dir = join(work, `long-${n++}`);
    mkdirSync(dir);
    const names = [244, 247, 251].map((bytes) => `${'é'.repeat(10)}${'x'.repeat(bytes - 20 - 4)}.txt`);
    for (const name of names) {
      expect(Buffer.byteLength(name)).toBeGreaterThanOrEqual(244);
      writeFileSync(join(dir, name), SEED);
    }
    const result = await runCli(['convert', dir, '--out', join(dir, 'out')]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(names.map((name) => name.replace(/\.txt$/, '.json')).sort());
  });

  it('validate --update where the golden cannot be written: a failure, never reported as created', async () => {
    const dir = storyDir();
    symlinkSync('/proc/self/no-such-folder/a.expected.json', join(dir, 'a.expected.json'));
    const result = await runCli(['validate', join(dir, 'a.txt'), '--update']);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(reportMessages(result.stdout).join('\n')).toMatch(/a\.txt: error cannot write the golden: /);
    expect(result.stdout).not.toMatch(/golden created/);
    expect(result.stdout).toMatch(/goldens: 1 not written/);
  });

  it('a golden nested 100,000 levels deep is an invalid golden, not an internal error', async () => {
    const dir = storyDir();
    writeFileSync(join(dir, 'a.expected.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    for (const args of [[], ['--update']]) {
      const result = await runCli(['validate', join(dir, 'a.txt'), ...args]);
      expectNoCrash(result);
      if (args.length === 0) {
        expect(result.code).toBe(1);
        expect(result.stdout).toMatch(/the golden `a\.expected\.json` is nested more than 100 levels deep/);
      } else expect(result.code, result.stdout).toBe(0);
    }
  });

  it('a golden or a config file starting with a BOM is read as JSON', async () => {
    const dir = storyDir();
    expect((await runCli(['validate', join(dir, 'a.txt'), '--update'])).code).toBe(0);
    const golden = readFileSync(join(dir, 'a.expected.json'));
    writeFileSync(join(dir, 'a.expected.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), golden]));
    writeFileSync(join(dir, '.wirestory-validate.json'), '\uFEFF{ "require": ["title"] }');
    const result = await runCli(['validate', join(dir, 'a.txt')]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1 fixture: 1 passed/);
  });

  it('file names holding a newline or an escape sequence are shown escaped', async () => {
    const dir = storyDir();
    const name = 'evil\n\u001b[2Jname.txt';
    writeFileSync(join(dir, name), '');
    const parse = await runCli([name], { cwd: dir });
    expect(parse.code).toBe(1);
    expect(parse.stderr).toMatch(/^wirestory: evil\\n\\x1b\[2Jname\.txt: [^\n]+\n$/);
    const convert = await runCli(['convert', '.', '--out', 'out', '--quiet'], { cwd: dir });
    expect(convert.code).toBe(1);
    expect(convert.stderr).toMatch(/^wirestory: \.\/evil\\n\\x1b\[2Jname\.txt: /);
    const validate = await runCli(['validate', '.'], { cwd: dir });
    expect(validate.stdout).toMatch(/^evil\\n\\x1b\[2Jname\.txt$/m);
    expect(validate.stdout).not.toContain('\u001b');
    for (const reporter of ['github', 'junit', 'json']) {
      const report = await runCli(['validate', '.', '--reporter', reporter], { cwd: dir });
      expect(report.stdout, reporter).not.toContain('\u001b');
    }
    const github = await runCli(['validate', '.', '--reporter', 'github'], { cwd: dir });
    expect(github.stdout).toContain('::error file=evil\\n\\x1b[2Jname.txt,title=empty-input::');
  });
});

it('the suite leaves no temporaries behind', () => {
  const leftovers = readdirSync(work, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.wirestory-tmp'));
  expect(leftovers.filter((name) => !name.includes(`.${process.pid}.`))).toEqual([]);
  expect(existsSync(work)).toBe(true);
});
