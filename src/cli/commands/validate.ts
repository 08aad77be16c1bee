/**
 * `wirestory validate <paths...>`: check story fixtures against the rules (they parse, required
 * fields are present, no error diagnostics) and against their goldens (`name.expected.json`),
 * for CI. `--update` writes goldens. The work lives in src/validate/, loaded only when this
 * command runs, so `wirestory story.txt` does not pay for it.
 */
import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { writeFileAtomicSync } from '../../files/atomic-write.js';
import { describeWriteError } from '../../errors.js';
import { EXIT, UsageError, wantsColor, write } from '../io.js';
import type { CommandContext } from '../main.js';
import { DEFAULT_EXTENSIONS_FLAG } from '../../files/extensions.js';
import { addFileSelectionOptions } from '../file-options.js';
import { addMaxBytesOption, addParseOptions, maxBytesFrom, parseJobs, parseOptionsFrom, type ParseFlags } from '../options.js';

export type ValidateReporter = 'human' | 'json' | 'junit' | 'github';

export interface ValidateCommandOptions extends ParseFlags {
  /** Comma-separated fields that must be present. Default `title,timestamp,body` (or the folder's config). */
  require?: string;
  /** Warnings fail fixtures too, and byte-level fields are compared. Default false (or the folder's config); `--no-strict` overrides a config. */
  strict?: boolean;
  /** Write or rewrite goldens for fixtures that parse. Default false. */
  update?: boolean;
  /** A missing golden fails the fixture. Default: only when `CI` is set. */
  requireGolden?: boolean;
  /** Report format. Default `human`. */
  reporter?: ValidateReporter;
  /** Write the report to this file instead of stdout (a one-line tally still goes to stderr). Default: stdout. */
  output?: string;
  /** Same as `output` (`-o, --out`, as in convert). */
  out?: string;
  /** Comma-separated fixture extensions taken from folders, any case. Default `.txt,.text` (as in convert). */
  ext?: string;
  /** Globs of files and folders under the folders given that are not fixtures (repeatable). Default none. */
  exclude?: string[];
  /** Golden kind: `json` (`name.expected.json`, compared field by field) or `md` (`name.expected.md`). Default `json`. */
  format?: 'json' | 'md';
  /** Failures only: no notes, no goldens written, no tally (human and github reports). Default false. */
  quiet?: boolean;
  /** Every problem and change, and a line per passing fixture (human and github reports). Default false. */
  verbose?: boolean;
  /** Colour in the human report: default only on a TTY without NO_COLOR. */
  color?: boolean;
  /** Threads to check fixtures on (workers only for large sets). Default: available cores; `1` checks in-process. */
  jobs?: string;
  /** True when `--date-order` was given on the command line (not the default): it then overrides config files. */
  dateOrderGiven?: boolean;
}

export function defineValidate(program: Command, context: CommandContext): void {
  const command = program
    .command('validate')
    .description('check story fixtures against rules and their goldens (name.expected.json), for CI')
    .argument('<paths...>', 'fixture files, folders (searched recursively for the --ext extensions) or quoted glob patterns')
    .option('--require <fields>', 'comma-separated fields that must be present; `none` for no requirement (default: title,timestamp,body)')
    .option('--strict', 'warnings fail fixtures too, and byte-level fields (source.sha256, source.lineEnding, ...) are compared')
    .option('--no-strict', 'warnings do not fail fixtures (overrides a config file)')
    .option('-u, --update', 'write or rewrite goldens of fixtures that parse, and report what changed')
    .option('--require-golden', 'a missing golden fails the fixture (default: only when CI is set)')
    .addOption(
      new Option('-r, --reporter <name>', 'report format').choices(['human', 'json', 'junit', 'github']).default('human'),
    )
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .option('-q, --quiet', 'report failures only: no notes, no goldens written, no tally')
    .option('--verbose', 'report every problem and change, and each passing fixture')
    .addOption(new Option('--output <file>', 'same as --out').hideHelp())
    .addOption(new Option('-f, --format <format>', 'golden kind: name.expected.json or name.expected.md').choices(['json', 'md']).default('json'))
    .option(
      '-j, --jobs <n>',
      `worker threads for large fixture sets (5,000 or more); 1 checks in-process (default: available cores, here ${availableParallelism()})`,
    );
  addFileSelectionOptions(command, 'fixtures');
  addMaxBytesOption(addParseOptions(command), 'fixture')
    .addHelpText(
      'after',
      `
Goldens: name.txt is compared with name.expected.json beside it (field by field). A missing
golden is a note, and a failure when CI is set or with --require-golden. Byte-level fields
(source.sha256, source.lineEnding, ...) are compared only with --strict. In the article,
source.file is the fixture's name only, so goldens do not depend on where validate runs.

Per-folder settings: a .wirestory-validate.json in a fixture folder (or above it) applies to
its fixtures, the nearest one wins, flags override it:
  { "require": ["title", "body"], "strict": false, "tz": "Europe/London", "dateOrder": "dmy", "referenceDate": "2005-01-01" }

Exit codes: 0 all fixtures pass, 1 a fixture failed, 2 usage error.

Examples:
  wirestory validate fixtures/                     check every story in fixtures/ (*.txt, *.text)
  wirestory validate fixtures/ --update            write goldens, then review them with git diff
  wirestory validate fixtures/ --reporter junit -o validate.xml
  wirestory validate fixtures/ --reporter github   annotations on the pull request`,
    )
    .action(async (paths: string[], flags: ValidateCommandOptions, self: Command) => {
      const global = program.opts<{ color?: boolean }>();
      const dateOrderGiven = self.getOptionValueSource('dateOrder') === 'cli';
      const code = await validateCommand(paths, { ...flags, color: global.color, dateOrderGiven }, context);
      context.setExit(code);
    });
}

