/**
 * The lean parse path (src/cli/fast.ts, started by bin/wirestory.js from dist/fast.cjs with a
 * V8 code cache): it must answer exactly as the full command line does, decline what it does
 * not read, and never depend on the cache being writable.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import v8 from 'node:v8';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastArgs } from '../src/cli/fast.js';
import { convertArgs } from '../src/cli/commands/convert-lean.js';
import { processIo } from '../src/cli/io.js';
import { createProgram } from '../src/cli/main.js';
import { repoRoot, runCli } from './helpers/cli.js';

const seed = 'fixtures/seed/pompeo-lavrov-sochi.txt';
const legacy = 'fixtures/horne/buzzfeed-102_Real.txt'; // Windows-1252: a warning on stderr

describe('fastArgs', () => {
  it('reads plain parse command lines as commander does', () => {
    expect(fastArgs([seed], repoRoot)).toEqual({ files: [seed], flags: { dateOrder: 'dmy', color: true } });
    expect(fastArgs([seed, '--format', 'md', '-q'], repoRoot)).toEqual({
      files: [seed],
      flags: { dateOrder: 'dmy', color: true, format: 'md', quiet: true },
    });
    expect(fastArgs(['--compact', '-f', 'ndjson', seed, legacy, '--verbose'], repoRoot)?.files).toEqual([seed, legacy]);
  });

  it('declines everything else, so the full command line answers it', () => {
    const declined = [
      [],
      ['-'],
      [seed, '--tz', 'Europe/Moscow'],
      [seed, '--format=md'],
      [seed, '--format', 'pdf'],
      [seed, '--format'],
      [seed, '-f', 'md', '-f', 'json'],
      [seed, '-q', '-q'],
      [seed, '--debug'],
      [seed, '--no-color'],
      [seed, '--'],
      ['--help'],
      ['convert', seed],
      ['schema'],
      ['help'],
      ['fixtures/seed/no-such-story.txt'],
      ['fixtures/seed'],
    ];
    for (const argv of declined) expect([argv, fastArgs(argv, repoRoot)]).toEqual([argv, null]);
  });

  it('reads stdin when no file is given and stdin is no terminal', () => {
    const piped = () => false;
    expect(fastArgs([], repoRoot, piped)).toEqual({ files: [], flags: { dateOrder: 'dmy', color: true } });
    expect(fastArgs(['-f', 'md'], repoRoot, piped)?.flags.format).toBe('md');
    expect(fastArgs([], repoRoot, () => true)).toBeNull();
    expect(fastArgs(['-'], repoRoot, piped)).toBeNull();
  });
});

describe('bin/wirestory.js on the lean path', () => {
  // --debug always takes the full command line and changes nothing in a successful run.
  const lines = [[seed], [seed, '--format', 'md'], [seed, '--compact', '-q'], [legacy], [legacy, '--verbose', '-f', 'ndjson', seed], ['fixtures/seed/no-such-story.txt']];
  for (const argv of lines) {
    it(`answers \`${argv.join(' ')}\` byte for byte as the full command line`, async () => {
      const cache = mkdtempSync(join(tmpdir(), 'wirestory-cache-'));
      const env = { WIRESTORY_CACHE_DIR: cache };
      const full = await runCli([...argv, '--debug'], { env });
      const cold = await runCli(argv, { env });
      const warm = await runCli(argv, { env });
      for (const run of [cold, warm]) {
        expect(run.code).toBe(full.code);
        expect(run.stderr).toBe(full.stderr);
        expect(run.stdoutBytes.equals(full.stdoutBytes)).toBe(true);
      }
    });
  }

  for (const argv of [[], ['--format', 'md'], ['-q', '-f', 'ndjson']]) {
    it(`answers a story piped into \`wirestory ${argv.join(' ')}\` byte for byte as the full command line`, async () => {
      const env = { WIRESTORY_CACHE_DIR: mkdtempSync(join(tmpdir(), 'wirestory-cache-')) };
      const input = readFileSync(join(repoRoot, legacy));
      const full = await runCli([...argv, '--debug'], { env, input });
      const cold = await runCli(argv, { env, input });
      const warm = await runCli(argv, { env, input });
      // The lean path ran (fast.cjs's cache), and so did the parts it loads on demand: Markdown
      // for md, the reporter for this story's decoding warning unless -q hides it.
      const cached = readdirSync(env.WIRESTORY_CACHE_DIR).map((name) => name.replace(/-\d.*$/, '')).sort();
      expect(cached).toEqual(['fast', ...(argv.includes('md') ? ['fast-markdown'] : []), ...(argv.includes('-q') ? [] : ['fast-report'])].sort());
      for (const run of [cold, warm]) expect([run.code, run.stderr, run.stdout]).toEqual([full.code, full.stderr, full.stdout]);
      expect([full.code, full.stdout.length > 1000]).toEqual([0, true]);
    });
  }

  it('stores the code cache in WIRESTORY_CACHE_DIR, keyed by the build, Node version and V8 tag', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'wirestory-cache-'));
    const result = await runCli([seed], { env: { WIRESTORY_CACHE_DIR: cache } });
    expect(result.code).toBe(0);
    const files = readdirSync(cache);
    expect(files).toHaveLength(1);
    const build = /^\/\/ wirestory-build:([0-9a-f]{16})\n/.exec(readFileSync(join(repoRoot, 'dist/fast.cjs'), 'utf8'))?.[1];
    expect(build).toBeDefined();
    expect(files[0]).toContain(`-${build}-node${process.version}-${process.arch}-${v8.cachedDataVersionTag().toString(16)}.v8cache`);
  });

  it('keeps one cache per set of V8 flags: runs with and without `--no-opt` do not rewrite each other\'s', () => {
    // V8 rejects a cache made under other flags; with one file for both, every run rewrote it.
    const cache = mkdtempSync(join(tmpdir(), 'wirestory-cache-'));
    const run = (flags: string[]) =>
      execFileSync(process.execPath, [...flags, join(repoRoot, 'bin/wirestory.js'), seed, '--compact'], {
        cwd: repoRoot,
        env: { ...process.env, WIRESTORY_CACHE_DIR: cache },
        encoding: 'utf8',
      });
    const snapshot = () => readdirSync(cache).map((name) => [name, statSync(join(cache, name)).mtimeMs]);
    const first = run([]);
    expect(run(['--no-opt'])).toBe(first);
    const written = snapshot();
    expect(written).toHaveLength(2);
    for (let i = 0; i < 2; i++) {
      expect(run([])).toBe(first);
      expect(run(['--no-opt'])).toBe(first);
    }
    expect(snapshot()).toEqual(written);
  });

  it('a run that writes a cache removes that part\'s oldest beyond four, and writers\' leftovers, nothing else', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'wirestory-cache-'));
    const hourAgo = Date.now() / 1000 - 3700;
    const old = (name: string, ageSeconds: number) => {
      writeFileSync(join(cache, name), 'an older build');
      utimesSync(join(cache, name), hourAgo - ageSeconds, hourAgo - ageSeconds);
    };
    // Six caches of older builds of dist/fast.cjs (the newest has age 1), the name scheme before
    // 2026-11-29 among them; Markdown's part, a writer's leftover, a fresh temporary file and a
    // file of someone else's.
    for (let age = 1; age <= 5; age++) old(`fast-3453${age}-179596-0123456789abcdef-nodev20.0.0-x64-${age}.v8cache`, age);
    old('fast-0.1.0-345385-1795960495720-nodev20.20.2-x64.v8cache', 6);
    old('fast-markdown-274595-1795-0123456789abcdef-nodev20.0.0-x64-1.v8cache', 100);
    old('fast-345385-1795-0123456789abcdef-nodev20.0.0-x64-1.v8cache.4242.tmp', 0);
    writeFileSync(join(cache, 'fast-345385-1795-0123456789abcdef-nodev20.0.0-x64-1.v8cache.4343.tmp'), 'being written');
    writeFileSync(join(cache, 'notes.txt'), 'not ours');
    expect((await runCli([seed], { env: { WIRESTORY_CACHE_DIR: cache } })).code).toBe(0);
    const left = readdirSync(cache).sort();
    const written = left.filter((name) => name.includes(`node${process.version}`));
    expect(written).toHaveLength(1);
    expect(left).toEqual(
      [
        ...written,
        'fast-34531-179596-0123456789abcdef-nodev20.0.0-x64-1.v8cache',
        'fast-34532-179596-0123456789abcdef-nodev20.0.0-x64-2.v8cache',
        'fast-34533-179596-0123456789abcdef-nodev20.0.0-x64-3.v8cache',
        'fast-345385-1795-0123456789abcdef-nodev20.0.0-x64-1.v8cache.4343.tmp',
        'fast-markdown-274595-1795-0123456789abcdef-nodev20.0.0-x64-1.v8cache',
        'notes.txt',
      ].sort(),
    );
  });

  it('a warm run accepts the caches the first wrote, so it rewrites none of them', async () => {
    // bin/ compiles patterns with a V8 flag set during the parse; V8 rejects a cache made under
    // other flags than it is read with, and bin/ rewrites a rejected cache at exit.
    const cache = mkdtempSync(join(tmpdir(), 'wirestory-cache-'));
    const env = { WIRESTORY_CACHE_DIR: cache };
    const snapshot = () => readdirSync(cache).map((name) => [name, statSync(join(cache, name)).mtimeMs, createHash('sha256').update(readFileSync(join(cache, name))).digest('hex')]);
    for (const argv of [[seed, '--format', 'md'], [legacy]]) expect((await runCli(argv, { env })).code).toBe(0);
    const written = snapshot();
    expect(written.map(([name]) => String(name).replace(/-\d.*$/, '')).sort()).toEqual(['fast', 'fast-markdown', 'fast-report']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const argv of [[seed, '--format', 'md'], [legacy], [seed]]) expect((await runCli(argv, { env })).code).toBe(0);
    expect(snapshot()).toEqual(written);
  });

  it('leaves the pattern flags alone when node was started with one of its own, so its cache holds too', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'wirestory-cache-'));
    const run = () =>
      execFileSync(process.execPath, ['--no-regexp-tier-up', join(repoRoot, 'bin/wirestory.js'), seed, '--compact'], {
        cwd: repoRoot,
        env: { ...process.env, WIRESTORY_CACHE_DIR: cache },
        encoding: 'utf8',
      });
    const snapshot = () => readdirSync(cache).map((name) => [name, statSync(join(cache, name)).mtimeMs]);
    const first = run();
    const written = snapshot();
    expect(written).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(run()).toBe(first);
    expect(snapshot()).toEqual(written);
  });

  it('a checkout with no build says to build it, in one line and without a stack trace (exit 1)', () => {
    const copy = mkdtempSync(join(tmpdir(), 'wirestory-nobuild-'));
    for (const part of ['bin', 'package.json']) cpSync(join(repoRoot, part), join(copy, part), { recursive: true });
    let failure: { status: number; stdout: string; stderr: string } | null = null;
    try {
      execFileSync(process.execPath, [join(copy, 'bin/wirestory.js'), join(repoRoot, seed)], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failure = error as { status: number; stdout: string; stderr: string };
    }
    expect(failure).not.toBeNull();
    expect(failure!.status).toBe(1);
    expect(failure!.stdout).toBe('');
    expect(failure!.stderr).toBe(`wirestory: ${join(copy, 'dist')} holds no build; run \`npm ci\` (or \`npm run build\`) in ${copy} first\n`);
  });

  it('never runs an old build from the cache: a rebuilt dist/fast.cjs of the same length is compiled afresh', async () => {
    // A copy of the command (bin/, dist/, package.json; node_modules linked) whose fast.cjs is
    // then changed without changing its length, as a rebuild can: V8 checks only the length.
    const copy = mkdtempSync(join(tmpdir(), 'wirestory-copy-'));
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(repoRoot, part), join(copy, part), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
    const env = { ...process.env, WIRESTORY_CACHE_DIR: mkdtempSync(join(tmpdir(), 'wirestory-cache-')) };
    const run = () => execFileSync(process.execPath, [join(copy, 'bin/wirestory.js'), join(repoRoot, seed), '--compact'], { env, encoding: 'utf8' });
    expect(run()).toContain('"schemaVersion":1');
    const fast = join(copy, 'dist/fast.cjs');
    const source = readFileSync(fast, 'utf8');
    expect(source).toContain('schemaVersion:');
    writeFileSync(fast, source.replaceAll('schemaVersion:', 'schemaVersiom:'));
    const later = new Date(statSync(fast).mtimeMs + 5000);
    utimesSync(fast, later, later);
    expect(run()).toContain('"schemaVersiom":1');
  });

  it('runs the same when the cache cannot be written or is garbage', async () => {
    const expected = await runCli([seed, '--debug']);
    // Under a regular file no folder can be made, whoever runs the test (root ignores chmod).
    const blocker = join(mkdtempSync(join(tmpdir(), 'wirestory-cache-')), 'file');
    writeFileSync(blocker, 'not a folder');
    const unwritable = await runCli([seed], { env: { WIRESTORY_CACHE_DIR: join(blocker, 'cache') } });
    expect([unwritable.code, unwritable.stderr, unwritable.stdout]).toEqual([0, '', expected.stdout]);

    const cache = mkdtempSync(join(tmpdir(), 'wirestory-cache-'));
    await runCli([seed], { env: { WIRESTORY_CACHE_DIR: cache } });
    for (const name of readdirSync(cache)) writeFileSync(join(cache, name), 'garbage, not a V8 code cache');
    const garbage = await runCli([seed], { env: { WIRESTORY_CACHE_DIR: cache } });
    expect([garbage.code, garbage.stderr, garbage.stdout]).toEqual([0, '', expected.stdout]);
  });

  // procfs answers ENOENT to every mkdir, on which Node's recursive mkdir retries for ever: the
  // command printed its article and then spun the CPU until killed.
  it.skipIf(!existsSync('/proc/self'))('exits when the cache folder cannot be made under /proc, with the article printed', async () => {
    const expected = await runCli([seed, '--debug']);
    const proc = await runCli([seed], { env: { WIRESTORY_CACHE_DIR: '/proc/wirestory-none/cache' }, killAfterMs: 20_000 });
    expect([proc.signal, proc.code, proc.stderr, proc.stdout]).toEqual([null, 0, '', expected.stdout]);
  });
});

/**
 * What commander hands `convert`'s action for `wirestory convert …argv` (the global `--no-color`
 * merged as the action merges it), or 'usage error' when it refuses the line.
 */
