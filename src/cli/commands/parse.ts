/**
 * `wirestory [parse] [files...]`: parse stories from files or stdin, print articles on stdout
 * (JSON, NDJSON or Markdown), diagnostics on stderr.
 */
import type { Writable } from 'node:stream';
// Types only: the lean parse path (fast.ts) runs parseCommand without loading commander.
import type { Command } from 'commander';
import type { Article } from '../../schema/article.js';
import { parseArticle } from '../../core/parse.js';
import type { ParseOptions } from '../../core/types.js';
import { toJsonChunks, toNdjsonLine } from '../../render/json.js';
import { EXIT, UsageError, readStdin, refusedTerminalStdin, wantsColor, write } from '../io.js';
import type { CommandContext } from '../main.js';
import { addMaxBytesOption, addParseOptions, maxBytesFrom, parseOptionsFrom, type ParseFlags } from '../options.js';
import { formatReport, shown, type ReportLevel } from '../../render/report.js';
import { describeStoryReadError } from '../read-error.js';
import { errorRecord, okRecordWithId } from '../../batch/protocol.js';
import { printable } from '../../render/printable.js';
import { readRegularFileSync } from '../../files/read-file.js';

export type OutputFormat = 'json' | 'ndjson' | 'md';

export interface ParseCommandOptions extends ParseFlags {
  /** Output format. Default: `json` for one input, `ndjson` for several. */
  format?: OutputFormat;
  /** One-line JSON. Default false (pretty, 2 spaces). */
  compact?: boolean;
  /** Only errors on stderr. Default false. */
  quiet?: boolean;
  /** Notes too on stderr (e.g. no timestamp found). Default false. */
  verbose?: boolean;
  /** Colour on stderr: default only on a TTY without NO_COLOR. */
  color?: boolean;
  /** NDJSON lines are bare articles (failures only on stderr), not `{id, ok, article|error}`. Default false. */
  bare?: boolean;
}

export function defineParse(program: Command, context: CommandContext): void {
  const command = program
    .command('parse', { isDefault: true })
    .description('parse stories (files, or stdin when none or `-`) and print them as articles')
    .argument('[files...]', 'story files; `-` or nothing reads stdin')
    .addOption(
      program
        .createOption('-f, --format <format>', 'output format (default: json for one input, ndjson for several)')
        .choices(['json', 'ndjson', 'md']),
    )
    .option('--compact', 'JSON on one line')
    .option('--bare', 'NDJSON lines are bare articles, failures only on stderr (default: {id, ok, article|error} as convert and stream write)')
    .option('-q, --quiet', 'print only errors on stderr, no warnings')
    .option('--verbose', 'print notes too on stderr (e.g. "no timestamp found")');
  addMaxBytesOption(addParseOptions(command), 'input (a file or stdin)')
    .addHelpText(
      'after',
      `
Examples:
  cat story.txt | wirestory
  wirestory story.txt --format md > story.md
  wirestory a.txt b.txt --tz Europe/Moscow | jq -r 'select(.ok) | .article.timestamp.iso'`,
    )
    .action(async (files: string[], flags: ParseCommandOptions) => {
      if (await refusedTerminalStdin(files, context.io, context.setExit, program.helpInformation())) return;
      const global = program.opts<{ color?: boolean }>();
      const code = await parseCommand(files, { ...flags, color: global.color }, context);
      context.setExit(code);
    });
}

interface Input {
  /** As given on the command line; null for stdin. */
  path: string | null;
  read(): Promise<Buffer>;
}

export async function parseCommand(files: string[], flags: ParseCommandOptions, context: CommandContext): Promise<number> {
  const { io } = context;
  const maxBytes = maxBytesFrom(flags);
  const inputs: Input[] = files.length === 0 ? [{ path: null, read: () => readStdin(io, maxBytes) }] : files.map(toInput(io, maxBytes));
  if (inputs.filter((input) => input.path === null).length > 1) {
    throw new UsageError('stdin (`-`) can be given only once');
  }
  const format: OutputFormat = flags.format ?? (inputs.length > 1 ? 'ndjson' : 'json');
  if (format === 'md' && inputs.length > 1) {
    throw new UsageError('--format md takes one input; for several use `wirestory convert --format md --out DIR`');
  }
  const options: ParseOptions = parseOptionsFrom(flags);
  const level: ReportLevel = flags.quiet ? 'errors' : flags.verbose ? 'all' : 'warnings';
  // Asked only when a report is printed: on the lean path, whether stderr is a terminal is
  // answered by making Node's stream for it (src/cli/fd-writer.ts).
  let color: boolean | undefined;
  const articles: Article[] = [];
  let code: number = EXIT.ok;

  for (const input of inputs) {
    const name = input.path === null ? '<stdin>' : printable(input.path);
    let bytes: Buffer;
    try {
      bytes = await input.read();
    } catch (error) {
      const reason = describeStoryReadError(error, 'wirestory');
      await write(io.stderr, `wirestory: ${name}: ${reason}\n`);
      if (format === 'ndjson' && !flags.bare) await write(io.stdout, errorRecord(input.path, 'unreadable-input', reason));
      code = EXIT.failure;
      continue;
    }
    const result = parseArticle(bytes, { ...options, fileName: input.path });
    if (!result.ok) {
      await write(io.stderr, `wirestory: ${name}: ${result.error.message}\n`);
      if (format === 'ndjson' && !flags.bare) await write(io.stdout, errorRecord(input.path, result.error.rule, result.error.message));
      code = EXIT.failure;
      continue;
    }
    const diagnostics = result.article.warnings;
    if (diagnostics.some((diagnostic) => shown(diagnostic, level))) color ??= wantsColor(io.stderr, io.env, flags.color);
    const report = await formatReport([{ path: input.path === null ? null : printable(input.path), diagnostics }], level, color ?? false);
    if (report) await write(io.stderr, report);
    if (format === 'ndjson') {
      const line = toNdjsonLine(result.article);
      await write(io.stdout, flags.bare ? line : okRecordWithId(JSON.stringify(input.path), line.slice(0, -1)));
    }
    else if (inputs.length > 1) articles.push(result.article);
    else if (format === 'md') {
      const { toMarkdown } = await import('../../render/markdown.js');
      await write(io.stdout, toMarkdown(result.article));
    } else await writeChunks(io.stdout, toJsonChunks(result.article, { compact: flags.compact }));
  }
  // --format json with several inputs: one JSON array, so the output stays one document.
  if (format === 'json' && inputs.length > 1) await writeChunks(io.stdout, toJsonChunks(articles, { compact: flags.compact }));
  return code;
}

/** Writes pieces joined into blocks of about 64 KiB, each taken by the stream before the next is made. */
async function writeChunks(stream: Writable, pieces: Iterable<string>): Promise<void> {
  let block: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    block.push(piece);
    size += piece.length;
    if (size >= 65_536) {
      await write(stream, block.join(''));
      block = [];
      size = 0;
    }
  }
  if (block.length > 0) await write(stream, block.join(''));
}

function toInput(io: CommandContext['io'], maxBytes: number) {
  return (file: string): Input =>
    file === '-' ? { path: null, read: () => readStdin(io, maxBytes) } : { path: file, read: async () => readRegularFileSync(resolvePath(io.cwd, file), maxBytes) };
}

function resolvePath(cwd: string, file: string): string {
  return file.startsWith('/') ? file : `${cwd}/${file}`;
}
