/**
 * The record reader of `wirestory stream`: splits a byte stream into lines at LF (a CR before
 * it is dropped), with a limit on the size of one line. A line over the limit is not kept in
 * memory: its bytes are counted and dropped, and it comes out as an `oversize` record so the
 * stream can answer it with an error and go on (Node's readline would keep growing the line
 * until the string length limit, then throw, losing the rest of the stream).
 *
 * A UTF-8 byte order mark at the very start of the stream is dropped: some tools write one,
 * and it would make the first record invalid JSON.
 */

export type RawRecord =
  | { line: number; text: string }
  /** A line longer than the limit: only its size is known. */
  | { line: number; oversize: number };

const LF = 0x0a;
const CR = 0x0d;

export async function* readRecords(input: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<RawRecord> {
  let parts: Uint8Array[] = [];
  let size = 0;
  /** Bytes of the current line once it is over the limit (its parts are dropped); -1 while within. */
  let over = -1;
  let line = 0;

  const take = (piece: Uint8Array): void => {
    if (piece.length === 0) return;
    if (over >= 0) {
      over += piece.length;
      return;
    }
    size += piece.length;
    if (size > maxBytes) {
      over = size;
      parts = [];
      size = 0;
    } else parts.push(piece);
  };

  const finish = (): RawRecord => {
    line++;
    let record: RawRecord;
    if (over >= 0) record = { line, oversize: over };
    else {
      let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      record = { line, text: line === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text };
    }
    parts = [];
    size = 0;
    over = -1;
    return record;
  };

  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let end = bytes.indexOf(LF); end !== -1; end = bytes.indexOf(LF, start)) {
      take(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    take(bytes.subarray(start));
  }
  if (size > 0 || over >= 0) yield finish();
}
