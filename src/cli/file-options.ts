/**
 * The options that choose which files convert and validate take from folders and globs. One
 * definition, so the two commands cannot drift apart again (issue #11, item 3).
 */
import type { Command } from 'commander';
import { collect } from '../files/exclude.js';
import { DEFAULT_EXTENSIONS_FLAG } from '../files/extensions.js';

/** `--ext <list>` (any case, default `.txt,.text`) and repeatable `--exclude <glob>`. */
export function addFileSelectionOptions(command: Command, what: string): Command {
  return command
    .option('--ext <list>', `extensions of ${what} taken from folders and globs, comma-separated, any case`, DEFAULT_EXTENSIONS_FLAG)
    .addOption(
      command
        .createOption('--exclude <glob>', 'leave out files and folders matching this glob (repeatable; no slash: any name, like `drafts`)')
        .argParser(collect)
        .default([], 'none'),
    );
}