/** True when `CI` is set to something other than empty, `0` or `false` (as CI services and snapshot tools do). */
export function isCi(env: Record<string, string | undefined>): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

export async function validateCommand(paths: string[], flags: ValidateCommandOptions, context: CommandContext): Promise<number> {
  const { io } = context;
  const jobs = parseJobs(flags.jobs);
  const [{ runValidate }, { parseRequireList, checkRequireList }, { parseExtensions }, { reporters }] = await Promise.all([
    import('../../validate/run.js'),
    import('../../validate/rules.js'),
    import('../../validate/discover.js'),
    import('../../validate/reporters/index.js'),
  ]);

  if (flags.out !== undefined) {
    if (flags.output !== undefined && flags.output !== flags.out) throw new UsageError('--out and --output are the same option; give one');
    flags = { ...flags, output: flags.out };
  }
  if (flags.quiet && flags.verbose) throw new UsageError('--quiet and --verbose contradict each other; give one');
  const level = flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal';
  const parse = parseOptionsFrom(flags);
  const extensions = parseExtensions(flags.ext ?? DEFAULT_EXTENSIONS_FLAG);
  const format = flags.format ?? 'json';
  const reportPath = flags.output === undefined ? null : isAbsolute(flags.output) ? flags.output : resolve(io.cwd, flags.output);
  if (reportPath !== null) await refuseReportOverFixtures(flags.output!, reportPath, paths, io.cwd, extensions, format, flags.exclude ?? []);
  let require: string[] | undefined;
  if (flags.require !== undefined) {
    require = parseRequireList(flags.require);
    const bad = checkRequireList(require);
    if (bad) throw new UsageError(`${bad} (in --require)`);
  }
  const update = flags.update === true;
  const ci = isCi(io.env);
  const requireGoldenReason = flags.requireGolden ? '--require-golden' : ci ? 'CI is set' : null;

  const { results, summary } = await runValidate({
    paths,
    cwd: io.cwd,
    extensions,
    exclude: flags.exclude ?? [],
    jobs,
    format,
    update,
    requireGolden: requireGoldenReason !== null,
    requireGoldenReason,
    maxBytes: maxBytesFrom(flags),
    flags: {
      require,
      strict: flags.strict,
      tz: parse.tz,
      dateOrder: flags.dateOrderGiven ? parse.dateOrder : undefined,
      referenceDate: parse.referenceDate,
      lang: parse.lang,
    },
  });
  if (results.length === 0) {
    throw new UsageError(
      `no fixtures found in ${paths.map((path) => `\`${path}\``).join(', ')} (looked for ${extensions.map((ext) => `*${ext}`).join(', ')}; change with --ext${(flags.exclude ?? []).length > 0 ? '; some were left out by --exclude' : ''})`,
    );
  }

  const reporterName = flags.reporter ?? 'human';
  const input = { results, summary, update, requireGoldenReason };
  const toFile = flags.output !== undefined;
  const color = reporterName === 'human' && !toFile && wantsColor(io.stdout, io.env, flags.color);
  const report = reporters[reporterName](input, { color, level });
  if (reportPath !== null) {
    writeReport(reportPath, report);
    const { tallyLine } = await import('../../validate/reporters/human.js');
    if (level !== 'quiet') await write(io.stderr, `${tallyLine(input)}`);
  } else {
    await write(io.stdout, report);
  }
  return summary.failed > 0 ? EXIT.failure : EXIT.ok;
}

function writeReport(path: string, text: string): void {
  try {
    writeFileAtomicSync(path, text);
  } catch (error) {
    throw new UsageError(`cannot write the report to \`${path}\`: ${describeWriteError(error)}`);
  }
}

/** A report written over a fixture or a golden would destroy it: a usage error, before any work. */
async function refuseReportOverFixtures(
  given: string,
  reportPath: string,
  paths: string[],
  cwd: string,
  extensions: string[],
  format: 'json' | 'md',
  exclude: readonly string[],
): Promise<void> {
  const [{ findFixtures, goldenPathFor }, { realPathOf }, { excludeMatcher }] = await Promise.all([
    import('../../validate/discover.js'),
    import('../../batch/overlap.js'),
    import('../../files/exclude.js'),
  ]);
  const report = await realPathOf(reportPath);
  const fixtures = await findFixtures(paths, cwd, extensions, excludeMatcher(exclude));
  for (const fixture of fixtures) {
    for (const [path, what] of [
      [fixture.absolute, 'a fixture'],
      [goldenPathFor(fixture.absolute, format, extensions), 'a golden'],
    ] as const) {
      if ((await realPathOf(path)) === report) {
        throw new UsageError(`-o ${given} is ${what} (${fixture.file}): the report would overwrite it; write the report elsewhere`);
      }
    }
  }
}
