/**
 * `--reporter github`: GitHub Actions workflow commands, so failures show up as annotations on
 * the pull request at the fixture line they concern:
 * `::error file=fixtures/a.txt,line=3,title=golden-mismatch::title: expected "A" got "B"`.
 * Notes (a missing golden outside CI) are `::notice`. A plain tally line ends the output.
 *
 * GitHub shows a limited number of annotations per step (10 errors at the time of writing);
 * the rest stay in the log, so {@link ReporterOptions.maxProblems} per fixture are emitted.
 */
import { printable } from '../../render/printable.js';
import type { Problem } from '../types.js';
import { tallyLine } from './human.js';
import type { ReportInput, ReporterOptions } from './types.js';

/** Message escaping of workflow commands (as @actions/core does). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property escaping: also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(
  command: 'error' | 'warning' | 'notice',
  properties: Record<string, string | number | null>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props === '' ? '' : ` ${props}`}::${escapeData(message)}`;
}

export function githubReport(input: ReportInput, options: ReporterOptions = {}): string {
  const level = options.level ?? 'normal';
  const max = level === 'verbose' ? Infinity : (options.maxProblems ?? 10);
  const lines: string[] = [];
  for (const result of input.results) {
    // Names as every reporter shows them (control characters escaped, src/render/printable.ts),
    // then escaped for the workflow-command syntax.
    const file = printable(result.file);
    const golden = printable(result.golden);
    const problems = level === 'quiet' ? result.problems.filter((problem) => problem.severity === 'failure') : result.problems;
    const annotate = (problem: Problem) =>
      workflowCommand(
        problem.severity === 'failure' ? 'error' : 'notice',
        { file, line: problem.line, title: problem.rule },
        problem.message,
      );
    lines.push(...problems.slice(0, max).map(annotate));
    if (problems.length > max) {
      lines.push(
        workflowCommand('error', { file, line: null, title: 'wirestory validate' }, `… and ${problems.length - max} more problems`),
      );
    }
    if (level !== 'quiet' && (result.goldenStatus === 'created' || result.goldenStatus === 'updated')) {
      lines.push(workflowCommand('notice', { file: golden, line: null, title: `golden ${result.goldenStatus}` }, `golden ${result.goldenStatus}: ${golden}`));
    }
  }
  if (level !== 'quiet') lines.push(tallyLine(input).trimEnd());
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
