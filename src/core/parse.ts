/**
 * The pipeline: decode → normalize → header (title, timestamp, duplicated headlines, byline)
 * → sign-off → segment body → dateline → assemble. Pure: no I/O, no clock, no machine time
 * zone; options come in as arguments. Never throws: a refused input is a result too.
 */
import { hash } from 'node:crypto';
import { isAnyArrayBuffer } from 'node:util/types';
import type { Article, Credit, Diagnostic, RemovedLine } from '../schema/article.js';
import { SCHEMA_VERSION } from '../schema/version.js';
import { matchDateline } from '../extract/dateline.js';
import { detectLanguageAfter, guessLanguageCounted, SAMPLE_CHARACTERS, type CountedSample } from '../extract/language.js';
import type { StampOptions } from '../extract/timestamp.js';
import { gluedCredits, matchCredits } from '../extract/credits.js';
import { gluedSignoff, isLegalFooter, isSeparator, isSignoff } from '../extract/signoff.js';
import { TITLE_WARN_LENGTH } from '../extract/title.js';
import { decode, decodeString, type DecodeResult } from './decode.js';
import { readHeader } from './header.js';
import { normalize } from './normalize.js';
import { LineClutter } from './line-clutter.js';
import { findPage, type PageLayout } from './page.js';
import { segment } from './segment.js';
import { diagnostic } from '../diagnostic.js';
import type { Line } from '../line.js';
import type { ParseInput, ParseOptions, ParseResult, ResolvedOptions } from './types.js';
import { checkParseOptions, show } from '../options.js';

function resolveOptions(options: ParseOptions = {}): ResolvedOptions {
  return {
    tz: options.tz ?? null,
    dateOrder: options.dateOrder ?? 'dmy',
    referenceDate: options.referenceDate ?? null,
    fileName: options.fileName ?? null,
    keepBoilerplate: options.keepBoilerplate ?? false,
    lang: options.lang ?? null,
  };
}

/**
 * Parses one raw story. `input` is a string, or the file's bytes in any supported encoding
 * (see {@link ParseInput}). Returns `{ ok: true, article }`, or `{ ok: false, error }` for input
 * that is not a story (empty, binary), input that is not a string nor bytes (`bad-input`), and
 * bad options (`bad-option`). Never throws.
 */
export function parseArticle(input: ParseInput, options?: ParseOptions): ParseResult<Article> {
  try {
    return parseChecked(input, options);
  } catch (error) {
    // A defect of ours: still a result, as promised, and one that says so.
    const message = `internal error: ${error instanceof Error ? error.message : String(error)} (please report it)`;
    return { ok: false, error: { rule: 'internal-error', message }, sha256: null, bytes: null };
  }
}

