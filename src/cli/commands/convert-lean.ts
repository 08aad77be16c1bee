/**
 * The lean start of `wirestory convert`: the command lines people type (inputs, `--out`, the
 * format, jobs, file selection and parse options, each at most once and in its plain
 * `--name value` form) run the same `convertCommand` under the same `guard` as the full
 * command line, without commander or the ES-module loader. Built on its own
 * (dist/fast-convert.cjs), which bin/wirestory.js compiles with V8's code cache, as it does the
 * lean parse start (../fast.ts): the full command line cost a one-file convert about 0.3 s of
 * CPU before any story was read.
 *
 * `convertArgs` takes only what it reads exactly as commander does and declines everything else
 * (`--out=x`, `-qj2`, `--`, a repeated option, an option value starting with `-` other than
 * `--out -`, an unknown or a help option, no input): bin/ then starts the full command line,
 * which gives every usage message, so an option a later change adds is never misread here.
 * test/cli-fast.test.ts compares what both make of many command lines, and their output.
 */
import { DATE_ORDERS } from '../../options.js';
import { DEFAULT_EXTENSIONS_FLAG } from '../../files/extensions.js';
import { guard, onProcessStreams } from '../guard.js';
import { processIo } from '../io.js';
import { BATCH_FORMATS, convertCommand, type ConvertCommandOptions } from './convert.js';

type ValueKey = 'out' | 'format' | 'jobs' | 'ext' | 'exclude' | 'tz' | 'dateOrder' | 'referenceDate' | 'lang' | 'maxBytes';
type SwitchKey = 'hidden' | 'skipUnchanged' | 'compact' | 'quiet' | 'verbose' | 'keepBoilerplate';

/** Options taking a value (the next argument), by every name commander knows them by. */
const VALUES: Readonly<Record<string, ValueKey>> = {
  '-o': 'out',
  '--out': 'out',
  '-f': 'format',
  '--format': 'format',
  '-j': 'jobs',
  '--jobs': 'jobs',
  '--ext': 'ext',
  '--exclude': 'exclude',
  '--tz': 'tz',
  '--date-order': 'dateOrder',
  '--reference-date': 'referenceDate',
  '--lang': 'lang',
  '--max-bytes': 'maxBytes',
};

/** Options with a fixed set of values: another value is commander's usage error to give. */
const CHOICES: Partial<Readonly<Record<ValueKey, readonly string[]>>> = { format: BATCH_FORMATS, dateOrder: DATE_ORDERS };

const SWITCHES: Readonly<Record<string, SwitchKey>> = {
  '--hidden': 'hidden',
  '--skip-unchanged': 'skipUnchanged',
  '--compact': 'compact',
  '-q': 'quiet',
  '--quiet': 'quiet',
  '--verbose': 'verbose',
  '--keep-boilerplate': 'keepBoilerplate',
};

/**
 * The inputs and flags of a plain convert command line (`argv` after the word `convert`), as
 * commander hands them to the command's action (defaults filled in, the global `--no-color`
 * merged as `color`), or null when the full command line must read it.
 */
export function convertArgs(argv: readonly string[]): { inputs: string[]; flags: ConvertCommandOptions } | null {
  // As commander leaves them: the options with a default, `--no-progress` defaulting to true,
  // and the global `--no-color` to true.
  const flags: ConvertCommandOptions = { format: 'json', ext: DEFAULT_EXTENSIONS_FLAG, exclude: [], dateOrder: 'dmy', progress: true, color: true };
  const inputs: string[] = [];
  const seen = new Set<string>();
  const once = (key: string) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const switched = SWITCHES[arg];
    if (switched !== undefined) {
      if (!once(switched)) return null;
      flags[switched] = true;
      continue;
    }
    if (arg === '--no-progress' || arg === '--no-color') {
      const key = arg === '--no-progress' ? 'progress' : 'color';
      if (!once(key)) return null;
      flags[key] = false;
      continue;
    }
    const key = VALUES[arg];
    if (key !== undefined) {
      const value = argv[++i];
      // A value starting with `-` may be an option commander's program level takes for its own.
      if (value === undefined || (value.startsWith('-') && !(key === 'out' && value === '-'))) return null;
      const choices = CHOICES[key];
      if (choices !== undefined && !choices.includes(value)) return null;
      if (key === 'exclude') {
        flags.exclude = [...flags.exclude!, value];
        continue;
      }
      if (!once(key)) return null;
      (flags as Record<Exclude<ValueKey, 'exclude'>, string>)[key] = value;
      continue;
    }
    if (arg.startsWith('-')) return null;
    inputs.push(arg);
  }
  return inputs.length === 0 ? null : { inputs, flags };
}

/**
 * Runs `wirestory convert …` (`argv` as given, `convert` first) and returns true, or returns
 * false (having done nothing) when the full command line must run it.
 */
export function main(argv: readonly string[]): boolean {
  if (argv[0] !== 'convert') return false;
  const parsed = convertArgs(argv.slice(1));
  if (parsed === null) return false;
  onProcessStreams();
  void guard(argv, processIo(), {
    body: async (context) => context.setExit(await convertCommand(parsed.inputs, parsed.flags, context)),
  }).then((code) => {
    process.exitCode = code;
  });
  return true;
}
