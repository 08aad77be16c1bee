/**
 * The command line: glue between commander and the commands. Each command is a plain async
 * function taking injected streams; `guard.ts` turns what it did into an exit code (`run` is
 * what tests call; `main` is what bin/ calls when the lean path of `fast.ts` does not apply).
 */
import { Command, CommanderError, type OutputConfiguration } from 'commander';
import { EXIT, processIo, write, type Io } from './io.js';
import { guard, onProcessStreams, type CommandContext } from './guard.js';
import { defineParse } from './commands/parse.js';
import { defineConvert } from './commands/convert.js';
import { defineStream } from './commands/stream.js';
import { defineValidate } from './commands/validate.js';
import { defineSchema } from './commands/schema.js';
import { defineExplain } from './commands/explain.js';
import { defineCompletion } from './commands/completion.js';
import { VERSION } from '../version.js';
import { unknownCommandMessage } from './unknown-command.js';

export type { CommandContext, ExitSetter } from './guard.js';

const EXAMPLES = `
Examples:
  cat story.txt | wirestory                 JSON article on stdout
  wirestory story.txt --format md           Markdown with YAML front matter
  wirestory a.txt b.txt                     one NDJSON line per input
  wirestory convert stories/ --out out/     mirror a folder as JSON files, on every core
  wirestory validate fixtures/              check fixtures against their goldens (CI)
  wirestory explain story.txt               every line labelled with what it became
  wirestory schema                          JSON Schema of the output
  source <(wirestory completion bash)       Tab completion (also zsh, fish, powershell)

Exit codes: 0 success, 1 an input could not be parsed (or a fixture failed), 2 usage error.
Docs: README.md in the package.`;

/**
 * Where commander writes: the injected streams, and its usage errors (`error: unknown option
 * '--x'`) under the name every other message of the command starts with (`wirestory: …`).
 */
function outputOf(context: CommandContext): OutputConfiguration {
  return {
    writeOut: (text) => void context.io.stdout.write(text),
    writeErr: (text) => void context.io.stderr.write(text),
    outputError: (text, write) => write(text.replace(/^error: /, 'wirestory: ')),
  };
}

/** The whole command line; without `completion` and `complete` when `completion` is false (what the completion library reads). */
export function createProgram(context: CommandContext, completion = true): Command {
  const program = new Command('wirestory')
    .description('Turn raw news wire-story text into clean, structured articles (title, timestamp, body).')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .option('--debug', 'print stack traces for unexpected errors')
    .option('--no-color', 'no colour in messages (also: NO_COLOR=1)')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES)
    .configureOutput(outputOf(context))
    .exitOverride();
  defineParse(program, context);
  defineConvert(program, context);
  defineStream(program, context);
  defineValidate(program, context);
  defineExplain(program, context);
  defineSchema(program, context);
  if (completion) defineCompletion(program, context, () => createProgram(context, false));
  for (const command of program.commands) {
    command.exitOverride().configureOutput(outputOf(context));
  }
  return program;
}

/** Runs the command line and returns the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let program: Command | undefined;
  return guard(argv, io, {
    body: async (context) => {
      program = createProgram(context);
      const shown = program.createHelp().visibleCommands(program).map((command) => command.name()).filter((name) => name !== 'help');
      const unknown = unknownCommandMessage(argv, program.commands.map((command) => command.name()), io.cwd, shown);
      if (unknown !== undefined) {
        await write(io.stderr, `wirestory: ${unknown}\n`);
        context.setExit(EXIT.usage);
        return;
      }
      await program.parseAsync([...argv], { from: 'user' });
    },
    debugAfter: () => Boolean(program?.opts().debug),
    // --help and --version end here with exit code 0; commander has printed the message.
    exitCodeOf: (thrown) => (thrown instanceof CommanderError ? (thrown.exitCode === 0 ? EXIT.ok : EXIT.usage) : undefined),
  });
}

/** Entry point for bin/wirestory.js. Sets the exit code; lets pending output drain. */
export function main(argv: readonly string[]): void {
  onProcessStreams();
  void run(argv).then((code) => {
    process.exitCode = code;
  });
}
