/**
 * `wirestory explain`, run as the real built command: every input line comes back once, with
 * its text unchanged, labelled by what the article made of it; validate failures name the
 * explain command to run, and that command works.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'wirestory-explain-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const STORY = [
  'Markets rally as rates hold steady',
  '14.05.2019 16:24',
  'By Jane Doe',
  'Markets rally as rates hold steady',
  '',
  'LONDON (Reuters) - Stocks rose on Tuesday after the central bank kept rates unchanged, traders said.',
  '',
  'Analysts said the decision was widely expected by the market and by most economists.',
  '',
  '(Reporting by Jane Doe; Editing by John Smith)',
  '',
].join('\n');

/** `12  label  text` rows of a plain explanation (the file-name line and warnings left out). */
function rows(output: string): Array<{ line: number; label: string; text: string }> {
  return output
    .split('\n')
    .filter((row) => /^ *\d+(?: |$)/.test(row))
    .map((row) => {
      const match = /^ *(\d+)(?: {2}(.*?)(?: {2,}(.*))?)?$/.exec(row)!;
      return { line: Number(match[1]), label: match[2]?.trimEnd() ?? '', text: match[3] ?? '' };
    });
}

describe('wirestory explain', () => {
  it('labels every line with the field, paragraph or removal it became', async () => {
    const file = join(work, 'markets.txt');
    writeFileSync(file, STORY);
    const run = await runCli(['explain', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe(file);
    expect(rows(run.stdout).map((row) => [row.line, row.label])).toEqual([
      [1, 'title'],
      [2, 'stamp'],
      [3, 'byline'],
      [4, 'removed: duplicate headline'],
      [5, ''],
      [6, 'dateline, body paragraph 1'],
      [7, ''],
      [8, 'body paragraph 2'],
      [9, ''],
      [10, 'credit'],
    ]);
    // Plain on a pipe: no escape sequences.
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('gives every line of real fixtures back once, text unchanged, and a body label for every paragraph', async () => {
    for (const folder of ['reuters', 'horne', 'pages', 'bbc']) {
      const names = readdirSync(join(repoRoot, 'fixtures', folder))
        .filter((name) => name.endsWith('.txt'))
        .slice(0, 6);
      const files = names.map((name) => `fixtures/${folder}/${name}`);
      const run = await runCli(['explain', ...files]);
      expect(run.code, run.stderr).toBe(0);
      const blocks = run.stdout.split(/\n(?=fixtures\/)/);
      expect(blocks).toHaveLength(files.length);
      blocks.forEach((block, index) => {
        const file = files[index]!;
        const golden = JSON.parse(readFileSync(join(repoRoot, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as {
          provenance: { title: number | null; body: Array<[number, number]> };
          removed: Array<{ line: number; reason: string }>;
        };
        const input = readFileSync(join(repoRoot, file), 'latin1').split(/\r\n|\r|\n/);
        if (input.at(-1) === '') input.pop();
        const shown = rows(block);
        expect(shown.map((row) => row.line), file).toEqual(input.map((_, i) => i + 1));
        // The text column is the line as written (compared without its spacing, which the columns trim).
        shown.forEach((row, i) => {
          if (row.text !== '' && /^[\x20-\x7e]*$/.test(input[i]!)) expect(row.text.trim(), `${file}:${i + 1}`).toBe(input[i]!.trim());
        });
        golden.provenance.body.forEach(([first, last], paragraph) => {
          for (let line = first; line <= last; line++) {
            expect(shown[line - 1]!.label, `${file}:${line}`).toContain(`body paragraph ${paragraph + 1}`);
          }
        });
        if (golden.provenance.title !== null) expect(shown[golden.provenance.title - 1]!.label).toContain('title');
        for (const removed of golden.removed) expect(shown[removed.line - 1]!.label, `${file}:${removed.line}`).not.toBe('');
      });
    }
  });

  it('puts a warning under its line, and a story-wide note at the end', async () => {
    const file = join(work, 'long.txt');
    writeFileSync(file, `${'Very long headline words '.repeat(7).trim()}\n\nThe body of the story says something.\n`);
    const run = await runCli(['explain', file]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^1 {2}title {2,}Very long headline/);
    expect(lines[2]).toMatch(/^ {3}\^ 1 warning title is \d+ characters, longer than a headline should be .* title-long$/);
    expect(lines.at(-1)).toBe('info no timestamp found in the header lines  timestamp-missing');
  });

  it('reads stdin, colours only on request, and reports an unreadable file in one line while going on', async () => {
    const piped = await runCli(['explain'], { input: STORY });
    expect(piped.code).toBe(0);
    expect(piped.stdout.split('\n')[0]).toBe('<stdin>');
    const forced = await runCli(['explain', '-'], { input: STORY, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[36mtitle\u001b[39m');
    const off = await runCli(['explain', '-'], { input: STORY, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(off.stdout).toBe(piped.stdout);

    const file = join(work, 'ok.txt');
    writeFileSync(file, STORY);
    const mixed = await runCli(['explain', join(work, 'nope.txt'), file]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toBe(`wirestory: ${join(work, 'nope.txt')}: no such file\n`);
    expect(mixed.stdout.split('\n')[0]).toBe(file);
    const empty = await runCli(['explain', '-'], { input: '' });
    expect(empty).toMatchObject({ code: 1, stdout: '' });
    expect(empty.stderr).toMatch(/^wirestory: <stdin>: .*\n$/);
  });

  it('is what a failing validate points to, with the fixture’s own parse options', async () => {
    const folder = join(work, 'fixtures');
    mkdirSync(folder, { recursive: true });
    const story = join(folder, 'my story.txt');
    writeFileSync(story, STORY);
    writeFileSync(join(folder, '.wirestory-validate.json'), JSON.stringify({ tz: 'Europe/London' }));
    expect((await runCli(['validate', 'fixtures', '--update'], { cwd: work })).code).toBe(0);
    const golden = join(folder, 'my story.expected.json');
    writeFileSync(golden, readFileSync(golden, 'utf8').replace('"title": "Markets rally', '"title": "Markets slump'));
    const run = await runCli(['validate', 'fixtures'], { cwd: work });
    expect(run.code).toBe(1);
    const hint = /^See how each line of a failing fixture was read:\n {2}(.*)$/m.exec(run.stdout);
    expect(hint?.[1]).toBe("wirestory explain 'fixtures/my story.txt' --tz Europe/London");
    const json = await runCli(['validate', 'fixtures', '--reporter', 'json'], { cwd: work });
    expect(JSON.parse(json.stdout).fixtures[0].explain).toBe(hint![1]);
    // The hint, run as a shell would split it.
    const explained = await runCli(['explain', 'fixtures/my story.txt', '--tz', 'Europe/London'], { cwd: work });
    expect(explained.code).toBe(0);
    expect(rows(explained.stdout)[1]).toMatchObject({ label: 'stamp', text: '14.05.2019 16:24' });
    // Passing fixtures carry no hint.
    writeFileSync(golden, readFileSync(golden, 'utf8').replace('"title": "Markets slump', '"title": "Markets rally'));
    const passing = await runCli(['validate', 'fixtures', '--reporter', 'json'], { cwd: work });
    expect(JSON.parse(passing.stdout).fixtures[0].explain).toBeNull();
  });
});
