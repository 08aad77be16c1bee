/**
 * The source text of a JSON number, for echoing ids exactly as given: `JSON.parse` turns
 * `1e999` into Infinity (which JSON.stringify writes as null), `1.50` into 1.5 and
 * `12345678901234567890` into 12345678901234567000. Node 20 has no `JSON.parse` source access
 * (the `context.source` of a reviver comes with V8 11.4, Node 22), so this finds the text.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITE = /[ \t\n\r]*/y;

/**
 * The number written as the value of the top-level member `key` of the JSON object `text` (the
 * last such member, as `JSON.parse` keeps the last), or null when there is none. `text` must be
 * valid JSON: call it after `JSON.parse` accepted the text. Strings are skipped with indexOf, so
 * a long story costs one pass over its quotes and backslashes, not a parse.
 */
export function numberSourceOf(text: string, key: string): string | null {
  let depth = 0;
  let keyNext = false;
  let found: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (depth === 1 && keyNext) {
        keyNext = false;
        if (JSON.parse(text.slice(i, end)) === key) {
          WHITE.lastIndex = end;
          WHITE.exec(text); // to the colon
          WHITE.lastIndex += 1;
          WHITE.exec(text);
          NUMBER.lastIndex = WHITE.lastIndex;
          const number = NUMBER.exec(text);
          if (number) found = number[0];
        }
      }
      i = end - 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      keyNext = depth === 1 && c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    } else if (c === 0x2c /* , */ && depth === 1) {
      keyNext = true;
    }
  }
  return found;
}

/** Index just past the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return text.length;
    let backslashes = 0;
    for (let k = quote - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}
