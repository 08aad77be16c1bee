/**
 * test/bench/stages.mjs bundles the library into a temporary folder for its profile: outside
 * the repository (it used to be node_modules/.stages-*, left behind by every Ctrl-C and refused by
 * a read-only install), and removed whether the script ends, is interrupted or is stopped.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

const leftInRepository = () => readdirSync(join(repoRoot, 'node_modules')).filter((name) => name.startsWith('.stages-'));

describe('test/bench/stages.mjs', () => {
  it('profiles from a bundle in TMPDIR and removes it at the end', () => {
    const temp = mkdtempSync(join(tmpdir(), 'wirestory-stages-test-'));
    const before = leftInRepository();
    const result = spawnSync(process.execPath, ['test/bench/stages.mjs', '--passes', '1', '--folders', 'seed,layouts', '--top', '3'], {
      cwd: repoRoot,
      env: { ...process.env, TMPDIR: temp },
      encoding: 'utf8',
    });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^\d+ stories, [\d.]+ MB a pass, 1 passes/);
    expect(result.stdout).toContain('self time by stage');
    expect(readdirSync(temp)).toEqual([]);
    expect(leftInRepository()).toEqual(before);
  });

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`removes its bundle when stopped by ${signal} mid-profile (exit ${code})`, async () => {
      const temp = mkdtempSync(join(tmpdir(), 'wirestory-stages-test-'));
      const child = spawn(process.execPath, ['test/bench/stages.mjs', '--passes', '100000', '--folders', 'seed'], {
        cwd: repoRoot,
        env: { ...process.env, TMPDIR: temp },
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
      // Wait for the bundle, then for it to be running (a second on this machine is plenty).
      const deadline = Date.now() + 60_000;
      const bundle = () => readdirSync(temp).map((name) => join(temp, name, 'index.mjs')).find((file) => existsSync(file));
      while (bundle() === undefined && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(bundle()).toBeDefined();
      // franc-min and entities, loaded on demand, resolve from the repository's node_modules.
      expect(realpathSync(join(dirname(bundle()!), 'node_modules'))).toBe(realpathSync(join(repoRoot, 'node_modules')));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(readdirSync(temp)).toEqual([]);
    });
  }
});
