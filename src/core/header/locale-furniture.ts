/**
 * A stamp among the furniture words of the story's language, on one header line: a byline
 * (`Текст: Лида Буслаева·11 октября 2018`, `by ライトハウス国際特許事務所／ 2016.12.01`,
 * `Par Jean Dupont, publié le 12 mars 2019 à 10h31`), a reading time or another labelled field
 * (`Opublikowano: 12 maja 2026 | Czas czytania: 5 min`, `公開日：2026年7月22日／監修・編集：…`,
 * `05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: …`), a count, or (under
 * the headline) a short capitalized label. The words are the language's
 * (`FurnitureWords` in `src/extract/timestamp/locales/<xx>.ts`); English lines are
 * `stamp-among-words.ts`'s, so this claimer reads only stories whose language is another one.
 *
 * The line is cut at furniture separators (`|`, `·`, `•`, `／`, ` / `, ` - `, ` — `); each part
 * must be a stamp line with a written year (several parts may make one: `12.03.2019 - 10:31 Uhr`),
 * a byline, a labelled field, a count or a label. A part that is none of them is prose, and the
 * line is not read: a date inside a sentence never becomes the stamp. The byline part, when
 * there is one, becomes the byline; the line leaves the body as `byline`, or as `timestamp`.
 */
import { matchLabelledByline, type BylineMatch } from '../../extract/byline.js';
import type { HeaderFurniture } from '../../extract/timestamp/locale.js';
import { LOCALES, localeOf } from '../../extract/timestamp/locales/index.js';
import type { StampOptions, StampResult } from '../../extract/timestamp.js';
import type { Byline, Diagnostic, Timestamp } from '../../schema/article.js';
import type { Line } from '../../line.js';
import { asTimestamps, furnitureClaim, FURNITURE_LINE_MAX, shiftWarnings, type Claimer } from './claim.js';
import { readStampLine } from './stamp-line.js';
import { lazyPattern } from '../../extract/openers.js';

/** At most this many parts between separators. */
const MAX_PARTS = 8;

export const claimLocaleFurniture: Claimer = (line, { lines, index, byline, title, options }) => {
  // The emphasis claimer asks about the line without its marks: the written line still has them.
  const emphasized = lines[index] !== undefined && lines[index].text !== line.text;
  const read = readLocaleFurniture(line, options, title !== null, emphasized);
  return read === null ? null : furnitureClaim(line, byline, read);
};

export interface LocaleFurniture {
  stamps: Timestamp[];
  warnings: Diagnostic[];
  byline: Byline | null;
}

/**
 * A year as stamps write it: four digits from 1900 to 2099, or two after a numeric day and
 * month (`05.11.18`). A line without one is not read.
 */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)|\d[./-]\d{1,2}[./-]\d\d(?!\d)/u;
/** Separators between the parts of a furniture line; a slash and a dash only with spaces around (dates use them). */
const SEPARATOR = lazyPattern(() => /\s*[|·•／｜]\s*|\s+\/\s+|\s+[-–—]+\s+/gu);
/** A list marker before the line (`• by …`, as w3m prints an item). */
const MARKER = lazyPattern(() => /^[•·▪◦]\s+/u);
/** A short note in brackets closing the line (`（PT）` after a Japanese date). */
const BRACKETED = lazyPattern(() => /\s*[（(]([^()（）]{1,12})[)）]$/u);

interface Part {
  start: number;
  end: number;
}

/**
 * The stamps and byline of a line that holds a stamp among the furniture words of the story's
 * language (the first of `options.languages`), or null. Short capitalized labels are read only
 * when `underTitle`: above the headline, a line of capitalized words and a date may be the headline.
 */
