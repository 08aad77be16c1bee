/**
 * `wirestory convert <inputs...> --out DIR`: batch conversion of files, folders and glob
 * patterns on every core. This file is the glue: flags → options, signals → AbortSignals,
 * summary → exit code. The engine is src/batch/ (loaded on demand, so `wirestory parse`
 * does not pay for it at start-up).
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
// Types only: the lean start of convert (./convert-lean.ts) runs this file without commander.
import type { Command } from 'commander';
import { EXIT, StreamWriteError, UsageError, wantsColor } from '../io.js';
import type { CommandContext } from '../main.js';
import { DEFAULT_EXTENSIONS_FLAG, badExtensionsMessage, parseExtensions } from '../../files/extensions.js';
import { addFileSelectionOptions } from '../file-options.js';
import { addMaxBytesOption, addParseOptions, maxBytesFrom, parseJobs, parseOptionsFrom, type ParseFlags } from '../options.js';

/** `--format`'s choices (also read by the lean start, ./convert-lean.ts). */
export const BATCH_FORMATS = ['json', 'md', 'ndjson'] as const;

export type BatchFormatFlag = (typeof BATCH_FORMATS)[number];

export interface ConvertCommandOptions extends ParseFlags {
  /** Output folder (json, md), or file / `-` for ndjson. Required. */
  out?: string;
  /** Output format. Default `json`. */
  format?: BatchFormatFlag;
  /** Worker threads. Default: the number of available cores. */
  jobs?: string;
  /** Extensions taken from folders and globs, comma-separated. Default `.txt,.text`. */
  ext?: string;
  /** Take names starting with `.` too. Default false. */
  hidden?: boolean;
  /** Leave outputs alone that are not older than their input. Default false. */
  skipUnchanged?: boolean;
  /** One-line JSON files. Default false. */
  compact?: boolean;
  /** No progress and no summary; failures are still printed. Default false. */
  quiet?: boolean;
  /** Print each file's warnings as parse does. Default false (warnings are counted per rule). */
  verbose?: boolean;
  /** `--no-color` (a global option). */
  color?: boolean;
  /** Progress line on a TTY stderr. Default true; `--no-progress` turns it off. */
  progress?: boolean;
  /** Globs of files and folders to leave out of folders and globs (repeatable). Default none. */
  exclude?: string[];
}

const EXAMPLES = `
Inputs are files, folders (walked recursively, in name order; hidden names skipped) or quoted
glob patterns. From folders and globs only files with the --ext extensions are taken.
Output mirrors the folder: stories/a/b.txt → OUT/a/b.json (a file named directly → OUT/b.json).
Each output is written to a temporary and renamed into place: never half a file.

Examples:
  wirestory convert stories/ --out articles/                 mirror a folder as JSON
  wirestory convert stories/ --out site/ --format md         Markdown with front matter
  wirestory convert 'feeds/**/*.txt' --out articles/ --tz Europe/Moscow
  wirestory convert stories/ --format ndjson --out all.ndjson
  wirestory convert stories/ --format ndjson --out - | gzip > all.ndjson.gz
  wirestory convert stories/ --out articles/ --skip-unchanged  cheap rerun over a big tree

Exit codes: 0 all converted, 1 some input failed (each named on stderr), 2 usage error,
130 / 143 interrupted by SIGINT / SIGTERM (in-flight files finished, no temporaries left; a
second signal ends at once).`;

export function defineConvert(program: Command, context: CommandContext): void {
  const command = program
    .command('convert')
    .description('convert files, folders and glob patterns on every core: a mirror folder of articles, or one NDJSON stream')
    .argument('<inputs...>', 'story files, folders or quoted glob patterns')
    .option('-o, --out <path>', 'output folder (json, md); for ndjson a file, or `-` for stdout');
  command
    .addOption(command.createOption('-f, --format <format>', 'output format').choices([...BATCH_FORMATS]).default('json'))
    .option('-j, --jobs <n>', `most worker threads; a few small files use one (default: available cores, here ${availableParallelism()})`)
    .option('--hidden', 'take files and folders whose names start with `.` too')
    .option('--skip-unchanged', 'leave outputs alone that are not older than their input (cheap reruns)')
    .option('--compact', 'JSON files on one line')
    .option('-q, --quiet', 'no progress and no summary; failures are still printed')
    .option('--verbose', "print each file's warnings, as parse does (default: counted per rule in the summary)")
    .option('--no-progress', 'no progress line, even on a terminal');
  addFileSelectionOptions(command, 'stories');
  addMaxBytesOption(addParseOptions(command), 'input file')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: ConvertCommandOptions) => {
      const global = program.opts<{ color?: boolean }>();
      context.setExit(await convertCommand(inputs, { ...flags, color: global.color }, context));
    });
}

