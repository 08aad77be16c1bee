/**
 * The command line: glue between commander, the commands and exit codes. Each command is a
 * plain async function taking injected streams; this file turns errors into exit codes, and
 * is the only place that does (`run` is what tests call; `main` is what bin/ calls).
 */
import { Command, CommanderError } from 'commander';
import type { Writable } from 'node:stream';
import { EXIT, processIo, StreamWriteError, UsageError, write, type Io } from './io.js';
import { describeWriteError } from '../batch/write-error.js';
import { printable } from './printable.js';
import { defineParse } from './commands/parse.js';
import { defineConvert } from './commands/convert.js';
import { defineStream } from './commands/stream.js';
import { defineValidate } from './commands/validate.js';
import { defineSchema } from './commands/schema.js';
import { VERSION } from '../version.js';
import { unknownCommandMessage } from './unknown-command.js';

/** What a command's action hands back to `run`. */
export type ExitSetter = (code: number) => void;

export interface CommandContext {
  io: Io;
  setExit: ExitSetter;
  /** True when --debug was given: print stack traces of unexpected errors. */
  debug(): boolean;
}

const EXAMPLES = `
Examples:
  cat story.txt | wirestory                 JSON article on stdout
  wirestory story.txt --format md           Markdown with YAML front matter
  wirestory a.txt b.txt                     one NDJSON line per input
  wirestory convert stories/ --out out/     mirror a folder as JSON files, on every core
  wirestory validate fixtures/              check fixtures against their goldens (CI)
  wirestory schema                          JSON Schema of the output

Exit codes: 0 success, 1 an input could not be parsed (or a fixture failed), 2 usage error.
Docs: README.md in the package.`;

export function createProgram(context: CommandContext): Command {
  const program = new Command('wirestory')
    .description('Turn raw news wire-story text into clean, structured articles (title, timestamp, body).')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .option('--debug', 'print stack traces for unexpected errors')
    .option('--no-color', 'no colour in messages (also: NO_COLOR=1)')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES)
    .configureOutput({
      writeOut: (text) => void context.io.stdout.write(text),
      writeErr: (text) => void context.io.stderr.write(text),
    })
    .exitOverride();
  defineParse(program, context);
  defineConvert(program, context);
  defineStream(program, context);
  defineValidate(program, context);
  defineSchema(program, context);
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (text) => void context.io.stdout.write(text),
      writeErr: (text) => void context.io.stderr.write(text),
    });
  }
  return program;
}

/** Runs the command line and returns the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  let debug = argv.includes('--debug');
  const context: CommandContext = {
    io,
    setExit: (value) => {
      code = Math.max(code, value);
    },
    debug: () => debug,
  };
  // A failed write to stdout or stderr (`> /dev/full`, a full disk) ends any command the same
  // way: one line naming it, exit 1; a reader gone away (EPIPE) is a quiet stop, as for cat.
  const failed = new Map<Writable, Error>();
  const watch = (stream: Writable) => {
    const onError = (error: Error) => void (failed.has(stream) || failed.set(stream, error));
    stream.on('error', onError);
    return () => stream.off('error', onError);
  };
  const unwatch = [watch(io.stdout), watch(io.stderr)];
  const say = async (text: string) => {
    if (failed.has(io.stderr)) return;
    await write(io.stderr, text).catch(() => undefined);
  };
  let thrown: unknown = null;
  const program = createProgram(context);
  const unknown = unknownCommandMessage(argv, program.commands.map((command) => command.name()), io.cwd);
  if (unknown !== undefined) {
    await write(io.stderr, `wirestory: ${unknown}\n`);
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    debug = Boolean(program.opts().debug);
  } catch (error) {
    thrown = error;
  }
  // Let 'error' events of writes that failed without a callback (commander, summaries) arrive.
  await new Promise((resolve) => setImmediate(resolve));
  for (const stop of unwatch) stop();
  if (thrown instanceof StreamWriteError && !failed.has(thrown.stream)) failed.set(thrown.stream, thrown.error);
  for (const [stream, name] of [
    [io.stdout, 'stdout'],
    [io.stderr, 'stderr'],
  ] as const) {
    const error = failed.get(stream);
    if (!error) continue;
    const errno = (error as { code?: string }).code;
    if (errno === 'EPIPE') return code;
    await say(`wirestory: cannot write to ${name}: ${describeWriteError(error)}${errno && !errno.startsWith('ERR_') ? ` (${errno})` : ''}\n`);
    return EXIT.failure;
  }
  if (thrown === null) return code;
  if (thrown instanceof CommanderError) {
    // --help and --version end here with exit code 0; commander has printed the message.
    return thrown.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (thrown instanceof UsageError) {
    await say(`wirestory: ${printable(thrown.message)}\n`);
    return EXIT.usage;
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  await say(
    debug && thrown instanceof Error && thrown.stack
      ? `wirestory: internal error: ${thrown.stack}\n`
      : `wirestory: internal error: ${message} (run with --debug for the stack trace)\n`,
  );
  return EXIT.failure;
}

/** Entry point for bin/wirestory.js. Sets the exit code; lets pending output drain. */
export function main(argv: readonly string[]): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // `wirestory big.txt | head`: the reader went away; stop quietly, as cat does.
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // Any other write error: `run` reports it while a command runs; after that, fail quietly.
      process.exitCode = Math.max(Number(process.exitCode ?? 0), EXIT.failure);
    });
  }
  void run(argv).then((code) => {
    process.exitCode = code;
  });
}