export function readLocaleFurniture(line: Pick<Line, 'no' | 'text'>, options: StampOptions, underTitle: boolean, emphasized = false): LocaleFurniture | null {
  const written = line.text;
  if (written.length > FURNITURE_LINE_MAX || !WRITTEN_YEAR.test(written)) return null;
  const language = furnitureLanguage(options, written);
  if (!language) return null;
  const { furniture } = language;
  options = language.options;
  const parts = partsOf(written);
  if (parts === null) return null;

  const stamps: Timestamp[] = [];
  const warnings: Diagnostic[] = [];
  let byline: Byline | null = null;
  let others = 0;
  const takeStamp = (start: number, read: StampResult): void => {
    stamps.push(...asTimestamps(read.matches));
    warnings.push(...shiftWarnings(read.warnings, start));
  };
  for (let i = 0; i < parts.length; ) {
    const stamp = longestStamp(written, parts, i, parts[i]!.start, line.no, options);
    if (stamp === 'yearless') return null;
    if (stamp) {
      takeStamp(parts[i]!.start, stamp.read);
      i = stamp.next;
      continue;
    }
    const text = written.slice(parts[i]!.start, parts[i]!.end);
    const kind = furnitureKind(text, furniture, underTitle);
    if (kind !== null) {
      if (kind !== 'furniture' && byline === null) byline = asByline(kind, text, line.no);
      others++;
      i++;
      continue;
    }
    // A byline and a stamp in one part, the stamp opened by a label (`Par Jean Dupont, publié le
    // 12 mars 2019`), or the stamp, then a byline label (`Posted on Oktober 27, 2015 by Admin`).
    const split = splitAtStampLabel(written, parts, i, furniture, line.no, options, underTitle, emphasized) ?? splitAtBylineLabel(written, parts[i]!, furniture, line.no, options);
    if (split === null) return null;
    if (byline === null && split.byline !== null) byline = { ...split.byline, line: line.no };
    takeStamp(split.stampStart, split.read);
    others++;
    i = split.next ?? i + 1;
  }
  if (stamps.length === 0 || others === 0) return null;
  return { stamps, warnings, byline };
}

/** The story language's furniture words, when it is not English (`stamp-among-words.ts` reads English lines). */
export function storyFurniture(options: StampOptions): HeaderFurniture | null {
  const code = options.languages?.[0];
  if (typeof code !== 'string') return null;
  return localeOf(code)?.furniture ?? null;
}

/**
 * The furniture words the line is read with, and the stamp options to read it with: the story's
 * language's; or, when the story's language was not found (a language the detector's pre-checks
 * cannot settle, such as Czech, Hungarian or Finnish, without `--lang`), the one language other
 * than English whose stamp label the line holds (`Közzétéve`, `Aktualizováno`), read as if given.
 * Null when neither: two languages' labels, none, or an English story.
 */
function furnitureLanguage(options: StampOptions, text: string): { furniture: HeaderFurniture; options: StampOptions } | null {
  const furniture = storyFurniture(options);
  if (furniture) return { furniture, options };
  if (options.languageUnknown !== true) return null;
  let found: (typeof LOCALES)[number] | null = null;
  for (const locale of LOCALES) {
    // The label first: it is read from the catalog, where a language's furniture builds the language.
    if (locale.code === 'en' || locale.hasLabel?.(text) !== true || !locale.furniture) continue;
    if (found) return null;
    found = locale;
  }
  return found?.furniture ? { furniture: found.furniture, options: { ...options, languages: [found.code], languageUnknown: false } } : null;
}

/** The parts of the line between separators (a closing note in brackets a part of its own), or null when there are too many. */
function partsOf(text: string): Part[] | null {
  const marker = MARKER().exec(text);
  let start = marker ? marker[0].length : 0;
  const parts: Part[] = [];
  for (const separator of text.matchAll(SEPARATOR())) {
    const at = separator.index ?? 0;
    if (at > start) parts.push({ start, end: at });
    start = at + separator[0].length;
  }
  if (start < text.length) parts.push({ start, end: text.length });
  const last = parts.at(-1);
  if (last) {
    const note = BRACKETED().exec(text.slice(last.start, last.end));
    if (note && note.index > 0) {
      const noteStart = last.start + note.index + note[0].indexOf(note[1]!);
      parts.splice(-1, 1, { start: last.start, end: last.start + note.index }, { start: noteStart, end: noteStart + note[1]!.length });
    }
  }
  return parts.length > MAX_PARTS ? null : parts;
}

/**
 * The longest run of parts from part `i` (starting at `from`, inside it or at its start) that
 * reads as a whole stamp line: its reading and the part after it; `yearless` when that stamp
 * has no written year (a date among furniture needs its year); null when none reads.
 */
function longestStamp(text: string, parts: readonly Part[], i: number, from: number, no: number, options: StampOptions): { read: StampResult; next: number } | 'yearless' | null {
  if (!/\d/u.test(text.slice(from, parts.at(-1)!.end))) return null;
  for (let j = parts.length - 1; j >= i; j--) {
    const run = text.slice(from, parts[j]!.end);
    if (!/\d/u.test(run)) continue;
    const read = readStampLine({ no, text: run }, options);
    if (!read.stampLine) continue;
    if (read.yearless || read.matches.length === 0) return 'yearless';
    return { read, next: j + 1 };
  }
  return null;
}