function parseChecked(input: ParseInput, options: ParseOptions | undefined): ParseResult<Article> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : asBytes(input);
  if (bytes === null) {
    const message = `Bad input ${show(input)}, expected a string or bytes (Uint8Array, Buffer, ArrayBuffer, DataView)`;
    return { ok: false, error: { rule: 'bad-input', message }, sha256: null, bytes: null };
  }
  const sha256 = hash('sha256', bytes, 'hex');
  const badOption = checkParseOptions(options);
  if (badOption !== null) return { ok: false, error: { rule: 'bad-option', message: badOption }, sha256, bytes: bytes.length };
  const resolved = resolveOptions(options);
  let decoded: DecodeResult;
  try {
    decoded = typeof input === 'string' ? decodeString(input) : decode(bytes);
  } catch (error) {
    return { ok: false, error: { rule: 'undecodable-input', message: `cannot decode input: ${String(error)}` }, sha256, bytes: bytes.length };
  }
  if (!decoded.ok) return { ok: false, error: decoded.error, sha256, bytes: bytes.length };
  const { text, encoding, bom, warnings: decodeWarnings, plain } = decoded.value;

  const { header, dateline, paragraphs, removed, credits, lineEnding, counts, guessed } = readStory(text, plain, resolved);
  const warnings: Diagnostic[] = [...decodeWarnings, ...header.warnings];

  if (header.title === null) {
    warnings.push(diagnostic('title-missing', 'no headline line found before the body', 1));
  } else if (header.title.text.length > TITLE_WARN_LENGTH) {
    warnings.push(
      diagnostic(
        'title-long',
        `title is ${header.title.text.length} characters, longer than a headline should be (${TITLE_WARN_LENGTH})`,
        header.title.line,
      ),
    );
  }
  if (header.timestamp === null) {
    warnings.push(diagnostic('timestamp-missing', 'no timestamp found in the header lines', null, 'info'));
  }
  if (paragraphs.text.length === 0) {
    warnings.push(diagnostic('body-empty', 'no body text after the header', null));
  }

  removed.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const body = paragraphs.text;
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    title: header.title?.text ?? null,
    timestamp: header.timestamp,
    updated: header.updated,
    byline: header.byline,
    dateline,
    credits,
    language: resolved.lang !== null ? { code: resolved.lang, confidence: 1, source: 'option' } : detectLanguageAfter(body, guessed),
    body,
    removed,
    warnings,
    provenance: {
      title: header.title?.line ?? null,
      body: paragraphs.start.map((start, i) => [start, paragraphs.end[i]!] as [number, number]),
    },
    stats: {
      // Paragraphs are normalized: words are separated by exactly one space.
      words: body.reduce((sum, paragraph) => sum + countOf(paragraph, ' ') + 1, 0),
      paragraphs: body.length,
      characters: body.reduce((sum, paragraph) => sum + codePoints(paragraph), 0),
      normalized: { ...counts },
    },
    source: {
      file: resolved.fileName,
      encoding,
      bom,
      lineEnding,
      bytes: bytes.length,
      sha256,
    },
  };
  return { ok: true, article };
}

/**
 * Normalize, header, sign-off, segment, dateline: everything that needs the lines. A function of
 * its own so the lines (an object per input line) can be freed before the article is built.
 * `plain` is `isPlainText(text)`, from the decode stage.
 */
function readStory(text: string, plain: boolean, options: ResolvedOptions) {
  const { lines: allLines, lineEnding, counts } = normalize(text, plain);
  // Which lines are page clutter, asked by the page stage and the header alike.
  const clutter = new LineClutter();
  const page = options.keepBoilerplate ? null : findPage(allLines, clutter);
  // A page whose columns stood side by side has them on lines of their own.
  const pageLines = page?.lines ?? allLines;
  const furniture: RemovedLine[] = [];
  const lines = page ? clearFurniture(pageLines, page, furniture) : allLines;
  const pageTitle = page?.title == null ? null : { text: pageLines[page.title]!.text, line: pageLines[page.title]!.no };
  const stampOptions = stampOptionsFor(options, lines);
  const header = readHeader(lines, stampOptions, page ? pageTitle : undefined, options.keepBoilerplate, page?.start, clutter);
  if (page) {
    if (pageTitle) furniture.push({ line: pageTitle.line, reason: 'title', text: pageTitle.text });
    // What lies between the header and the article block (standfirst, captions, share boxes).
    // A line the header split (a headline glued to its lead) is the lead's: it stays in the body.
    for (let i = header.bodyStart; i < page.start; i++) {
      const line = lines[i]!;
      if (line.text === '' || header.below.includes(i) || (header.lead && i === header.bodyStart)) continue;
      furniture.push({ line: line.no, reason: 'boilerplate', kind: 'page', text: line.text });
      lines[i] = { ...line, text: '' };
    }
  }
  const removed: RemovedLine[] = [...header.removed, ...furniture];

  // The body starts at the first line the header kept (a kicker with keepBoilerplate); the
  // lines it took between that one and its end leave as blanks.
  const from = header.kept[0] ?? header.bodyStart;
  const bodyLines: Line[] = lines.slice(from);
  for (let i = from; i < header.bodyStart; i++) if (!header.kept.includes(i)) bodyLines[i - from] = { ...lines[i]!, text: '' };
  // Stamp and byline lines the header took from under a standfirst.
  for (const i of header.below) bodyLines[i - from] = { ...lines[i]!, text: '' };
  if (header.lead && bodyLines.length > header.bodyStart - from) bodyLines.splice(header.bodyStart - from, 1, ...header.lead);
  const stampLines = new Set(header.removed.filter((line) => line.reason === 'timestamp').map((line) => line.text));
  const credits = readTail(bodyLines, removed, stampLines);

  const paragraphs = segment(bodyLines);
  // The lead is the first paragraph the header did not keep above it.
  const keptNos = header.kept.map((i) => lines[i]!.no);
  let first = 0;
  while (first < paragraphs.start.length && keptNos.includes(paragraphs.start[first]!)) first++;
  const lead = paragraphs.text[first];
  const next = paragraphs.text[first + 1];
  const dateline = lead !== undefined ? matchDateline(lead, paragraphs.start[first]!) : null;
  // A dateline on a line of its own (`    BENTON HARBOR, MICH., Oct 19 -`) belongs to the lead.
  if (dateline && lead !== undefined && next !== undefined && dateline.text === lead) {
    paragraphs.text.splice(first, 2, `${lead} ${next}`);
    paragraphs.start.splice(first + 1, 1);
    paragraphs.end.splice(first, 1);
  }
  // The sample the language guess counted, if a line asked for it: the body's detection reuses its counts.
  const guessed = stampOptions instanceof GuessedStampOptions ? stampOptions.counted : null;
  return { header, dateline, paragraphs, removed, credits, lineEnding, counts, guessed };
}

