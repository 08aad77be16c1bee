// Command-line reading shared by the bench scripts: `--help` (or `-h`) prints the script's usage
// and exits 0; an unknown option or a bad value prints one line and the usage on stderr and
// exits 2, instead of a stack trace from node:util's parseArgs.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** `parseArgs(config)`, or the usage and an exit when asked for help or given a bad command line. */
export function readArgs(config, usage) {
  let parsed;
  try {
    parsed = parseArgs({ ...config, options: { ...config.options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error), usage);
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  delete parsed.values.help;
  return parsed;
}

/** One line saying what is wrong, the usage, exit 2. */
export function usageError(message, usage) {
  process.stderr.write(`${message}\n\n${usage.trim()}\n`);
  process.exit(2);
}

/**
 * A script's usage taken from its opening `//` comment (the command line and what it measures),
 * so the comment stays the one place it is written.
 */
export function commentUsage(url) {
  const path = fileURLToPath(url);
  const comment = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.startsWith('//')) break;
    comment.push(line.replace(/^\/\/ ?/u, ''));
  }
  return `usage: node test/bench/${basename(path)} [options]\n\n${comment.join('\n')}`;
}

/** The `--corpus` option of the benches over scraped pages: WIRESTORY_PAGEDUMPS, else the shared corpus. */
export const PAGEDUMPS_OPTION = { type: 'string', default: process.env.WIRESTORY_PAGEDUMPS ?? '/work/shared/corpus/pagedumps' };

/** The built library (`dist/index.js` under `root`), or one line saying to build it and exit 2. */
export async function builtLibrary(root) {
  const entry = join(root, 'dist/index.js');
  if (!existsSync(entry)) {
    console.error('dist/index.js is missing: run `npm run build` first');
    process.exit(2);
  }
  return import(entry);
}