/** What a part that is no stamp is: a byline, a blank byline label or other furniture (`furniture`), or null (prose). */
function furnitureKind(text: string, furniture: HeaderFurniture, underTitle: boolean): BylineMatch | 'furniture' | null {
  const byline = matchLabelledByline(text, furniture);
  if (byline === 'empty') return 'furniture';
  if (byline) return byline;
  if (isField(text, furniture) || isCount(text, furniture) || (underTitle && isLabel(text))) return 'furniture';
  return null;
}

function asByline(match: BylineMatch, text: string, no: number): Byline {
  return { names: match.names, agency: match.agency, role: match.role, text, line: no };
}

/** `Czas czytania: 5 min`, `Categoria: Saúde`, `監修・編集：作業用品ナビ編集部`: a field's label and a colon, then anything short. */
function isField(text: string, furniture: HeaderFurniture): boolean {
  const lower = text.toLowerCase();
  return furniture.fields.some((label) => {
    if (!lower.startsWith(label)) return false;
    const colon = /^\s*[:：]/u.exec(text.slice(label.length));
    return colon !== null && text.length - label.length - colon[0].length <= 80;
  });
}

/**
 * Words of a count (`2 comentários`, `Comente!`, `5 min`, `Số lần đăng: 3`): every word a number or
 * a count word, or one of the words of a count written in several (`bình luận`, `số lần đăng`), in order.
 */
function isCount(text: string, furniture: HeaderFurniture): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s()（）]+/u)
    .map((word) => word.replace(/[!.:,]+$/u, ''))
    .filter((word) => word !== '');
  if (words.length === 0) return false;
  let counted = 0;
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    // A count word may be glued to its number (`4개`, `5min`).
    if (/^\d+$/u.test(word) || furniture.counts.includes(word.replace(/^\d+(?=\D)/u, ''))) {
      i++;
      counted++;
      continue;
    }
    const phrase = furniture.counts.find((count) => count.includes(' ') && words.slice(i, i + count.split(' ').length).join(' ') === count);
    if (phrase === undefined) return false;
    i += phrase.split(' ').length;
    counted++;
  }
  return counted <= 4;
}

/** A section's or source's name: one to three capitalized words, or a zone in capitals (`PT`). */
const LABEL = lazyPattern(() => /^[A-ZÀ-ÖØ-ÞА-ЯЁ][\p{L}'’&.-]*(?: [A-ZÀ-ÖØ-ÞА-ЯЁ&][\p{L}'’&.-]*){0,2}$/u);

/** True when the part ends in a full stop that is not the last stamp's own. */
function closedBySentence(part: string, read: StampResult): boolean {
  const last = read.matches.at(-1);
  return /\.\s*$/u.test(part) && !(last?.text.endsWith('.') ?? false);
}

/** One capitalized word before a stamp label: what the stamp dates (`Analyse`, `Dokumentum`, `Document`). */
const ONE_WORD = lazyPattern(() => /^[A-ZÀ-ÖØ-ÞА-ЯЁ][\p{Ll}]+$/u);

function isLabel(text: string): boolean {
  return LABEL().test(text) && !/[.]$/u.test(text);
}

/** A part cut in a byline and a stamp: where the stamp starts, its reading, and the part after it (absent: the next one). */
interface Split {
  /** Null when the words before the stamp are a label, not a byline (`Analyse aktualisiert am …`). */
  byline: (BylineMatch & { text: string }) | null;
  stampStart: number;
  read: StampResult;
  next?: number;
}

/**
 * A part holding a byline and then a stamp opened by one of the language's stamp labels
 * (`Par Jean Dupont, publié le 12 mars 2019 à 10h31`, `Von Moritz Bachmann publiziert am 30. Juli
 * 2018`), or, under the headline, one capitalized word naming what was published or updated
 * (`Analyse aktualisiert am 2025-12-06 07:54`, `Dokumentum frissítve: 2025.02.13`), on an
 * emphasized line, after a colon or with a time (else a deck: `Decreto publicado em 12 de março
 * de 2024`): the byline (null
 * for such a word), where the stamp starts, its reading and the part after it; or null.
 */
