import type { DateOrder } from '../options.js';

export type { DateOrder };

/**
 * What {@link parseArticle} reads: a string (text), or bytes in any supported encoding: a
 * `Uint8Array` (a Node `Buffer` is one), an `ArrayBuffer` or `SharedArrayBuffer`, or any other
 * view on one (`DataView`, `Uint16Array`, ...), read as the bytes it covers.
 */
export type ParseInput = string | Uint8Array | ArrayBufferLike | ArrayBufferView;

/**
 * Options of {@link parseArticle}. Every field is optional; a bad value or an unknown key makes
 * `parseArticle` return `{ ok: false, error: { rule: 'bad-option' } }` (checked in src/options.ts).
 */
export interface ParseOptions {
  /**
   * Zone for stamps that carry none: an IANA name (`Europe/Moscow`) or an offset (`+03:00`).
   * Default: none, so a stamp without a zone is output as local time (`2019-05-14T16:24:00`).
   */
  tz?: string;
  /** How to read a truly ambiguous numeric date such as `05/06/2019`. Default `dmy`. */
  dateOrder?: DateOrder;
  /**
   * Reference date (`YYYY-MM-DD`) used to complete stamps written without a year
   * (`May 14, 4:24 PM`). Default: none, and such stamps are reported, not guessed.
   */
  referenceDate?: string;
  /** File name recorded in `source.file`. Default `null` (stdin or a string). */
  fileName?: string | null;
  /**
   * Keep the clutter of scraped pages (menus, share links, adverts, captions, comments...) in
   * the body instead of moving it to `removed` as `boilerplate`. Default `false`.
   */
  keepBoilerplate?: boolean;
  /**
   * The story's language as an ISO 639-1 code (`de`, `pt`). It becomes `language` with
   * confidence 1 and source `option`, and nothing is detected. Default: detected from the body.
   */
  lang?: string;
}

/** Options after defaults are applied. */
export interface ResolvedOptions {
  tz: string | null;
  dateOrder: DateOrder;
  referenceDate: string | null;
  fileName: string | null;
  keepBoilerplate: boolean;
  /**
   * The language given with `--lang` / `lang`, or null. Extractors that read words of a
   * language (stamp labels, month names) may try this language's vocabulary first.
   */
  lang: string | null;
}

/** A diagnostic that stops parsing: the input is refused. */
export interface FatalError {
  /**
   * `bad-input`: not a string nor bytes; `bad-option`: an unknown option or a bad value;
   * `internal-error`: a defect of wirestory (please report it).
   */
  rule: 'empty-input' | 'binary-input' | 'markup-input' | 'json-input' | 'undecodable-input' | 'bad-input' | 'bad-option' | 'internal-error';
  message: string;
}

/** `sha256` and `bytes` describe the input; they are null when it is not a string nor bytes (`bad-input`). */
export type ParseResult<A> =
  | { ok: true; article: A }
  | { ok: false; error: FatalError; sha256: string | null; bytes: number | null };