function commanderReads(argv: readonly string[]): unknown {
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const program = createProgram({ io: { ...processIo(), stdout: discard, stderr: discard }, setExit: () => undefined, debug: () => false });
  let read: unknown = 'no action';
  program.commands
    .find((command) => command.name() === 'convert')!
    .action((inputs: string[], flags: object) => {
      read = { inputs, flags: { ...flags, color: program.opts<{ color: boolean }>().color } };
    });
  try {
    program.parse(['convert', ...argv], { from: 'user' });
  } catch {
    return 'usage error';
  }
  return read;
}

describe('convertArgs (the lean start of convert)', () => {
  it('reads plain convert command lines as commander does', () => {
    const lines = [
      ['stories'],
      ['stories', '--out', 'articles'],
      ['a.txt', 'b', '-o', 'out', '-f', 'md', '-j', '3', '-q'],
      ['stories', '--format', 'ndjson', '--out', '-'],
      ['--out', 'o', 'a', '--ext', 'md,TXT', '--exclude', 'drafts', '--exclude', 'old/**', '--hidden', '--skip-unchanged', '--compact', '--verbose', '--no-progress', '--keep-boilerplate'],
      ['a', '--out', 'o', '--tz', 'Europe/Moscow', '--date-order', 'mdy', '--reference-date', '2020-01-01', '--lang', 'de', '--max-bytes', '1M', '--no-color', '--quiet'],
      ['a', '--jobs', 'many', '--out', 'o'],
      ['help', 'parse', 'convert', '--out', 'o'],
    ];
    for (const argv of lines) {
      const lean = convertArgs(argv);
      expect(lean).not.toBeNull();
      expect([argv, lean]).toEqual([argv, commanderReads(argv)]);
    }
  });

  it('declines everything else, so the full command line answers it', () => {
    const declined = [
      [],
      ['--out', 'o'],
      ['a', '--out=o'],
      ['a', '-qj2'],
      ['a', '--', 'b'],
      ['a', '-o'],
      ['a', '--out', 'o', '--out', 'p'],
      ['a', '-q', '--quiet'],
      ['a', '--format', 'pdf'],
      ['a', '--date-order', 'ymd'],
      ['a', '--jobs', '-1'],
      ['a', '--out', '--no-color'],
      ['a', '--exclude'],
      ['a', '--help'],
      ['a', '-h'],
      ['a', '-V'],
      ['a', '--debug'],
      ['a', '--no-color', '--no-color'],
      ['-', '--out', 'o'],
      ['a', '--out', 'o', '--frobnicate'],
    ];
    for (const argv of declined) expect([argv, convertArgs(argv)]).toEqual([argv, null]);
  });
});

