/**
 * The lean start of the common case: `wirestory story.txt [more.txt…]`, or a story piped into
 * stdin, with `--format`, `--compact`, `-q`/`--quiet` or `--verbose`. It runs the same `parseCommand` under the same
 * `guard` as the full command line, without loading commander or the other commands, and is
 * built on its own (dist/fast.cjs) so bin/wirestory.js can start it from V8's code cache.
 *
 * `fastArgs` accepts only command lines it reads exactly as commander would, and declines
 * everything else (other options, `--`, `-`, a terminal on stdin, a first word that may be a command, a file
 * that does not exist): bin/ then starts the full command line, which also gives every
 * usage message. Options that a later change adds are therefore never misread here.
 */
import { statSync } from 'node:fs';
import { fdWriter } from './fd-writer.js';
import { processIo, stdinIsTTY, type Io } from './io.js';
import { guard, onProcessStreams } from './guard.js';
import { parseCommand, type OutputFormat, type ParseCommandOptions } from './commands/parse.js';
import { loadCryptoWith } from './sha256-lean.js';

/**
 * For the Markdown part (dist/fast-markdown.cjs, src/render/markdown.ts), which takes the page
 * test from here rather than carry a second copy of it: its hundred-odd patterns would be built,
 * and compiled, a second time in a run.
 */
export { clutterKind } from '../extract/boilerplate.js';

const FORMATS: ReadonlySet<string> = new Set(['json', 'ndjson', 'md']);
const SWITCHES: Readonly<Record<string, 'compact' | 'quiet' | 'verbose'>> = {
  '--compact': 'compact',
  '-q': 'quiet',
  '--quiet': 'quiet',
  '--verbose': 'verbose',
};
/** Command words: a file by such a name would be read by commander as the command. */
const COMMANDS: ReadonlySet<string> = new Set(['parse', 'convert', 'stream', 'validate', 'explain', 'schema', 'completion', 'complete', 'help']);

/**
 * The files and flags of a plain parse command line, or null when the full CLI must read it.
 * No files means stdin (`cat story.txt | wirestory`), taken here only when `stdinIsTerminal`
 * says it is not a terminal: the full command line gives the usage message then.
 */
export function fastArgs(
  argv: readonly string[],
  cwd: string,
  stdinIsTerminal: () => boolean = () => true,
): { files: string[]; flags: ParseCommandOptions } | null {
  // As commander leaves them: --date-order has a default, and --no-color makes colour default to true.
  const flags: ParseCommandOptions = { dateOrder: 'dmy', color: true };
  const files: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const switched = SWITCHES[arg];
    if (switched !== undefined) {
      if (seen.has(switched)) return null;
      seen.add(switched);
      flags[switched] = true;
      continue;
    }
    if (arg === '--format' || arg === '-f') {
      const value = argv[++i];
      if (value === undefined || !FORMATS.has(value) || seen.has('format')) return null;
      seen.add('format');
      flags.format = value as OutputFormat;
      continue;
    }
    if (arg.startsWith('-') || COMMANDS.has(arg) || !isFile(arg, cwd)) return null;
    files.push(arg);
  }
  if (files.length === 0 && stdinIsTerminal()) return null;
  return { files, flags };
}

function isFile(path: string, cwd: string): boolean {
  try {
    return statSync(path.startsWith('/') ? path : `${cwd}/${path}`).isFile();
  } catch {
    return false;
  }
}

/**
 * Runs a plain parse command line and returns true, or returns false (having done nothing)
 * when the full command line must run it. stdout and stderr are written to their descriptors
 * (fd-writer.ts), except on Windows; `outside` runs what makes Node's own streams when one is
 * needed after all (under the V8 flags that Node's code cache of its modules was made with:
 * bin/wirestory.js).
 */
export function main(argv: readonly string[], outside: <T>(make: () => T) => T = (make) => make()): boolean {
  // Not on Windows, where Node's stream hands a console its text as UTF-16: bytes written to
  // the descriptor would be read in the console's code page.
  const writers = process.platform === 'win32' ? null : [fdWriter(1, () => outside(() => process.stdout)), fdWriter(2, () => outside(() => process.stderr))];
  // Not Node streams, but all of one that the parse command and guard use.
  const io = writers === null ? processIo() : processIo({ stdout: writers[0] as unknown as Io['stdout'], stderr: writers[1] as unknown as Io['stderr'] });
  const parsed = fastArgs(argv, io.cwd, () => stdinIsTTY(io));
  if (parsed === null) return false;
  onProcessStreams(writers ?? undefined);
  loadCryptoWith(outside);
  void guard(argv, io, {
    body: async (context) => context.setExit(await parseCommand(parsed.files, parsed.flags, context)),
  }).then((code) => {
    process.exitCode = code;
  });
  return true;
}
