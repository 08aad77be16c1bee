// Interrupting `wirestory convert` (the real built command): SIGINT / SIGTERM once outputs start
// appearing. The run stops taking files, finishes the ones in flight, prints the summary and
// exits 130 / 143; no temporary is left, and every output there is is complete and correct.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './helpers/files.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/parse.js';
import { toJson } from '../src/render/json.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'wirestory.js');
const FILES = 4000;

let work: string;
let input: string;

function story(i: number): string {
  const body = Array.from({ length: 6 }, (_, k) => `Paragraph ${k} of story ${i}: officials said on the day that talks would go on into the week.`);
  return `Talks go on for story ${i}\n\nMay ${1 + (i % 28)}, 2019 4:${String(i % 60).padStart(2, '0')} PM\n\nMOSCOW (Reuters) - ${body.join('\n\n')}\n`;
}


/** Starts a conversion; resolves once its first output exists (or it ended). */
function start(args: string[], firstOutput: () => boolean) {
  const child: ChildProcess = spawn(process.execPath, [bin, ...args], { cwd: work, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  let ended = false;
  void done.then(() => (ended = true));
  const ready = new Promise<void>((resolve) => {
    const poll = () => (ended || firstOutput() ? resolve() : setTimeout(poll, 5));
    poll();
  });
  return { child, done, ready };
}

function anyOutput(dir: string): () => boolean {
  return () => {
    try {
      return readdirSync(join(dir, 'd00')).some((name) => name.endsWith('.json'));
    } catch {
      return false;
    }
  };
}

/** Every output is complete and exactly the article of its input; no temporaries anywhere. */
function checkOutputs(out: string): number {
  const files = listFiles(out);
  expect(files.filter((name) => name.endsWith('tmp') || name.split('/').pop()!.startsWith('.'))).toEqual([]);
  for (const file of files) {
    const rel = file.replace(/\.json$/, '.txt');
    const parsed = parseArticle(readFileSync(join(input, rel)), { fileName: rel });
    if (!parsed.ok) throw new Error(`${rel} did not parse`);
    expect(readFileSync(join(out, file), 'utf8'), file).toBe(toJson(parsed.article));
  }
  return files.length;
}

beforeAll(() => {
  expect(existsSync(join(root, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build`').toBe(true);
  work = mkdtempSync(join(tmpdir(), 'wirestory-interrupt-'));
  input = join(work, 'in');
  for (let i = 0; i < FILES; i++) {
    const dir = join(input, `d${String(Math.floor(i / 500)).padStart(2, '0')}`);
    if (i % 500 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `s${String(i).padStart(5, '0')}.txt`), story(i));
  }
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('convert: interrupted', () => {
  it('SIGINT: exits 130 with a summary, no temporaries, every output complete', async () => {
    const out = join(work, 'out-int');
    const run = start(['convert', 'in', '--out', 'out-int', '--jobs', '2'], anyOutput(out));
    await run.ready;
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code, result.stderr).toBe(130);
    const summary = /interrupted \(SIGINT\): ([\d,]+) converted, 0 failed, .* ([\d,]+) not started/.exec(result.stderr);
    expect(summary, result.stderr).not.toBeNull();
    const count = (text: string) => Number(text.replace(/,/g, ''));
    const written = checkOutputs(out);
    expect(written).toBe(count(summary![1]!));
    // Every input is either converted or counted as not started (not only those in flight).
    expect(count(summary![1]!) + count(summary![2]!)).toBe(FILES);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(FILES);
  });

  it('SIGTERM: exits 143, same guarantees', async () => {
    const out = join(work, 'out-term');
    const run = start(['convert', 'in', '--out', 'out-term'], anyOutput(out));
    await run.ready;
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code, result.stderr).toBe(143);
    expect(result.stderr).toMatch(/interrupted \(SIGTERM\)/);
    expect(checkOutputs(out)).toBeLessThan(FILES);
  });

  it('a second SIGINT stops at once, still without temporaries or partial files', async () => {
    const out = join(work, 'out-twice');
    const run = start(['convert', 'in', '--out', 'out-twice', '--format', 'md', '--jobs', '2'], () => {
      try {
        return readdirSync(join(out, 'd00')).some((name) => name.endsWith('.md'));
      } catch {
        return false;
      }
    });
    await run.ready;
    run.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 2));
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code, result.stderr).toBe(130);
    const files = listFiles(out);
    expect(files.filter((name) => name.split('/').pop()!.startsWith('.'))).toEqual([]);
    expect(files.length).toBeLessThan(FILES);
    for (const file of files) expect(readFileSync(join(out, file), 'utf8')).toMatch(/^---\n[\s\S]*\n$/);
  });

  it('interrupted before any input is taken: a glob that matched nothing is still named', async () => {
    // The glob comes first; the folder after it holds 1,000 sub-folders without stories before
    // the stories, so the walk is still looking for a first input for a while (the run holds
    // "no files match" back until an input is found, to make a run that finds nothing one
    // usage error). A signal that beats the start of the run ends the process at once, with
    // no summary: then it is tried again, a little later after --out appears each time. A
    // signal that comes after the first story was found proves nothing but cannot fail.
    const tree = join(work, 'slow');
    for (let i = 0; i < 1000; i++) {
      mkdirSync(join(tree, `a${String(i).padStart(4, '0')}`), { recursive: true });
      writeFileSync(join(tree, `a${String(i).padStart(4, '0')}`, 'notes.dat'), 'x');
    }
    mkdirSync(join(tree, 'z'));
    for (let i = 0; i < 50; i++) writeFileSync(join(tree, 'z', `s${i}.txt`), story(i));
    let summarized = 0;
    for (const delay of [0, 25, 50, 100, 200, 400, 800, 1600]) {
      const out = join(work, `out-nomatch-${delay}`);
      const run = start(['convert', 'nope/*.txt', 'slow', '--out', `out-nomatch-${delay}`, '--jobs', '1'], () => existsSync(out));
      await run.ready;
      await new Promise((resolve) => setTimeout(resolve, delay));
      run.child.kill('SIGINT');
      const result = await run.done;
      expect(result.code, result.stderr).toBe(130);
      if (!/interrupted \(SIGINT\)/.test(result.stderr)) continue;
      summarized++;
      expect(result.stderr).toMatch(/^wirestory: nope\/\*\.txt: no files match this pattern\n(.*\n)*wirestory: interrupted \(SIGINT\)/);
      checkOutputs(out);
      if (summarized === 2) break;
    }
    expect(summarized, 'no run was signalled after it had started').toBeGreaterThan(0);
  });

  it('NDJSON to a file: an interrupted run leaves no file and no temporary', async () => {
    const run = start(['convert', 'in', '--format', 'ndjson', '--out', 'stream/all.ndjson'], () => {
      try {
        return readdirSync(join(work, 'stream')).length > 0;
      } catch {
        return false;
      }
    });
    await run.ready;
    await new Promise((resolve) => setTimeout(resolve, 50));
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code, result.stderr).toBe(130);
    expect(readdirSync(join(work, 'stream'))).toEqual([]);
  });
});