describe('bin/wirestory.js on convert\'s lean start', () => {
  /** Every file under `dir`, by relative name, as bytes. */
  const tree = (dir: string): Record<string, string> => {
    const files: Record<string, string> = {};
    const walk = (at: string) => {
      for (const entry of readdirSync(at, { withFileTypes: true })) {
        const path = join(at, entry.name);
        if (entry.isDirectory()) walk(path);
        else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
      }
    };
    if (existsSync(dir)) walk(dir);
    return files;
  };
  // The summary line's elapsed time and rates differ from run to run.
  const untimed = (stderr: string) => stderr.replace(/ in \d+(?:\.\d+)?m?s \([^)]*\)/g, ' in TIME');
  const lines = [
    ['fixtures/seed', 'fixtures/layouts', '--out', 'OUT', '-q'],
    ['fixtures/horne', '--out', 'OUT', '--format', 'md', '--verbose', '--no-progress', '--jobs', '2'],
    ['fixtures/seed', 'fixtures/stamps', '--format', 'ndjson', '--out', '-', '--tz', 'Europe/Moscow', '--compact'],
    ['fixtures/seed', 'fixtures/no-such-folder', 'fixtures/seed/*.md', '--out', 'OUT'],
    ['fixtures/seed'],
    ['fixtures/seed', '--out', 'OUT', '--jobs', '0'],
    ['fixtures/seed', '--out', 'OUT', '--ext', '.zzz'],
    ['fixtures/seed', '--out', 'OUT', '--lang', 'xx'],
  ];
  for (const line of lines) {
    it(`answers \`convert ${line.join(' ')}\` byte for byte as the full command line, files included`, async () => {
      const work = mkdtempSync(join(tmpdir(), 'wirestory-convert-lean-'));
      const out = join(work, 'out');
      const argv = ['convert', ...line.map((arg) => (arg === 'OUT' ? out : arg))];
      const run = async (extra: string[]) => {
        rmSync(out, { recursive: true, force: true });
        const cache = mkdtempSync(join(work, 'cache-'));
        const result = await runCli([...argv, ...extra], { env: { WIRESTORY_CACHE_DIR: cache } });
        const parts = readdirSync(cache).map((name) => name.replace(/-\d.*$/, ''));
        return { code: result.code, stderr: untimed(result.stderr), stdout: result.stdout, files: tree(out), lean: parts.includes('fast-convert') };
      };
      const full = await run(['--debug']);
      const lean = await run([]);
      expect(lean).toEqual({ ...full, lean: true });
      expect(full.lean).toBe(false);
    });
  }
});
