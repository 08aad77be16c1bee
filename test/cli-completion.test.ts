/**
 * `wirestory completion <shell>` and the `complete -- <words>` protocol its scripts call at
 * each Tab, run as the real built command: candidates come from the same commander
 * definitions the command line runs on, so a new command or choice is completed at once.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

/** Candidates (value only) and the directive of a `complete` answer. */
async function complete(...words: string[]): Promise<{ values: string[]; directive: string }> {
  const run = await runCli(['complete', '--', ...words]);
  expect(run.code, run.stderr).toBe(0);
  const lines = run.stdout.trimEnd().split('\n');
  const directive = lines.pop()!;
  return { values: lines.map((line) => line.split('\t')[0]!), directive };
}

describe('shell completion', () => {
  it('completes commands, options and option values from the command definitions', async () => {
    expect((await complete('con')).values).toEqual(['convert']);
    const commands = (await complete('')).values;
    for (const name of ['parse', 'convert', 'stream', 'validate', 'explain', 'schema', 'completion']) expect(commands).toContain(name);
    expect(commands).not.toContain('complete');
    expect((await complete('validate', '--rep')).values).toEqual(['--reporter']);
    expect((await complete('validate', '--reporter', '')).values).toEqual(['human', 'json', 'junit', 'github']);
    expect((await complete('convert', '--format', '')).values.sort()).toEqual(['json', 'md', 'ndjson']);
    expect((await complete('completion', '')).values).toEqual(['zsh', 'bash', 'fish', 'powershell']);
  });

  it('leaves file names to the shell where nothing else fits (directive 0, not "no files")', async () => {
    expect(await complete('explain', '')).toEqual({ values: [], directive: ':0' });
    expect((await complete('validate', '--reporter', '')).directive).toBe(':4');
  });

  it('prints a script for each shell that the shell reads without a syntax error', async () => {
    for (const shell of ['bash', 'zsh', 'fish', 'powershell']) {
      const run = await runCli(['completion', shell]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('wirestory complete');
    }
    const bash = await runCli(['completion', 'bash']);
    const check = spawnSync('bash', ['-n'], { input: bash.stdout, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(bash.stdout).toMatch(/^complete -F __wirestory_complete wirestory$/m);
    const bad = await runCli(['completion', 'tcsh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are bash, zsh, fish, powershell');
  });
});