function directPatternsUsable(): boolean {
  const major = Number(process.versions.node.split('.')[0]);
  return major >= 20 && major <= 24 && !process.execArgv.some((arg) => arg.includes('regexp'));
}

export async function convertCommand(inputs: string[], flags: ConvertCommandOptions, context: CommandContext): Promise<number> {
  const { io } = context;
  if (flags.out === undefined || flags.out === '') {
    throw new UsageError('convert needs --out: a folder for json and md, a file or `-` (stdout) for ndjson');
  }
  const jobs = parseJobs(flags.jobs);
  if ((flags.format ?? 'json') === 'ndjson' && /[/\\]$/.test(flags.out)) {
    throw new UsageError(`--out ${flags.out} ends with a slash, so it names a folder; --format ndjson writes one file (like ${flags.out}all.ndjson) or \`-\` for stdout`);
  }
  const extensions = parseExtensions(flags.ext ?? DEFAULT_EXTENSIONS_FLAG);
  if (!extensions) throw new UsageError(badExtensionsMessage(flags.ext ?? ''));
  const parse = parseOptionsFrom(flags);
  const maxBytes = maxBytesFrom(flags);

  // Signals: once the batch runs, the first stops it cleanly (no new file, those in flight
  // finished, the summary printed); before that (setting up, waiting for a named pipe to be
  // read) and for a second signal, the process ends at once. Nothing is half-written either
  // way: files are written whole between two turns of the event loop, and an NDJSON temporary
  // is removed. The exit code says which signal it was (128 + number).
  const { removeLiveTemporaries } = await import('../../files/atomic-write.js');
  const stop = new AbortController();
  let running = false;
  const onSignal = (name: 'SIGINT' | 'SIGTERM') => () => {
    if (running && !stop.signal.aborted) {
      stop.abort(name);
      return;
    }
    removeLiveTemporaries();
    process.exit(name === 'SIGINT' ? EXIT.sigint : EXIT.sigterm);
  };
  const onInt = onSignal('SIGINT');
  const onTerm = onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  // Each V8 heap (the main thread and every worker) lets garbage pile up to a multiple of what
  // it holds before a full collection; over 50,000 files that reached ~190 MiB of RSS for
  // ~8 MiB live per heap. A lower growth factor keeps it near 160 MiB at the same CPU time
  // (measured, test/bench/HISTORY.md "Batch conversion"). Process-wide, so set here, where this command owns
  // the process, and before the workers start.
  setFlagsFromString('--heap-growing-percent=30');
  // Each pattern compiled once, to machine code: by default V8 compiles a regular expression to
  // bytecode for its first run and again to machine code for its second, and every worker runs
  // the parser's hundreds of patterns on its first stories (about 61M instructions of 1,374M for
  // 150 stories on one worker, measured with callgrind: test/bench/HISTORY.md "Batch conversion"). As
  // bin/wirestory.js does around the parse of one story: only where the flag is known (Node
  // 20-24), and not when node was started with a pattern flag of its own.
  const directPatterns = directPatternsUsable();
  if (directPatterns) setFlagsFromString('--no-regexp-tier-up');
  try {
    const { convertBatch } = await import('../../batch/convert.js');
    const summary = await convertBatch(
      {
        inputs,
        out: flags.out,
        format: flags.format ?? 'json',
        jobs,
        extensions,
        hidden: flags.hidden ?? false,
        exclude: flags.exclude ?? [],
        skipUnchanged: flags.skipUnchanged ?? false,
        compact: flags.compact ?? false,
        parse,
        maxBytes,
        verbose: flags.verbose ?? false,
        color: wantsColor(io.stderr, io.env, flags.color),
        quiet: flags.quiet ?? false,
        progress: io.stderr.isTTY === true && !flags.quiet && flags.progress !== false,
      },
      { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd },
      { stop: stop.signal, running: () => (running = true) },
    );
    if (summary.stdoutError) throw new StreamWriteError(io.stdout, summary.stdoutError);
    if (summary.interrupted === 'SIGINT') return EXIT.sigint;
    if (summary.interrupted === 'SIGTERM') return EXIT.sigterm;
    return summary.failed > 0 ? EXIT.failure : EXIT.ok;
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    // Back to V8's defaults, now that the workers are done: bin/wirestory.js writes the code
    // cache of the lean start (dist/fast-convert.cjs) at exit only under the flags it was read
    // with, and a cache stamped with these flags would be rejected, and rewritten, by every run.
    setFlagsFromString('--heap-growing-percent=0');
    if (directPatterns) setFlagsFromString('--regexp-tier-up');
  }
}
