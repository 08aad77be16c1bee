/**
 * `wirestory stream`: NDJSON records in on stdin, one result line per record out on stdout,
 * flushed as it goes. For Spark `rdd.pipe`, Hadoop Streaming and GNU parallel, which bring
 * their own scheduling: this command stays a plain filter.
 */
import type { Command } from 'commander';
import { EXIT, StreamWriteError, UsageError, write } from '../io.js';
import type { CommandContext } from '../main.js';
import { addMaxBytesOption, addParseOptions, maxBytesFrom, parseOptionsFrom, type ParseFlags } from '../options.js';

export interface StreamCommandOptions extends ParseFlags {
  /** No summary line on stderr. Default false. */
  quiet?: boolean;
}

const EXAMPLES = `
Input: one JSON object per line, {"id": "...", "text": "raw story"} (or "base64": raw bytes).
Output: one line per input record, in input order:
  {"id":"...","ok":true,"article":{...}}
  {"id":"...","ok":false,"error":{"rule":"empty-input","message":"..."}}
A bad record (not JSON, bad base64, over --max-bytes, not a story) gives an error record and
the run goes on; blank lines are ignored. A number id is echoed as written (1e999 stays 1e999).

Examples:
  wirestory stream < stories.ndjson > articles.ndjson
  parallel --pipe --keep-order -N 1000 wirestory stream < stories.ndjson > articles.ndjson
  rdd.pipe("wirestory stream --tz UTC")                      (Spark; see README)

Exit codes: 0 the input was read to the end (bad records are reported in-band), 1 output
could not be written, 2 usage error.`;

export function defineStream(program: Command, context: CommandContext): void {
  const command = program
    .command('stream')
    .description('filter NDJSON records {"id","text"} on stdin into one article per line on stdout (for Spark, Hadoop, GNU parallel)')
    .option('-q, --quiet', 'no summary line on stderr');
  addMaxBytesOption(addParseOptions(command), 'record (input line)')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: StreamCommandOptions) => {
      context.setExit(await streamCommand(flags, context));
    });
}

export async function streamCommand(flags: StreamCommandOptions, context: CommandContext): Promise<number> {
  const { io } = context;
  if (io.stdin.isTTY) {
    throw new UsageError('stream reads NDJSON records on stdin; pipe them in (`wirestory stream --help` for the format)');
  }
  const options = parseOptionsFrom(flags);
  const maxBytes = maxBytesFrom(flags);
  const { streamRecords } = await import('../../batch/stream.js');
  let writeError: Error | null = null;
  const onError = (error: Error) => {
    writeError ??= error;
    io.stdin.destroy();
  };
  io.stdout.on('error', onError);
  try {
    const counts = await streamRecords(io.stdin, io.stdout, { parse: options, maxBytes });
    if (!flags.quiet) {
      await write(io.stderr, `wirestory stream: ${counts.records} records, ${counts.converted} converted, ${counts.failed} failed\n`);
    }
  } catch (error) {
    writeError ??= error as Error;
  } finally {
    io.stdout.off('error', onError);
  }
  if (writeError) {
    // The reader went away (`| head`): not an error of ours.
    if ((writeError as { code?: string }).code === 'EPIPE') return EXIT.ok;
    // Reported by the command line as for every command: one line, exit 1.
    throw writeError instanceof StreamWriteError ? writeError : new StreamWriteError(io.stdout, writeError);
  }
  return EXIT.ok;
}
