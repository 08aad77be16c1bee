/**
 * `wirestory explain [files...]`: each story's lines, labelled with what they became (title,
 * stamp, byline, body paragraph N, removed: …), for people triaging a golden diff or a
 * surprising article. The labels come from the article (src/render/explain.ts); this is glue.
 */
import { isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import { decode } from '../../core/decode.js';
import { parseArticle } from '../../core/parse.js';
import { explain, splitLines, type ExplainStyle, type LabelKind } from '../../render/explain.js';
import { printable } from '../../render/printable.js';
import { readRegularFile } from '../../files/read-file.js';
import { EXIT, UsageError, readStdin, refusedTerminalStdin, wantsColor, write } from '../io.js';
import type { CommandContext } from '../main.js';
import { addMaxBytesOption, addParseOptions, maxBytesFrom, parseOptionsFrom, type ParseFlags } from '../options.js';
import { describeStoryReadError } from '../read-error.js';

export interface ExplainCommandOptions extends ParseFlags {
  /** Colour: default only when stdout is a TTY without NO_COLOR. */
  color?: boolean;
}

export function defineExplain(program: Command, context: CommandContext): void {
  const command = program
    .command('explain')
    .description('print a story with every line labelled by what it became (title, stamp, byline, body paragraph N, removed: …)')
    .argument('[files...]', 'story files; `-` or nothing reads stdin');
  addMaxBytesOption(addParseOptions(command), 'input (a file or stdin)')
    .addHelpText(
      'after',
      `
Give the same parse options as the run you are explaining (validate prints them in its hint).

Examples:
  wirestory explain story.txt
  wirestory explain fixtures/reuters/21004.txt --tz America/New_York | less -R`,
    )
    .action(async (files: string[], flags: ExplainCommandOptions) => {
      if (await refusedTerminalStdin(files, context.io, context.setExit, command.helpInformation())) return;
      const global = program.opts<{ color?: boolean }>();
      context.setExit(await explainCommand(files, { ...flags, color: global.color }, context));
    });
}

export async function explainCommand(files: string[], flags: ExplainCommandOptions, context: CommandContext): Promise<number> {
  const { io } = context;
  const maxBytes = maxBytesFrom(flags);
  const options = parseOptionsFrom(flags);
  const inputs = files.length === 0 ? ['-'] : files;
  if (inputs.filter((file) => file === '-').length > 1) throw new UsageError('stdin (`-`) can be given only once');
  const color = wantsColor(io.stdout, io.env, flags.color);
  const style = color ? await colourStyle() : undefined;
  let code: number = EXIT.ok;
  let blocks = 0;
  for (const file of inputs) {
    const stdin = file === '-';
    const name = stdin ? '<stdin>' : file;
    let bytes: Buffer;
    try {
      bytes = stdin ? await readStdin(io, maxBytes) : await readRegularFile(isAbsolute(file) ? file : resolve(io.cwd, file), maxBytes);
    } catch (error) {
      await write(io.stderr, `wirestory: ${printable(name)}: ${describeStoryReadError(error, 'wirestory explain')}\n`);
      code = EXIT.failure;
      continue;
    }
    const result = parseArticle(bytes, { ...options, fileName: stdin ? null : file });
    const decoded = result.ok ? decode(bytes) : null;
    if (!result.ok || !decoded?.ok) {
      await write(io.stderr, `wirestory: ${printable(name)}: ${result.ok ? 'cannot decode input' : result.error.message}\n`);
      code = EXIT.failure;
      continue;
    }
    const text = explain(result.article, splitLines(decoded.value.text), name, style);
    // A blank line between stories.
    await write(io.stdout, blocks++ > 0 ? `\n${text}` : text);
  }
  return code;
}

/** Colours of the labels: fields cyan, body as it is, removed lines dim red, warnings yellow. */
async function colourStyle(): Promise<ExplainStyle> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  const paint: Record<LabelKind, (text: string) => string> = {
    field: chalk.cyan,
    body: chalk.green,
    removed: chalk.red,
    unused: chalk.yellow,
    warning: chalk.yellow,
  };
  return { paint: (kind, text) => paint[kind](text), dim: chalk.dim };
}