/**
 * The stamp options of a story: its language's stamp vocabulary is tried first. That is the
 * `--lang` language, else the language of the story's first lines as the detector's cheap
 * pre-checks tell it (script, stopwords; never franc, so no story loads it for this), guessed
 * when a line first asks: a line with a digit, or a header line of up to 80 characters that may
 * be a byline in the story's language (`claimLocaleByline`), so in practice for most stories,
 * the headline asking first. English, or no answer, keeps the default
 * order (English first), so an English story reads its stamps exactly as without a guess.
 */
function stampOptionsFor(options: ResolvedOptions, lines: readonly Line[]): StampOptions {
  // The header's claimers use stamp lines only.
  if (options.lang !== null) return { ...options, languages: [options.lang], stampLinesOnly: true };
  return new GuessedStampOptions(options, lines);
}

/**
 * Stamp options whose `languages` is guessed from the story's first lines when first read. A
 * class, so its getter lives on the prototype and every story's options share one shape: an
 * object literal with a spread and a getter took V8's slow path to build, once a story.
 * It implements `Required<StampOptions>`: the constructor copies each field by name, so a field
 * added to `StampOptions`, optional or not, must be added here too or the build fails (with a
 * plain `StampOptions` a new optional field would be dropped without a word).
 */
class GuessedStampOptions implements Required<StampOptions> {
  readonly tz: string | null;
  readonly dateOrder: ResolvedOptions['dateOrder'];
  readonly referenceDate: string | null;
  readonly fileName: string | null;
  readonly keepBoilerplate: boolean;
  readonly lang: string | null;
  readonly stampLinesOnly = true;
  private guessed: readonly string[] | null | undefined = undefined;
  private unknown = false;
  /** The ASCII sample the guess counted (see guessLanguageCounted), once a line asked for the guess. */
  counted: CountedSample | null = null;
  private readonly lines: readonly Line[];

  constructor(options: ResolvedOptions, lines: readonly Line[]) {
    this.tz = options.tz;
    this.dateOrder = options.dateOrder;
    this.referenceDate = options.referenceDate;
    this.fileName = options.fileName;
    this.keepBoilerplate = options.keepBoilerplate;
    this.lang = options.lang;
    this.lines = lines;
  }

  get languages(): readonly string[] | null {
    if (this.guessed === undefined) {
      const { language, counted } = guessLanguageCounted(firstTexts(this.lines));
      const code = language?.code ?? null;
      this.counted = counted;
      this.guessed = code === null || code === 'en' ? null : [code];
      this.unknown = code === null;
    }
    return this.guessed;
  }

  /** True when the guess found no language (not English): see `StampOptions.languageUnknown`. */
  get languageUnknown(): boolean {
    return this.languages === null && this.unknown;
  }
}

