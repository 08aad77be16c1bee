/** Which inputs convert and validate take: --ext, --exclude, runs that match nothing, -o. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/cli.js';

const seed = join(repoRoot, 'fixtures/seed/pompeo-lavrov-sochi.txt');

/** stories/A.TXT, stories/b.text, stories/drafts/c.txt, stories/notes.md, empty/ */
function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wirestory-inputs-'));
  mkdirSync(join(dir, 'stories/drafts'), { recursive: true });
  mkdirSync(join(dir, 'empty'));
  copyFileSync(seed, join(dir, 'stories/A.TXT'));
  copyFileSync(seed, join(dir, 'stories/b.text'));
  copyFileSync(seed, join(dir, 'stories/drafts/c.txt'));
  writeFileSync(join(dir, 'stories/notes.md'), '# notes\n');
  return dir;
}

describe('convert: what is taken', () => {
  it('an empty folder is exit 2 with a message, and no summary with a rate', async () => {
    const cwd = tree();
    const { code, stderr } = await runCli(['convert', 'empty', '--out', 'out'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('wirestory: nothing to convert in `empty`: no file ending in .txt or .text\n');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('a glob that matches nothing is exit 2, one line, and --out is not left behind', async () => {
    const cwd = tree();
    const { code, stderr } = await runCli(['convert', 'stories/**/*.sgm', '--out', 'out/deeper'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('wirestory: nothing to convert: no files match `stories/**/*.sgm`\n');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('an empty folder and an unmatched glob: one line naming both; an --out that existed stays', async () => {
    const cwd = tree();
    mkdirSync(join(cwd, 'out'));
    const { code, stderr } = await runCli(['convert', 'empty', 'nope/*.txt', '--out', 'out'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('wirestory: nothing to convert in `empty`: no file ending in .txt or .text; no files match `nope/*.txt`\n');
    expect(existsSync(join(cwd, 'out'))).toBe(true);
  });

  it('--format ndjson finding nothing: no file put in place (an old one stays as it was), no folder made', async () => {
    const cwd = tree();
    mkdirSync(join(cwd, 'kept'));
    writeFileSync(join(cwd, 'kept/all.ndjson'), 'old\n');
    const kept = await runCli(['convert', 'empty', '--format', 'ndjson', '--out', 'kept/all.ndjson'], { cwd });
    expect(kept.code).toBe(2);
    expect(readFileSync(join(cwd, 'kept/all.ndjson'), 'utf8')).toBe('old\n');
    expect(readdirSync(join(cwd, 'kept'))).toEqual(['all.ndjson']);
    const fresh = await runCli(['convert', 'nope/*.txt', '--format', 'ndjson', '--out', 'new/all.ndjson'], { cwd });
    expect(fresh.code).toBe(2);
    expect(existsSync(join(cwd, 'new'))).toBe(false);
  });

  it('an unmatched glob beside inputs that convert is named once, in input order, and the run goes on', async () => {
    const cwd = tree();
    const { code, stderr } = await runCli(['convert', 'nope/*.txt', 'stories/A.TXT', '--out', 'out'], { cwd });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^wirestory: nope\/\*\.txt: no files match this pattern\nwirestory: 1 converted, /);
  });

  it('files of other extensions are counted in the summary, and --ext is case-insensitive', async () => {
    const cwd = tree();
    const { code, stderr } = await runCli(['convert', 'stories', '--out', 'out'], { cwd });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^wirestory: 3 converted, 0 failed, .* 1 not matching --ext in /);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['A.json', 'b.json', 'drafts']);
  });

  it('only other extensions: the message says so and how to change it', async () => {
    const cwd = tree();
    const { code, stderr } = await runCli(['convert', 'stories', '--out', 'out', '--ext', '.sgm'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('wirestory: nothing to convert in `stories`: no file ending in .sgm (4 with other extensions: change with --ext)\n');
  });

  it('--exclude (repeatable) leaves out folders by name and files by path, and counts them', async () => {
    const cwd = tree();
    const { code, stderr } = await runCli(['convert', 'stories', '--out', 'out', '--exclude', 'drafts', '--exclude', 'stories/b.text'], { cwd });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^wirestory: 1 converted, .* 1 not matching --ext, 2 excluded in /);
    expect(readdirSync(join(cwd, 'out'))).toEqual(['A.json']);
  });

  it('--exclude applies to glob matches too', async () => {
    const cwd = tree();
    const { code, stderr } = await runCli(['convert', 'stories/**', '--out', 'out', '--exclude', 'drafts'], { cwd });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^wirestory: 2 converted, .* 1 not matching --ext, 1 excluded in /);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['A.json', 'b.json']);
  });

  it('no rate in the summary when nothing was converted', async () => {
    const cwd = tree();
    writeFileSync(join(cwd, 'empty/blank.txt'), '');
    const { code, stderr } = await runCli(['convert', 'empty', '--out', 'out'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toMatch(/wirestory: 0 converted, 1 failed, 0 warnings, 0 skipped \(up to date\) in [\d.]+s\n$/);
  });

  it('--format ndjson --out dir/ (trailing slash) is a folder: exit 2, nothing written', async () => {
    const cwd = tree();
    const { code, stderr } = await runCli(['convert', 'stories', '-f', 'ndjson', '--out', 'dir/'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('--out dir/ ends with a slash, so it names a folder');
    expect(existsSync(join(cwd, 'dir'))).toBe(false);
  });
});

describe('validate: the same flags', () => {
  it('takes A.TXT and b.text by default, as convert does; --exclude leaves out a folder', async () => {
    const cwd = tree();
    const all = await runCli(['validate', 'stories', '--reporter', 'json'], { cwd });
    const files = (JSON.parse(all.stdout) as { fixtures: { file: string }[] }).fixtures.map((f) => f.file);
    expect(files).toEqual(['stories/A.TXT', 'stories/b.text', 'stories/drafts/c.txt']);
    const some = await runCli(['validate', 'stories', '--reporter', 'json', '--exclude', 'drafts'], { cwd });
    expect((JSON.parse(some.stdout) as { fixtures: { file: string }[] }).fixtures.map((f) => f.file)).toEqual(['stories/A.TXT', 'stories/b.text']);
  });

  it('-o and --out write the report to a file, as in convert (--output still works)', async () => {
    const cwd = tree();
    for (const flag of ['-o', '--out', '--output']) {
      const { code, stdout } = await runCli(['validate', 'stories', '--reporter', 'json', flag, 'report.json'], { cwd });
      expect(code).not.toBe(2);
      expect(stdout).toBe('');
      expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')).fixtures).toHaveLength(3);
    }
  });

  it('everything excluded: exit 2 saying so', async () => {
    const cwd = tree();
    const { code, stderr } = await runCli(['validate', 'stories/drafts', '--exclude', '*.txt'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('no fixtures found in `stories/drafts`');
    expect(stderr).toContain('left out by --exclude');
  });
});
