// One input-size limit, --max-bytes (default 64M), in parse, convert, validate and stream
// (issue #9 item 6): `parse` must not read /dev/zero until memory runs out; an input over the
// limit is named with the reason and the rest of the batch goes on.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, runCli } from './helpers/cli.js';
import { reportMessages } from './helpers/report.js';
import { parseByteSize } from '../src/options.js';

const seed = readFileSync(new URL('../fixtures/seed/pompeo-lavrov-sochi.txt', import.meta.url));
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wirestory-max-bytes-'));
  mkdirSync(join(work, 'in'));
  writeFileSync(join(work, 'in', 'big.txt'), Buffer.concat([seed, Buffer.alloc(2048, 0x61)]));
  writeFileSync(join(work, 'in', 'small.txt'), seed.subarray(0, 1000));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs the command with stdin read from a file descriptor (here /dev/zero). */
function runWithStdin(args: string[], fd: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: [fd, 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('--max-bytes', () => {
  it('parse stops reading an endless stdin at the limit: one line, exit 1', async () => {
    const zero = openSync('/dev/zero', 'r');
    const result = await runWithStdin(['--max-bytes', '1M'], zero);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('wirestory: <stdin>: too large for a story (over 1.0 MiB; the limit set by --max-bytes is 1.0 MiB); not read\n');
  });

  it('parse stops at the default limit too (64 MiB of /dev/zero, not 7 GB)', async () => {
    const result = await runWithStdin([], openSync('/dev/zero', 'r'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the limit set by --max-bytes is 64.0 MiB');
  });

  it('parse names a file over the limit and still prints the others', async () => {
    const result = await runCli([join(work, 'in', 'big.txt'), join(work, 'in', 'small.txt'), '--max-bytes', '3k']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`wirestory: ${join(work, 'in', 'big.txt')}: too large for a story (4.6 KiB; the limit set by --max-bytes is 3.0 KiB); not read\n`);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => [record.id, record.ok])).toEqual([
      [join(work, 'in', 'big.txt'), false],
      [join(work, 'in', 'small.txt'), true],
    ]);
    expect(records[1].article.source.file).toBe(join(work, 'in', 'small.txt'));
  });

  it('a story of exactly the limit is read', async () => {
    const result = await runCli([join(work, 'in', 'small.txt'), '--max-bytes', '1000']);
    expect(result.code).toBe(0);
  });

  it('convert refuses the file over the limit (rule too-large) and converts the rest', async () => {
    const out = join(work, 'all.ndjson');
    const result = await runCli(['convert', join(work, 'in'), '--format', 'ndjson', '--out', out, '--max-bytes', '3k', '--jobs', '1']);
    expect(result.code).toBe(1);
    const records = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => [record.id, record.ok, record.error?.rule])).toEqual([
      ['big.txt', false, 'too-large'],
      ['small.txt', true, undefined],
    ]);
  });

  it('validate names the fixture over the limit and checks the rest', async () => {
    const result = await runCli(['validate', join(work, 'in'), '--max-bytes', '3k', '--require', 'title']);
    expect(result.code).toBe(1);
    expect(reportMessages(result.stdout).join('\n')).toContain('big.txt: error cannot read the fixture: too large for a story (4.6 KiB; the limit set by --max-bytes is 3.0 KiB); not read');
    expect(result.stdout).toContain('2 fixtures: 1 passed, 1 failed');
  });

  it.each([['parse'], ['convert'], ['validate'], ['stream']])('%s: a bad value is a usage error (exit 2)', async (command) => {
    const args = command === 'parse' ? [join(work, 'in', 'small.txt')] : command === 'stream' ? ['stream'] : [command, join(work, 'in'), '--out', join(work, 'o')];
    if (command === 'validate') args.splice(2);
    const result = await runCli([...args, '--max-bytes', 'lots'], { input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('wirestory: Bad --max-bytes `lots`, expected a size in bytes such as `67108864`, `512k` or `64M`\n');
  });

  it('reads sizes with binary units', () => {
    expect(parseByteSize('64M', 'x')).toBe(64 * 1024 * 1024);
    expect(parseByteSize('512k', 'x')).toBe(512 * 1024);
    expect(parseByteSize('1GiB', 'x')).toBe(1024 ** 3);
    expect(parseByteSize('1000', 'x')).toBe(1000);
    for (const bad of ['0', '-1', '1.5M', '1T', '', 'M']) expect(typeof parseByteSize(bad, 'x')).toBe('string');
  });
});