/** The texts of the first lines, enough for language detection's sample. */
function firstTexts(lines: readonly Line[]): string[] {
  const texts: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (line.text === '') continue;
    texts.push(line.text);
    length += line.text.length + 1;
    if (length >= SAMPLE_CHARACTERS) break;
  }
  return texts;
}

/**
 * The lines the header and body stages see on a page: furniture and the headline blanked (a
 * blank line also ends a paragraph there), each furniture line recorded in `removed`; a line
 * with cards glued inside it (The Hill's) keeps its text without them, each card recorded.
 */
function clearFurniture(lines: readonly Line[], page: PageLayout, removed: RemovedLine[]): Line[] {
  return lines.map((line, index) => {
    if (index === page.title) return { ...line, text: '' };
    const kind = page.drop.get(index);
    const cut = page.cut?.get(index);
    if (cut !== undefined) {
      for (const card of cut.cards) removed.push({ line: line.no, reason: 'boilerplate', kind: 'related', text: card });
      return { ...line, text: cut.text };
    }
    if (kind === undefined) return line;
    removed.push({ line: line.no, reason: 'boilerplate', kind, text: line.text });
    return { ...line, text: '' };
  });
}

/**
 * The tail of the story: from the last line up, sign-offs (`REUTER`, `-- END --`, `bur/jm`,
 * `(dpa)`), separators (`___`), legal footers (`Our Standards: …`, AP's copyright) and credit
 * lines (`(Reporting by …; Editing by …)`) leave the body, and so does the header's stamp line
 * printed again under the story (`Published 7:07 PM EST Nov 19, 2019` at the end of a USA Today
 * article area; `stampLines` are the texts of the header's stamp lines), until a line of story
 * text. Then a sign-off or a credit glued to that last sentence is cut off it. Returns the
 * credits, in line order.
 */
function readTail(lines: Line[], removed: RemovedLine[], stampLines: ReadonlySet<string>): Credit[] {
  const credits: Credit[] = [];
  const first = lines.findIndex((line) => line.text !== '');
  let last = lines.length - 1;
  for (;;) {
    while (last >= 0 && lines[last]!.text === '') last--;
    const line = lines[last];
    // The first line of the body always stays: a story is never only its furniture.
    if (!line || last <= first) return credits;
    const found = matchCredits(line.text, line.no);
    if (found) credits.unshift(...found);
    const reason = found
      ? 'credit'
      : stampLines.has(line.text)
        ? 'timestamp'
        : isSignoff(line.text)
        ? 'signoff'
        : isSeparator(line.text)
          ? 'separator'
          : isLegalFooter(line.text)
            ? 'boilerplate'
            : null;
    if (reason === null) break;
    removed.push(reason === 'boilerplate' ? { line: line.no, reason, kind: 'legal', text: line.text } : { line: line.no, reason, text: line.text });
    lines.splice(last, 1);
    last--;
  }
  const line = lines[last]!;
  const credit = gluedCredits(line.text);
  if (credit) {
    const found = matchCredits(credit.credit, line.no);
    if (found) {
      credits.unshift(...found);
      removed.push({ line: line.no, reason: 'credit', text: credit.credit });
      lines[last] = { ...line, text: credit.rest };
      return credits;
    }
  }
  const glued = gluedSignoff(line.text);
  if (glued) {
    removed.push({ line: line.no, reason: 'signoff', text: glued.signoff });
    lines[last] = { ...line, text: glued.rest };
  }
  return credits;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/** Any low surrogate: the second half of a pair, which {@link codePoints} does not count. */
const LOW_SURROGATE = /[\uDC00-\uDFFF]/;

/** Length in Unicode code points (what a reader counts as characters), without building an array. */
function codePoints(text: string): number {
  // Most paragraphs hold none (V8 answers at once for a one-byte string): their length is it.
  if (!LOW_SURROGATE.test(text)) return text.length;
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) count--;
  }
  return count;
}

/** The bytes of a binary input, without copying; null when the input is not bytes. */
function asBytes(input: unknown): Uint8Array | null {
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  return null;
}
