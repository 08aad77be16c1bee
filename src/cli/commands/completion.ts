/**
 * `wirestory completion <shell>`: a completion script for bash, zsh, fish or PowerShell, made
 * by @bomb.sh/tab from the same commander definitions the command line runs on (commands,
 * options, choices such as `--format json|ndjson|md`). The script asks `wirestory complete --
 * <words>` for candidates at each Tab, so it never goes stale. Loaded only for these two
 * commands: every other run pays nothing for it.
 */
import type { Command } from 'commander';
import { write } from '../io.js';
import type { CommandContext } from '../main.js';

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;

/**
 * The library answers "no candidates" with the no-file directive (`:4`) even where a file
 * name belongs (`wirestory explain <Tab>`); with nothing to offer, the shell's own file
 * completion (directive 0) is what a user expects, as in git or cobra-made tools.
 */
const NO_CANDIDATES = /^:4\n$/;
const DIRECTIVE_DEFAULT = 0;

/**
 * Defines `completion` and the hidden `complete` that the scripts call. `fresh` makes a new
 * program without these two, for the library to read and extend with its own.
 */
export function defineCompletion(program: Command, context: CommandContext, fresh: () => Command): void {
  const run = async (argv: string[]) => {
    const { default: tab } = await import('@bomb.sh/tab/commander');
    const definitions = fresh();
    tab(definitions, { completionCommandName: 'completion' });
    // The library prints with console.log; what it prints goes to our stdout, amended below.
    const printed: string[] = [];
    const log = console.log;
    console.log = (...parts: unknown[]) => void printed.push(parts.join(' '));
    try {
      await definitions.parseAsync(argv, { from: 'user' });
    } finally {
      console.log = log;
    }
    await write(context.io.stdout, printed.map((line) => `${line}\n`).join('').replace(NO_CANDIDATES, `:${DIRECTIVE_DEFAULT}\n`));
  };
  program
    .command('completion')
    .description(`print a shell completion script (${SHELLS.join(', ')})`)
    .addArgument(program.createArgument('<shell>', 'shell to complete in').choices([...SHELLS]))
    .addHelpText(
      'after',
      `
Install (once; new shells then complete commands, options and their values):
  bash        echo 'source <(wirestory completion bash)' >> ~/.bashrc
  zsh         echo 'source <(wirestory completion zsh)' >> ~/.zshrc
  fish        wirestory completion fish > ~/.config/fish/completions/wirestory.fish
  powershell  wirestory completion powershell >> $PROFILE`,
    )
    .action(async (shell: string) => run(['completion', shell]));
  program
    .command('complete', { hidden: true })
    .description('completion candidates for the words after `--` (what the scripts call)')
    .argument('[words...]')
    .allowUnknownOption()
    .action(async (words: string[]) => run(['complete', '--', ...words]));
}
