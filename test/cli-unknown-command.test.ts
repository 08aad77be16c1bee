/** A mistyped command word is a usage error with a suggestion, not a missing story file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { suggestCommand } from '../src/cli/unknown-command.js';

const COMMANDS = ['parse', 'convert', 'stream', 'validate', 'schema'];

describe('unknown command', () => {
  it('`conver x` exits 2 naming the word and suggesting convert, nothing on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['conver', 'x']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^wirestory: unknown command 'conver' \(did you mean convert\?\)\n/);
    // The hidden `complete` (what completion scripts call) is not offered.
    expect(stderr).toMatch(/\n {2}commands: parse, convert, stream, validate, explain, schema, completion \(see `wirestory --help`\)\n$/);
  });

  it('`convrt fixtures --out x` is read as a command typo, not as an unknown option', async () => {
    const { code, stderr } = await runCli(['convrt', 'fixtures', '--out', 'x']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown command 'convrt' (did you mean convert?)");
    expect(stderr).not.toContain("unknown option");
  });

  it('global flags before the word are skipped', async () => {
    const { code, stderr } = await runCli(['--debug', 'valdate']);
    expect(code).toBe(2);
    expect(stderr).toContain('did you mean validate?');
  });

  it('`help nosuch` exits 2 with a message instead of the full help; `help convert` still helps', async () => {
    const bad = await runCli(['help', 'nosuch']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^wirestory: help: unknown command 'nosuch'\n/);
    const good = await runCli(['help', 'convert']);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('Usage: wirestory convert');
  });

  it('a file-like name that does not exist is still a missing file (exit 1)', async () => {
    const { code, stderr } = await runCli(['nosuch.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe('wirestory: nosuch.txt: no such file\n');
  });

  it('an existing file whose name looks like a command word is parsed as a story', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirestory-cmd-'));
    writeFileSync(join(dir, 'story'), 'A title\n\nA body paragraph that is long enough to be body text.\n');
    const { code, stdout } = await runCli(['story'], { cwd: dir });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).title).toBe('A title');
  });
});

describe('suggestCommand', () => {
  it.each([
    ['conver', 'convert'],
    ['CONVERT', 'convert'],
    ['valdiate', 'validate'],
    ['shema', 'schema'],
    ['strem', 'stream'],
    ['pars', 'parse'],
    ['val', 'validate'],
  ])('%s → %s', (word, expected) => {
    expect(suggestCommand(word, COMMANDS)).toBe(expected);
  });

  it.each(['foo', 'xyz', 'story'])('%s has no suggestion', (word) => {
    expect(suggestCommand(word, COMMANDS)).toBeUndefined();
  });
});
