// The output writer's own rules, without the CLI around it: temporary names that always fit,
// folder creation that always ends, devices written through.
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_NEW_FOLDERS, makeFolders, temporaryPath, writeFileAtomicSync } from '../src/files/atomic-write.js';

const work = mkdtempSync(join(tmpdir(), 'wirestory-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('temporaryPath', () => {
  it('fits in 255 bytes for names up to 255 bytes, never splitting a character, and keeps the folder', () => {
    for (const name of ['a.json', `${'é'.repeat(120)}.json`, `${'x'.repeat(251)}.md`, `${'日'.repeat(83)}.json`]) {
      const temp = temporaryPath(join('/out/sub', name), 4194304);
      expect(Buffer.byteLength(basename(temp))).toBeLessThanOrEqual(255);
      expect(basename(temp)).not.toContain('\uFFFD');
      expect(temp.startsWith('/out/sub/.')).toBe(true);
      expect(temp.endsWith('.4194304.wirestory-tmp')).toBe(true);
    }
  });
});

describe('makeFolders', () => {
  it('ends where a parent refuses children (Node’s recursive mkdir loops forever under /proc)', () => {
    expect(() => makeFolders('/proc/self/wirestory-out/a/b')).toThrow();
  });

  it('creates missing levels one at a time, and refuses more than the bound', () => {
    makeFolders(join(work, 'a', 'b', 'c'));
    expect(lstatSync(join(work, 'a', 'b', 'c')).isDirectory()).toBe(true);
    const deep = join(work, ...Array.from({ length: MAX_NEW_FOLDERS + 2 }, () => 'd'));
    expect(() => makeFolders(deep)).toThrow(/more than 256 missing folders/);
    expect(readdirSync(work).sort()).toEqual(['a']);
  });
});

describe('writeFileAtomicSync', () => {
  it('writes a device through (/dev/null stays a device) and a file whole, leaving no temporary', () => {
    writeFileAtomicSync('/dev/null', 'x');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    const target = join(work, 'out', 'x.json');
    writeFileAtomicSync(target, 'one');
    writeFileAtomicSync(target, 'two');
    expect(readFileSync(target, 'utf8')).toBe('two');
    expect(readdirSync(join(work, 'out'))).toEqual(['x.json']);
  });

  it('refuses a folder in the way, leaving it', () => {
    writeFileSync(join(work, 'f.txt'), '');
    expect(() => writeFileAtomicSync(work, 'x')).toThrow(/folder of that name is in the way/);
  });
});
