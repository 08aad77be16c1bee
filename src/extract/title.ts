/**
 * Title: the headline line of the header zone. Kept exactly as written (an ALL-CAPS wire
 * headline stays ALL CAPS). A line that reads like prose is not a headline.
 */

import type { Line } from '../line.js';
import { LETTER, UPPER } from './letters.js';
import { latinStopwordCounts } from './stopwords.js';

/** Longer than this, a title gets a `title-long` warning (headlines rarely pass ~120). */
export const TITLE_WARN_LENGTH = 150;
/** Longer than this, a line is not taken as a title at all. */
const TITLE_MAX_LENGTH = 250;
const TITLE_MAX_WORDS = 40;

/** Sentence ends followed by a new sentence: `said. The`, `ago." He`. */
const SENTENCE_BREAK = new RegExp(`[.!?]["'”’)]?\\s+["'“‘(]?[${UPPER}]`, 'g');

/** A letter of a cased script, or any character beyond them (CJK, Arabic, ...). */
const HAS_LETTER = new RegExp(`[${LETTER}\u0370-\uFFFF]`);

export function looksLikeHeadline(text: string): boolean {
  if (text.length === 0 || text.length > TITLE_MAX_LENGTH) return false;
  // `text.split(' ').length`, counted without the array.
  if (spaces(text, TITLE_MAX_WORDS) + 1 > TITLE_MAX_WORDS) return false;
  if (!HAS_LETTER.test(text)) return false;
  // Two or more sentences, or one long sentence ending in a full stop, is prose.
  const breaks = sentenceBreaks(text);
  if (breaks >= 2) return false;
  if (breaks === 1 && text.length > 120) return false;
  // A headline rarely ends in a full stop; a long line that does is a lead (body-only Horne files).
  if (/[.]["'”’]?$/.test(text) && text.length > 100) return false;
  return breaks > 0 || !isProseSentence(text);
}

/** How many spaces `text` holds, counting no further than `limit`. */
function spaces(text: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(' '); at !== -1 && count <= limit; at = text.indexOf(' ', at + 1)) count++;
  return count;
}

/**
 * `text.match(SENTENCE_BREAK)?.length ?? 0`, up to 2 (all {@link looksLikeHeadline} tells apart),
 * found one by one without an array of them.
 */
function sentenceBreaks(text: string): number {
  SENTENCE_BREAK.lastIndex = 0;
  let breaks = 0;
  while (breaks < 2 && SENTENCE_BREAK.exec(text) !== null) breaks++;
  SENTENCE_BREAK.lastIndex = 0;
  return breaks;
}

/** Fewest words of a one-sentence line that reads as a lead rather than a headline. */
const PROSE_WORDS = 12;
/** Least share of stopwords in such a line (running prose has a third or more; headlines drop them). */
const PROSE_STOPWORDS = 0.3;

/**
 * One sentence of running prose ending in a full stop: twelve words or more, most of them in
 * lower case, and stopword-rich. The first line of a text with no headline (Experience's
 * `Experience is thrilled to have Junior Gaspard, long time ExpApper, as our new President and
 * CEO.`, 97 characters; Horne's body-only `134_Real.txt`, `The gloves are off in the fight
 * between John Kasich and Donald Trump.`), not a headline: those drop their stopwords and full
 * stop, or are in Title Case (`Home Depot Stock Is Falling After Its Earnings Release. Why You
 * Shouldn’t Worry.`), or shorter (`Google Stadia Red Dead Redemption 2 doesn't run at a stable 60fps.`).
 */
function isProseSentence(text: string): boolean {
  if (!/[\p{L}\d)][.]["'”’]?$/u.test(text)) return false;
  const words = text.split(' ');
  if (words.length < PROSE_WORDS) return false;
  let lower = 0;
  for (const word of words) if (/^["'“‘(]?\p{Ll}/u.test(word)) lower++;
  if (lower * 2 < words.length) return false;
  const { words: counted, counts } = latinStopwordCounts(text.toLowerCase());
  return counted > 0 && Math.max(...counts) >= PROSE_STOPWORDS * counted;
}

/**
 * A kicker: a section label above the headline (`Africa`, `World`, `Opinion`). At most three
 * words and 30 characters, no digits and no sentence mark, followed by a headline (at least
 * four words, over twice as long, not ending in a full stop). Not an all-capitals line. A list
 * marker in front (`1. Advice`, `• Top Local Stories`) does not count.
 */
const LIST_MARKER = /^(?:\d{1,2}\.|[•◦○●▪▸►‣*-]) /u;
export function isKicker(line: string, next: string | undefined): boolean {
  // A breadcrumb or menu item as a text browser lists it: `1. Advice`, `• Top Local Stories`.
  const text = line.replace(LIST_MARKER, '');
  if (next === undefined || text.length > 30 || text.split(' ').length > 3) return false;
  if (/\d|[.!?:;,"“”]$/u.test(text) || !/^\p{Lu}/u.test(text)) return false;
  // Wire headlines are in capitals and may be short (`TITLE OF STORY` over the dateline).
  if (!/\p{Ll}/u.test(text)) return false;
  return next.split(' ').length >= 4 && next.length > 2 * text.length && !/[.]["'”’]?$/u.test(next) && looksLikeHeadline(next);
}

/** How far into a flattened line the headline block may end. */
const FLAT_HEAD_MAX = 400;
/**
 * A flattened headline is a short first sentence (G1 and Estadão: 12 to 90 characters); a
 * longer one is the first sentence of a lead paragraph (Fake.br 1.txt: 148).
 */
const FLAT_TITLE_MAX = 120;

/**
 * Flattened stories (Fake.br's G1 and Estadão texts): headline, standfirst and body on one
 * line, `Headline. Standfirst..  Body…`, where a double space after a full stop ends the
 * headline block. The headline is the block's first sentence (its joining full stop dropped),
 * the standfirst the rest of the block. Null when the line has no such gap, or the block
 * before it is a single sentence.
 */
export function splitFlattened(line: Line): { title: string; standfirst: string; body: string } | null {
  const gap = line.gaps?.find((at) => at <= FLAT_HEAD_MAX && /[.!?"”]/.test(line.text[at - 1] ?? ''));
  if (gap === undefined) return null;
  const head = line.text.slice(0, gap);
  const body = line.text.slice(gap + 1);
  // The block is a headline and a standfirst: at least two sentences. A lone sentence before
  // the gap is a lead paragraph (Fake.br 1.txt), not a headline.
  const end = /[.!?] /.exec(head);
  if (!end || body === '') return null;
  const title = head.slice(0, end.index + (head[end.index] === '.' ? 0 : 1));
  const standfirst = head.slice(end.index + 2).replace(/\.\.$/, '.');
  if (title.length > FLAT_TITLE_MAX || !looksLikeHeadline(title)) return null;
  return { title, standfirst, body };
}
