/**
 * Decode stage: bytes → text. UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM are read
 * as such; bytes that are not valid UTF-8 are read as Windows-1252 (legacy wire and scraped
 * files are full of it) with a warning; binary and empty inputs are refused.
 *
 * UTF-8 is checked with `isUtf8` and decoded by Buffer (both native, and far cheaper than a
 * fatal TextDecoder that throws on the first bad byte); UTF-16 uses the WHATWG TextDecoder.
 * Windows-1252 cannot use Node's decoder, which reads that label as Latin-1 since v20.18.3
 * (nodejs/node#60888), turning 0x93 into U+0093 instead of a curly quote. It is Latin-1 except
 * for 0x80–0x9F, so Latin-1 plus the 32-entry table below does it (identical to iconv-lite on
 * all 256 bytes, which test/core/decode.test.ts checks; iconv-lite cost 500 KB of code to load).
 */
import { Buffer, isUtf8 } from 'node:buffer';
import type { Diagnostic, Encoding } from '../schema/article.js';
import { jsonMessage, jsonStart, markupKind, markupMessage } from './markup.js';
import { isPlainText } from './normalize.js';
import { diagnostic } from '../diagnostic.js';
import type { FatalError } from './types.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
  warnings: Diagnostic[];
  /** `isPlainText(text)` (./normalize.ts), which the binary check asks first: the normalize stage takes it from here. */
  plain: boolean;
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; error: FatalError };

/**
 * Windows-1252 for bytes 0x80–0x9F (the WHATWG table; the five unassigned bytes 0x81, 0x8D,
 * 0x8F, 0x90 and 0x9D become U+FFFD, as iconv-lite reads them). Every other byte is Latin-1.
 */
const CP1252_80_9F =
  '\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD' +
  '\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178';
const C1 = /[\u0080-\u009F]/g;

/** Decodes Windows-1252 bytes. Exported for the test that compares it with iconv-lite. */
export function windows1252(bytes: Uint8Array): string {
  return asBuffer(bytes).toString('latin1').replace(C1, (char) => CP1252_80_9F[char.charCodeAt(0) - 0x80]!);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Share of control characters (other than tab, LF, CR, FF, VT) in the text above which input is binary. */
const MAX_CONTROL_SHARE = 0.1;

export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return check(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), 'utf-16le', true, []);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return check(new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), 'utf-16be', true, []);
  }
  if (bytes.includes(0)) {
    return refuse('binary-input', 'binary input (it contains NUL bytes), expected text');
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return check(asBuffer(body).toString('utf8'), 'utf-8', bom, []);
  const at = firstInvalidUtf8(body);
  // The place is a line and a column (a Windows-1252 character is one byte), not a byte offset,
  // so the warning is the same whatever line endings the file was checked out with.
  const { line, column } = placeOfByte(body, at);
  const warning = diagnostic(
    'decoding-fallback',
    `input is not valid UTF-8 (byte 0x${(body[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column}); read as Windows-1252`,
    line,
    'warning',
    column,
  );
  return check(windows1252(body), 'windows-1252', bom, [warning]);
}

/** Decoding a string: it is already text; only the checks apply. */
export function decodeString(text: string): DecodeResult {
  const bom = text.startsWith('\uFEFF');
  if (text.includes('\u0000')) return refuse('binary-input', 'binary input (it contains NUL characters), expected text');
  return check(bom ? text.slice(1) : text, 'utf-8', bom, []);
}

/** Control characters other than tab, LF, CR, FF and VT: a few are wire junk, many mean binary. */
const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F]/g;
/** Something to read: not white space, nor an invisible character that normalization removes. */
const VISIBLE = /[^\s\u00AD\u200B\u2060\uFEFF\u0001-\u0008\u000E-\u001F\u007F]/;

function check(text: string, encoding: Encoding, bom: boolean, warnings: Diagnostic[]): DecodeResult {
  if (text.includes('\u0000')) return refuse('binary-input', 'binary input (it contains NUL characters), expected text');
  if (!VISIBLE.test(text)) {
    return refuse('empty-input', text.length === 0 ? 'empty input, expected a story' : 'input holds only white space, expected a story');
  }
  // A plain text (most stories) holds no control character: one scan answers both questions.
  const plain = isPlainText(text);
  const control = plain ? 0 : (text.match(CONTROL)?.length ?? 0);
  // A CRLF counts as one character, so that line endings never decide whether input is binary.
  if (control > 0 && control / (text.length - (text.match(/\r\n/g)?.length ?? 0)) > MAX_CONTROL_SHARE) {
    return refuse('binary-input', `binary input (${control} control characters in ${text.length}), expected text`);
  }
  const markup = markupKind(text);
  if (markup) return refuse('markup-input', markupMessage(markup));
  const json = jsonStart(text);
  if (json !== null) return refuse('json-input', jsonMessage(json));
  return { ok: true, value: { text, encoding, bom, warnings, plain } };
}

function refuse(rule: FatalError['rule'], message: string): DecodeResult {
  return { ok: false, error: { rule, message } };
}

/**
 * Offset of the first byte that breaks UTF-8 (the decoder only says that one does): a byte that
 * cannot start a sequence, or the start of a sequence that is cut short, overlong (E0 80–9F,
 * F0 80–8F), a surrogate (ED A0–BF) or past U+10FFFF (F4 90–BF), as in Unicode table 3-7.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    // The second byte's range is narrower after these lead bytes.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