function splitAtStampLabel(
  text: string,
  parts: readonly Part[],
  i: number,
  furniture: HeaderFurniture,
  no: number,
  options: StampOptions,
  underTitle: boolean,
  emphasized: boolean,
): Split | null {
  const part = parts[i]!;
  const lower = text.slice(part.start, part.end).toLowerCase();
  for (const label of furniture.stampLabels) {
    for (let at = lower.indexOf(label, 1); at !== -1; at = lower.indexOf(label, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(lower[at - 1]!)) continue;
      const bylineText = text.slice(part.start, part.start + at).replace(/[\s,;:]+$/u, '');
      const byline = matchLabelledByline(bylineText, furniture);
      const named = underTitle && ONE_WORD().test(bylineText);
      if ((byline === null || byline === 'empty') && !named) continue;
      const stamp = longestStamp(text, parts, i, part.start + at, no, options) ?? stampBeforeCount(text, part, part.start + at, furniture, no, options);
      if (stamp === null || stamp === 'yearless') continue;
      const read = byline === null || byline === 'empty' ? null : { ...byline, text: bylineText };
      // A word, a label and a date alone may be a deck (`Decreto publicado em 12 de março de 2024`,
      // `Gesetz veröffentlicht am 12. März 2024`): the word is read as what the stamp dates only
      // on an emphasized line, with a colon after the label (`Dokumentum frissítve: 2025.02.13`) or
      // with a time (`Analyse aktualisiert am 2025-12-06 07:54 UTC+1`).
      if (read === null && !emphasized && !/^\s*[:：]/u.test(lower.slice(at + label.length)) && !stamp.read.matches.some((match) => match.iso.includes('T'))) continue;
      // A word, a label and a date closed by a full stop is a sentence (`Webbplatsen publicerades den
      // 2025-10-26.`); a date that ends in its own dot (`2025. március 11.`) is not closed by one.
      if (read === null && closedBySentence(text.slice(part.start, part.end), stamp.read)) continue;
      return { byline: read, stampStart: part.start + at, read: stamp.read, next: stamp.next };
    }
  }
  return null;
}

/**
 * The stamp from `from` to a count that ends the part, with no separator before it (`입력
 * 2018.07.22. 19:36 수정 2018.07.22. 19:52 댓글 4개`, `입력 2025.03.11. 09:00 3`): its reading and the
 * part after this one; null when the part ends in no count or the rest is no whole stamp line.
 */
function stampBeforeCount(text: string, part: Part, from: number, furniture: HeaderFurniture, no: number, options: StampOptions): { read: StampResult; next: undefined } | 'yearless' | null {
  const written = text.slice(from, part.end);
  const spaces = [...written.matchAll(/\s+/gu)].map((space) => space.index ?? 0);
  // The longest count at the end, of at most four words.
  for (const cut of spaces.slice(-4)) {
    if (!isCount(written.slice(cut), furniture)) continue;
    const stampText = written.slice(0, cut);
    if (!/\d/u.test(stampText)) return null;
    const read = readStampLine({ no, text: stampText }, options);
    if (!read.stampLine) return null;
    if (read.yearless || read.matches.length === 0) return 'yearless';
    return { read, next: undefined };
  }
  return null;
}

/**
 * A part holding a stamp and then a byline opened by `by` or one of the language's byline labels
 * (`Posted on Oktober 27, 2015 by Admin`): the byline and the stamp, or null.
 */
function splitAtBylineLabel(text: string, part: Part, furniture: HeaderFurniture, no: number, options: StampOptions): Split | null {
  const written = text.slice(part.start, part.end);
  const lower = written.toLowerCase();
  for (const label of ['by', ...furniture.byline]) {
    for (let at = lower.indexOf(` ${label}`, 1); at !== -1; at = lower.indexOf(` ${label}`, at + 1)) {
      const bylineText = written.slice(at + 1);
      const byline = matchLabelledByline(bylineText, furniture);
      if (byline === null || byline === 'empty') continue;
      const stampText = written.slice(0, at).replace(/[\s,;:]+$/u, '');
      if (!/\d/u.test(stampText)) continue;
      const read = readStampLine({ no, text: stampText }, options);
      if (!read.stampLine || read.yearless || read.matches.length === 0) continue;
      return { byline: { ...byline, text: bylineText }, stampStart: part.start, read };
    }
  }
  return null;
}
