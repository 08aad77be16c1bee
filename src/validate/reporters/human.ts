/**
 * `--reporter human` (default): one line per problem, `file[:line]: message`, so editors and
 * terminals make the place clickable and `grep file` finds it; passing fixtures stay quiet; a
 * final tally. Colour only when asked (the command decides: TTY, NO_COLOR, --no-color).
 */
import { Chalk } from 'chalk';
import { describeChange, plainStyle, UPDATE_WORDS, type DiffStyle } from '../describe.js';
import { printable } from '../../render/printable.js';
import type { Problem, Summary } from '../types.js';
import type { ReportInput, ReporterOptions } from './types.js';

export function humanReport(input: ReportInput, options: ReporterOptions = {}): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const style: DiffStyle = options.color
    ? {
        removed: (text) => chalk.red(`[-${text}-]`),
        added: (text) => chalk.green(`{+${text}+}`),
        expected: (text) => chalk.red(text),
        actual: (text) => chalk.green(text),
      }
    : plainStyle;
  const level = options.level ?? 'normal';
  const max = level === 'verbose' ? Infinity : (options.maxProblems ?? 10);
  const lines: string[] = [];

  for (const result of input.results) {
    // File names are shown with control characters escaped (a name holding a newline or an
    // escape sequence must not rewrite the terminal).
    const file = printable(result.file);
    const golden = printable(result.golden);
    const problems = level === 'quiet' ? result.problems.filter((problem) => problem.severity === 'failure') : result.problems;
    const shown = problems.slice(0, max);
    for (const problem of shown) {
      const place = problem.line === null ? file : `${file}:${problem.line}`;
      const label = problem.severity === 'note' ? `${chalk.yellow('note')}: ` : '';
      lines.push(`${chalk.bold(place)}: ${label}${message(problem, style)}`);
    }
    if (problems.length > max) {
      lines.push(`${chalk.bold(file)}: … and ${problems.length - max} more (--verbose or --reporter json lists all)`);
    }
    if (result.explain !== null) lines.push(`${chalk.bold(file)}: ${chalk.dim('see how each line was read:')} ${printable(result.explain)}`);
    if (level === 'verbose' && result.status === 'pass') lines.push(`${chalk.bold(file)}: ${chalk.green('pass')} ${chalk.dim(`(golden ${result.goldenStatus})`)}`);
    if (level === 'quiet') continue;
    if (result.goldenStatus === 'created') lines.push(`${chalk.bold(file)}: ${chalk.green('golden created')} ${golden}`);
    if (result.goldenStatus === 'updated') {
      const what = result.changes.length === 0 ? ' (same fields, bytes rewritten)' : '';
      lines.push(`${chalk.bold(file)}: ${chalk.cyan('golden updated')} ${golden}${what}`);
      for (const change of result.changes.slice(0, max)) lines.push(`  ${describeChange(change, style, UPDATE_WORDS)}`);
      if (result.changes.length > max) lines.push(`  … and ${result.changes.length - max} more changes`);
    }
  }
  if (level === 'quiet') return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  if (lines.length > 0) lines.push('');
  lines.push(tally(input, chalk));
  return `${lines.join('\n')}\n`;
}

function message(problem: Problem, style: DiffStyle): string {
  if (problem.rule === 'golden-mismatch' && problem.path !== null && style !== plainStyle) {
    return describeChange({ path: problem.path, expected: problem.expected, actual: problem.actual }, style);
  }
  return printable(problem.message);
}

type ChalkLike = InstanceType<typeof Chalk>;

function tally(input: ReportInput, chalk: ChalkLike): string {
  const { summary } = input;
  const noun = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const parts = [
    summary.passed > 0 ? chalk.green(`${summary.passed} passed`) : `${summary.passed} passed`,
    summary.failed > 0 ? chalk.red(`${summary.failed} failed`) : `${summary.failed} failed`,
  ];
  const head = `${noun(summary.fixtures, 'fixture')}: ${parts.join(', ')}`;
  const goldens = goldenTally(summary, input.update);
  const seconds = `(${(summary.durationMs / 1000).toFixed(2)} s)`;
  const lines = [`${head}; goldens: ${goldens} ${chalk.dim(seconds)}`];
  if (!input.update && summary.goldens.missing > 0 && input.requireGoldenReason === null) {
    lines.push(
      chalk.dim(
        `${noun(summary.goldens.missing, 'golden')} missing (a note here; a failure when CI is set or with --require-golden). Create with --update.`,
      ),
    );
  }
  return lines.join('\n');
}

function goldenTally(summary: Summary, update: boolean): string {
  const order: Array<keyof Summary['goldens']> = update
    ? ['created', 'updated', 'unchanged', 'unwritten', 'invalid', 'skipped']
    : ['match', 'mismatch', 'missing', 'invalid', 'skipped'];
  const labels: Partial<Record<keyof Summary['goldens'], string>> = {
    skipped: 'not compared (fixture did not parse)',
    unwritten: 'not written (see the errors above)',
  };
  const parts = order.filter((key) => summary.goldens[key] > 0).map((key) => `${summary.goldens[key]} ${labels[key] ?? key}`);
  return parts.length === 0 ? 'none' : parts.join(', ');
}

/** For callers that need the one-line tally only (e.g. on stderr when the report goes to a file). */
export function tallyLine(input: ReportInput): string {
  return `${tally(input, new Chalk({ level: 0 })).split('\n')[0]}\n`;
}
