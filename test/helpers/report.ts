/**
 * Reads the human report of `wirestory validate` (vfile-reporter blocks) back into one line per
 * message, `file[:line]: severity message [rule]` (a message's following lines joined to it with
 * `\n`), so a test can name the message it expects.
 */
const MESSAGE = /^\s*(?:(\d+):\d+(?:-\d+:\d+)?)?\s+(error|warning|info)\s+(.*?)\s+(\S+)\s+wirestory$/;

export function reportMessages(output: string): string[] {
  const out: string[] = [];
  let file: string | null = null;
  for (const line of output.split('\n')) {
    // What follows the messages: the explain commands and the tally.
    if (line.startsWith('See how each line')) break;
    if (line.trim() === '') {
      file = null;
      continue;
    }
    const match = MESSAGE.exec(line);
    if (file !== null && match) {
      const [, at, severity, message, rule] = match;
      out.push(`${file}${at === undefined ? '' : `:${at}`}: ${severity} ${message} [${rule}]`);
    } else if (file !== null && line.startsWith(' ') && out.length > 0) {
      out[out.length - 1] += `\n${line.trim()}`;
    } else if (file === null && !line.startsWith(' ') && !/^[✖⚠ℹ]|^\d+ (messages?|fixtures?)/.test(line)) {
      file = line.endsWith(': no issues found') ? null : line;
      if (file === null) out.push(line);
    }
  }
  return out;
}
