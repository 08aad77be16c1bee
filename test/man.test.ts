/**
 * The man page (dist/wirestory.1) is made at build time from the commander definitions, so it
 * lists every command and option the command line has; man renders it; npm installs it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/cli.js';

const page = join(repoRoot, 'dist/wirestory.1');

/** The page as `man` shows it, plain text. */
function rendered(): string {
  const out = spawnSync('man', ['-l', page], {
    encoding: 'utf8',
    env: { ...process.env, MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '400', LANG: 'C.UTF-8' },
  });
  expect(out.status, out.stderr).toBe(0);
  // Bold and underline are overstrikes (x\bx); hyphenation at line ends is off at this width.
  return out.stdout.replace(/.\u0008/g, '');
}

describe('man page', () => {
  it('has every command and every option of its help, and renders', async () => {
    const text = rendered();
    expect(text).toMatch(/^WIRESTORY\(1\)/m);
    for (const command of ['parse', 'convert', 'stream', 'validate', 'explain', 'schema', 'completion']) {
      const help = await runCli([command, '--help']);
      expect(text, command).toContain(`wirestory ${command} [options]`);
      const flags = [...help.stdout.matchAll(/^ {2}(-\S.*?)(?: {2,}|$)/gm)].map((match) => match[1]!.trim());
      expect(flags.length, command).toBeGreaterThan(0);
      for (const flag of flags) expect(text, `${command} ${flag}`).toContain(flag);
    }
    expect(text).toContain('EXIT STATUS');
  });

  it('is what npm installs as the man page, and the same whatever the time zone', async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { man: string[]; version: string };
    expect(pkg.man).toEqual(['./dist/wirestory.1']);
    const { manPageOf } = (await import(join(repoRoot, 'test/tools/man.mjs'))) as { manPageOf(dist: string, version: string): Promise<string> };
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        expect(await manPageOf(join(repoRoot, 'dist'), pkg.version), tz).toBe(readFileSync(page, 'utf8'));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
