/**
 * The published package, as `npm pack` makes it and `npm install` installs it into a project
 * of its own: only run-time dependencies, no source maps, a LICENSE, and both `import` and
 * `require('wirestory')` working. `npm test` builds dist/ first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  files: string[];
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('package', () => {
  it('lists as dependencies exactly what the build leaves outside the bundle', () => {
    // The build's options (test/tools/build-options.mjs), and any a build of test/tools/build.mjs sets itself.
    const build = ['build-options.mjs', 'build.mjs'].map((file) => readFileSync(join(repoRoot, 'test/tools', file), 'utf8')).join('\n');
    const externals = [...build.matchAll(/external(?:: | = )\[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((q) => q[1]!));
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...new Set(externals)].sort());
  });

  it('says where the code, the docs and the issue tracker are, in the forms npm reads', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: expect.stringMatching(/^git\+https:\/\/github\.com\/[\w-]+\/wirestory\.git$/) });
    const base = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(pkg.homepage).toBe(`${base}#readme`);
    expect(pkg.bugs).toEqual({ url: `${base}/issues` });
  });

  it('packs, installs into a fresh project and loads by import, require and the bin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirestory-pack-'));
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: repoRoot, encoding: 'utf8' }),
    ) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((file) => file.path);
    expect(files).toContain('LICENSE');
    expect(files).toContain('dist/index.cjs');
    expect(files).toContain('dist/wirestory.1');
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('src/') || file.startsWith('test/'))).toEqual([]);

    const project = join(dir, 'project');
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), '{"name":"try-wirestory","private":true}\n');
    const install = spawnSync(
      npm,
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, packed[0]!.filename)],
      { cwd: project, encoding: 'utf8' },
    );
    expect(install.status, install.stderr).toBe(0);
    const installed = execFileSync(npm, ['ls', '--all', '--parseable'], { cwd: project, encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(1)
      .map((path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
      .sort();
    // entities and franc-min (loaded on demand) and their dependencies; nothing that is already in the bundle.
    expect(installed).toEqual(['collapse-white-space', 'entities', 'franc-min', 'n-gram', 'trigram-utils', 'wirestory']);

    const story = join(repoRoot, 'fixtures/seed/pompeo-lavrov-sochi.txt');
    // A Windows-1252 byte (0x93, a curly quote) takes the decoder's Windows-1252 path.
    const script = (load: string) =>
      `${load}\nconst fs = require('node:fs');\n` +
      `const a = w.parseArticle(fs.readFileSync(${JSON.stringify(story)}), {});\n` +
      `const b = w.parseArticle(Buffer.from('Title\\n\\nHe said \\x93yes\\x94 to the plan on Monday.\\n', 'latin1'), {});\n` +
      `console.log(JSON.stringify([a.article.title, b.article.source.encoding, b.article.body[0]]));`;
    const expected = JSON.stringify([
      'Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi',
      'windows-1252',
      'He said \u201cyes\u201d to the plan on Monday.',
    ]);
    writeFileSync(join(project, 'use.cjs'), script("const w = require('wirestory');"));
    expect(execFileSync(process.execPath, ['use.cjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe(expected);
    writeFileSync(join(project, 'use.mjs'), script("import * as w from 'wirestory';\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);"));
    expect(execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe(expected);
    const bin = spawnSync(join(project, 'node_modules/.bin/wirestory'), [story, '--compact'], { cwd: project, encoding: 'utf8' });
    expect(bin.status, bin.stderr).toBe(0);
    expect(JSON.parse(bin.stdout).title).toMatch(/^Pompeo says/);
  });
});
