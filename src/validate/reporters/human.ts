/**
 * `--reporter human` (default): the house style of every wirestory diagnostic, vfile-reporter's
 * (as `wirestory story.txt` prints parser warnings): a block per fixture with a problem, one
 * line per message — `line:column severity message rule source` — then vfile-reporter's count
 * and the fixture tally. A failure is an `error`, a note (a missing golden outside CI) a
 * `warning`; goldens written and what changed in them are `info`. The `wirestory explain`
 * command of each failing fixture follows. Colour only when asked (the command decides: TTY,
 * NO_COLOR, --no-color).
 */
import { Chalk } from 'chalk';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describeChange, plainStyle, UPDATE_WORDS, type DiffStyle } from '../describe.js';
import { printable } from '../../render/printable.js';
import type { FixtureResult, Problem, Summary } from '../types.js';
import type { ReportInput, ReporterOptions } from './types.js';

/** Indent of a message's following lines, under its text. */
const CONTINUATION = '      ';

/** vfile-reporter's severities: `true` error, `false` warning, `undefined` info. */
type Fatal = boolean | undefined;

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
  const files = input.results.map((result) => fixtureFile(result, style, max));
  // quiet: errors only (vfile-reporter's `silent`); normal: fixtures with messages; verbose: every fixture.
  const blocks = [reporter(files, { color: options.color === true, quiet: level !== 'verbose', silent: level === 'quiet' })];
  blocks.push(explainHints(input.results, max, chalk));
  if (level !== 'quiet') blocks.push(tally(input, chalk));
  const text = blocks.filter((block) => block !== '').join('\n\n');
  return text === '' ? '' : `${text}\n`;
}

/** The `wirestory explain` command of each failing fixture that parsed: what to run next. */
function explainHints(results: readonly FixtureResult[], max: number, chalk: ChalkLike): string {
  const commands = results.flatMap((result) => (result.explain === null ? [] : [printable(result.explain)]));
  if (commands.length === 0) return '';
  const lines = [chalk.dim('See how each line of a failing fixture was read:'), ...commands.slice(0, max).map((command) => `  ${command}`)];
  if (commands.length > max) lines.push(chalk.dim(`  … and ${commands.length - max} more`));
  return lines.join('\n');
}

/** One fixture as a vfile: its problems and what was written, as messages. */
function fixtureFile(result: FixtureResult, style: DiffStyle, max: number): VFile {
  // File names are shown with control characters escaped (a name holding a newline or an
  // escape sequence must not rewrite the terminal).
  const file = new VFile({ path: printable(result.file) });
  const say = (reason: string, rule: string, fatal: Fatal, line: number | null = null) => {
    const message = file.message(reason, { place: line === null ? undefined : { line, column: 1 }, ruleId: rule, source: 'wirestory' });
    message.fatal = fatal;
  };
  for (const problem of result.problems.slice(0, max)) say(message(problem, style), problem.rule, problem.severity === 'failure' ? true : false, problem.line);
  if (result.problems.length > max) say(`… and ${result.problems.length - max} more (--verbose or --reporter json lists all)`, 'more', undefined);
  const golden = printable(result.golden);
  if (result.goldenStatus === 'created') say(`golden created: ${golden}`, 'golden-created', undefined);
  if (result.goldenStatus === 'updated') {
    // One message, the changes on its following lines: vfile-reporter sorts messages, which
    // would scatter them.
    const changes = result.changes.slice(0, max).map((change) => describeChange(change, style, UPDATE_WORDS));
    if (result.changes.length > max) changes.push(`… and ${result.changes.length - max} more changes`);
    const head = `golden updated: ${golden}${result.changes.length === 0 ? ' (same fields, bytes rewritten)' : ''}`;
    say([head, ...changes].join(`\n${CONTINUATION}`), 'golden-updated', undefined);
  }
  return file;
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
  // Files the walk left out, as convert's summary counts them.
  const left = [
    summary.skippedByExtension ? `${summary.skippedByExtension} not matching --ext` : '',
    summary.excluded ? `${summary.excluded} excluded` : '',
  ].filter(Boolean);
  const lines = [`${head}; goldens: ${goldens}${left.length > 0 ? `; ${left.join(', ')}` : ''} ${chalk.dim(seconds)}`];
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
