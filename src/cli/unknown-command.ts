/**
 * A mistyped command must not be read as a file name (`wirestory conver x` said "conver: no
 * such file"). Parse is the default command, so commander cannot tell a typo from a story
 * file; this decides before commander runs, from the first word only.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import leven from 'leven';

/** Options of the top-level program that may come before the command word. */
const GLOBAL_FLAGS = new Set(['--debug', '--no-color', '--color']);

/** A word that can only be meant as a command: letters and dashes, no dot or slash. */
const COMMAND_LIKE = /^[a-z][a-z-]*$/i;

/** The closest command name within a small edit distance, or undefined. */
export function suggestCommand(word: string, commands: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const name of commands) {
    const distance = leven(lower, name);
    const limit = Math.max(1, Math.floor(name.length / 3));
    if (distance <= limit && distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  if (best === undefined) best = commands.find((name) => name.startsWith(lower) && lower.length >= 3);
  return best;
}

/**
 * The message for an unknown command word in `argv`, or undefined when the first word is a
 * command, an option, `-`, an existing path, or looks like a file name (`story.txt`, `a/b`).
 * `help <word>` is checked the same way.
 */
export function unknownCommandMessage(
  argv: readonly string[],
  commands: readonly string[],
  cwd: string,
  /** The commands to name and suggest (hidden ones, such as `complete`, left out). Default: all. */
  shown: readonly string[] = commands,
): string | undefined {
  let index = 0;
  while (index < argv.length && GLOBAL_FLAGS.has(argv[index]!)) index += 1;
  const first = argv[index];
  if (first === undefined) return undefined;
  if (first === 'help') {
    const topic = argv[index + 1];
    if (topic === undefined || topic.startsWith('-') || commands.includes(topic) || topic === 'help') return undefined;
    return describe(`help: unknown command '${topic}'`, topic, shown);
  }
  if (!COMMAND_LIKE.test(first) || commands.includes(first)) return undefined;
  if (existsSync(isAbsolute(first) ? first : join(cwd, first))) return undefined;
  return describe(`unknown command '${first}'`, first, shown);
}

function describe(head: string, word: string, commands: readonly string[]): string {
  const suggestion = suggestCommand(word, commands);
  const hint = suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;
  return `${head}${hint}\n  commands: ${commands.join(', ')} (see \`wirestory --help\`)`;
}
