/**
 * Dogfooding: the project's own fixtures are checked by its own command, as CI would run it
 * (`CI=true`: a missing golden fails). Regenerate goldens on purpose with
 * `node bin/wirestory.js validate fixtures/ --update` and review the diff before committing.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every *.txt under fixtures/ except goldens and hidden folders: what validate takes. */
function countFixtures(folder: string): number {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    if (entry.isDirectory()) count += countFixtures(join(folder, entry.name));
    else if (entry.name.endsWith('.txt') && !/\.expected\.[^.]+$/.test(entry.name)) count++;
  }
  return count;
}

it('wirestory validate fixtures/ passes under CI=true, checking every fixture', async () => {
  expect(existsSync(join(root, 'dist/cli.js')), 'run `npm run build` first (npm test does)').toBe(true);
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['bin/wirestory.js', 'validate', 'fixtures/', '--reporter', 'json'],
      { cwd: root, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 },
      (error, out, err) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out, stderr: err }),
    );
  });
  expect(stderr).toBe('');
  const report = JSON.parse(stdout) as {
    summary: { fixtures: number; failed: number };
    fixtures: Array<{ file: string; status: string; problems: Array<{ message: string }> }>;
  };
  const failures = report.fixtures
    .filter((fixture) => fixture.status === 'fail')
    .map((fixture) => `${fixture.file}: ${fixture.problems.map((problem) => problem.message).join('; ')}`);
  expect(failures.slice(0, 20), `${failures.length} fixtures fail (first 20 shown)`).toEqual([]);
  expect(code).toBe(0);
  expect(report.summary.fixtures).toBe(countFixtures(join(root, 'fixtures')));
});
