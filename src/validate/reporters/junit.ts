/**
 * `--reporter junit`: JUnit XML, the format CI servers and test-report tools read (GitLab
 * `artifacts:reports:junit`, Jenkins, Azure Pipelines, dorny/test-reporter, …).
 *
 * One `<testsuite>` per fixture folder, one `<testcase>` per fixture (`name` is the fixture
 * path, `classname` its folder). A failing fixture has one `<failure>` (tools read only the
 * first): `message` is the first problem, the text lists them all. Notes go to `<system-out>`.
 */
import { attributes, element } from './xml.js';
import type { FixtureResult } from '../types.js';
import type { ReportInput } from './types.js';

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '.' : file.slice(0, slash) || '/';
}

export function junitReport(input: ReportInput): string {
  const suites = new Map<string, FixtureResult[]>();
  for (const result of input.results) {
    const folder = folderOf(result.file);
    const suite = suites.get(folder) ?? [];
    suite.push(result);
    suites.set(folder, suite);
  }
  const { summary } = input;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites${attributes({
      name: 'wirestory validate',
      tests: summary.fixtures,
      failures: summary.failed,
      errors: 0,
      skipped: 0,
      time: seconds(summary.durationMs),
    })}>`,
  );
  for (const [folder, results] of suites) {
    const time = results.reduce((sum, result) => sum + result.durationMs, 0);
    out.push(
      `  <testsuite${attributes({
        name: folder,
        tests: results.length,
        failures: results.filter((result) => result.status === 'fail').length,
        errors: 0,
        skipped: 0,
        time: seconds(time),
      })}>`,
    );
    for (const result of results) out.push(...testcase(result, folder));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

function testcase(result: FixtureResult, folder: string): string[] {
  const open = `    <testcase${attributes({ name: result.file, classname: folder, file: result.file, time: seconds(result.durationMs) })}`;
  const failures = result.problems.filter((problem) => problem.severity === 'failure');
  const notes = result.problems.filter((problem) => problem.severity === 'note');
  if (failures.length === 0 && notes.length === 0) return [`${open}/>`];
  const lines = [`${open}>`];
  if (failures.length > 0) {
    const first = failures[0]!;
    const message = failures.length === 1 ? first.message : `${first.message} (and ${failures.length - 1} more)`;
    const text = failures.map((problem) => `${result.file}${problem.line === null ? '' : `:${problem.line}`}: ${problem.message}`).join('\n');
    lines.push(`      ${element('failure', { message, type: first.rule }, text)}`);
  }
  if (notes.length > 0) {
    lines.push(`      ${element('system-out', {}, notes.map((problem) => `${result.file}: note: ${problem.message}`).join('\n'))}`);
  }
  lines.push('    </testcase>');
  return lines;
}
