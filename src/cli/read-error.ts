/** Why a story named on the command line could not be read, with what to do instead where there is something. */
import { describeReadError } from '../errors.js';

/**
 * {@link describeReadError}, and for a named pipe (what `<(cmd)` gives, `/dev/fd/63`) the way
 * that works: the pipe on stdin, which is read to its end.
 */
export function describeStoryReadError(error: unknown, command: string): string {
  const reason = describeReadError(error);
  if ((error as { type?: string } | null)?.type !== 'fifo') return reason;
  return `${reason}: give it on stdin instead (\`cmd | ${command}\` rather than \`${command} <(cmd)\`)`;
}
