// The corpus fixtures agree with their truth.json files, and they are exactly what
// test/tools/make-fixtures.mjs builds from ../shared/corpus/ (so they cannot drift from the
// corpus). Parser accuracy against these truth files is tested elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixturesDir = join(root, 'fixtures');
const script = join(root, 'test', 'tools', 'make-fixtures.mjs');
const corpusDir = process.env.WIRESTORY_CORPUS || join(root, '..', 'shared', 'corpus');

/** Every folder the script owns, with the number of stories it must hold. */
const FOLDERS = {
  seed: 1,
  bbc: 40,
  reuters: 460,
  'reuters-unproc': 3,
  horne: 32,
  fakebr: 16,
} as const;
type Folder = keyof typeof FOLDERS;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const stories = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.txt')).sort(byCodeUnit);
const readTruth = (folder: Folder) => JSON.parse(readFileSync(join(fixturesDir, folder, 'truth.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const story = (folder: Folder, name: string) => readFileSync(join(fixturesDir, folder, name));

describe.each(Object.entries(FOLDERS) as [Folder, number][])('fixtures/%s', (folder, count) => {
  it(`holds ${count} stories`, () => {
    expect(stories(join(fixturesDir, folder))).toHaveLength(count);
  });

  it('has one truth entry per story file and no other', () => {
    expect(Object.keys(readTruth(folder))).toEqual(stories(join(fixturesDir, folder)));
  });

  it('keeps truth.json in canonical form (sorted keys, 2-space JSON, final newline)', () => {
    const text = readFileSync(join(fixturesDir, folder, 'truth.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});

describe('truth agrees with the fixture text', () => {
  it('seed: the title is line 1', () => {
    for (const [name, truth] of Object.entries(readTruth('seed'))) {
      expect(story('seed', name).toString('utf8').split('\n')[0]).toBe(truth.title);
    }
  });

  it('bbc: the title is line 1, every body paragraph is in the text', () => {
    for (const [name, truth] of Object.entries(readTruth('bbc'))) {
      // The one Windows-1252 file (sport-199) only holds 0xA3, which Latin-1 decodes the same way.
      const text = story('bbc', name).toString(truth.encoding === 'windows-1252' ? 'latin1' : 'utf8');
      expect(text.split('\n')[0]!.trim(), name).toBe(truth.title);
      expect(truth.timestamp, name).toBeNull();
      const body = truth.body as string[];
      expect(body.length, name).toBeGreaterThan(0);
      // Two files print `&#233;`; the truth holds the é a reader sees.
      const collapsed = text.replace(/\s+/g, ' ').replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
      for (const paragraph of body) expect(collapsed.includes(paragraph), `${name}: ${paragraph.slice(0, 40)}`).toBe(true);
    }
  });

  it('reuters: line 1 is the title, line 2 the DATE, the dateline opens the story', () => {
    for (const [name, truth] of Object.entries(readTruth('reuters'))) {
      const text = story('reuters', name).toString('utf8');
      expect(text.endsWith('\n') && !text.includes('\r'), name).toBe(true);
      const lines = text.split('\n');
      expect(lines[0], name).toBe(truth.title);
      expect(lines[1], name).toBe(truth.dateText);
      expect(truth.isoSeconds, name).toMatch(/^1987-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      const datelineLine = truth.byline === null ? lines[2]! : lines[3]!;
      if (truth.byline !== null) expect(lines[2]!.trim(), name).toBe(`By ${truth.byline}`);
      expect(datelineLine.replace(/\s+/g, ' ').trim().startsWith(truth.dateline as string), name).toBe(true);
      expect((truth.paragraphs as string[])[0]!.startsWith(`${truth.dateline} `), name).toBe(true);
      expect((truth.dateline as string).startsWith(truth.datelinePlace as string), name).toBe(true);
      expect((truth.paragraphs as string[]).some((p) => /^reuter$/i.test(p)), name).toBe(false);
    }
  });

  it('reuters-unproc: each text starts with its hand-checked title', () => {
    for (const [name, truth] of Object.entries(readTruth('reuters-unproc'))) {
      const text = story('reuters-unproc', name).toString('utf8');
      expect(text.startsWith(truth.title as string), name).toBe(true);
      expect(text.includes(truth.datelinePlace as string), name).toBe(true);
    }
  });

  it('horne: title, CRLF CRLF, body; the encoding is what the bytes say', () => {
    for (const [name, truth] of Object.entries(readTruth('horne'))) {
      const bytes = story('horne', name);
      const split = bytes.indexOf('\r\n\r\n');
      expect(split, name).toBeGreaterThan(0);
      const ascii = bytes.every((b) => b < 0x80);
      expect(truth.encoding, name).toBe(ascii ? 'ascii' : 'windows-1252');
      const titleBytes = bytes.subarray(0, split);
      if (titleBytes.every((b) => b < 0x80)) expect(titleBytes.toString('ascii').trim(), name).toBe(truth.title);
      const body = bytes.subarray(split + 4).toString('latin1');
      expect(body.split('\r\n\r\n').filter((block) => block.trim() !== '').length, name).toBe(truth.paragraphCount);
    }
  });

  it('fakebr: bom, kind and title match the bytes', () => {
    for (const [name, truth] of Object.entries(readTruth('fakebr'))) {
      const bytes = story('fakebr', name);
      expect(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, name).toBe(truth.bom);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(truth.kind, name).toBe(/[\r\n]/.test(text) ? 'multiline' : 'flattened');
      if (truth.title !== null) expect(text.split(/\r?\n/)[0]!.trim(), name).toBe(truth.title);
      if (truth.kind === 'flattened') expect(truth.title, name).toBeNull();
      expect(truth.url, name).toMatch(/^https?:\/\//);
      expect(typeof truth.date === 'string' && truth.date !== '', name).toBe(true);
    }
  });
});

describe('make-fixtures.mjs', () => {
  const out = mkdtempSync(join(tmpdir(), 'wirestory-fixtures-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const run = () => {
    const result = spawnSync(process.execPath, [script], {
      env: { ...process.env, WIRESTORY_CORPUS: corpusDir, WIRESTORY_OUT: out },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  };

  const expectSameAsCommitted = () => {
    for (const folder of Object.keys(FOLDERS)) {
      // Goldens and validate settings are not the script's to make (see isKept in the script).
      const committed = readdirSync(join(fixturesDir, folder))
        .filter((name) => !/\.expected\.(json|md)$/.test(name) && name !== '.wirestory-validate.json')
        .sort(byCodeUnit);
      expect(readdirSync(join(out, folder)).sort(byCodeUnit), folder).toEqual(committed);
      for (const name of committed) {
        const fresh = readFileSync(join(out, folder, name));
        expect(fresh.equals(readFileSync(join(fixturesDir, folder, name))), `${folder}/${name} differs from a fresh build`).toBe(true);
      }
    }
  };

  it.skipIf(!existsSync(corpusDir))('rebuilds byte-identical fixtures from the corpus, twice over', () => {
    run();
    expectSameAsCommitted();
    run(); // idempotent: a second build over the first changes nothing
    expectSameAsCommitted();
  }, 60_000);
});
