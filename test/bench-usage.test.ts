/**
 * The bench scripts people run by hand answer `--help` with their usage and a bad command line
 * with one line and the usage (exit 2), not a stack trace. Nothing is measured here: each stops
 * before its work starts. stamps.mjs imports the TypeScript sources, so it runs under tsx, as
 * `npm run bench:stamps` runs it.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [...(script === 'stamps.mjs' ? ['--import', 'tsx'] : []), `test/bench/${script}`, ...args], { cwd: repoRoot, encoding: 'utf8' });

const SCRIPTS = ['ab.mjs', 'convert.mjs', 'bench.mjs', 'extract.mjs', 'extract-lines.mjs', 'header-pages.mjs', 'memory.mjs', 'stages.mjs', 'stamps.mjs', 'validate.mjs'];

describe.each(SCRIPTS)('test/bench/%s', (script) => {
  it('prints its usage on --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const result = run(script, [flag]);
      expect(result.status).toBe(0);
      expect(result.stdout.startsWith(`usage: node test/bench/${script} `)).toBe(true);
      expect(result.stderr).toBe('');
    }
  });

  it('answers an unknown option with one line and the usage, exit 2', () => {
    const result = run(script, ['--no-such-option']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Unknown option '--no-such-option'.*\n\nusage: node test\/bench\//);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

it('ab.mjs without two builds says so, with its usage', () => {
  const result = run('ab.mjs', ['dist']);
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/^ab\.mjs takes two dist\/ folders, got 1\n\nusage: /);
});
