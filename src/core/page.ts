/**
 * Page stage, for text scraped from a web page (an article area copied, or a whole page dumped
 * by a text browser): finds the article block, the headline above it, and the page furniture
 * around and inside it. Wire copy is left alone: the stage returns null unless the text shows
 * page clutter.
 *
 * The block is found as jusText and boilerpipe do, on text: each line is scored by length,
 * stopword share and sentence ends (prose is long and stopword-rich; menus, teasers and credits
 * are not), clutter lines and section headings (`Comments`, `Related stories`) cost, and the
 * block is the run of lines with the highest total. Lines outside it are furniture; inside it
 * only lines that are clutter wherever they stand are dropped (recall before precision).
 */
import { BULLET, isWeakCaption, sectionKind, withoutNameCards, type BoilerplateKind } from '../extract/boilerplate.js';
import { matchByline } from '../extract/byline.js';
import { matchDateline } from '../extract/dateline.js';
import { findTimestamps, type StampOptions } from '../extract/timestamp.js';
import { READ_MORE, STAMP_HINT, pickHeadline, storyBreak } from '../extract/page-title.js';
import { detectStopwords, stopwordShare, type StopwordList } from '../extract/stopwords.js';
import type { Line } from '../line.js';
import type { Grade, ScoredLine } from '../extract/scored-line.js';
import { LineClutter } from './line-clutter.js';
import { COLUMN_SLACK, splitColumns, type Columns } from './columns.js';
import { lazyPattern } from '../extract/openers.js';

export interface PageLayout {
  /** Index in `lines` of the headline, or null when no line qualifies. */
  title: number | null;
  /** First and last index (inclusive) of the article block. */
  start: number;
  end: number;
  /** Lines that are furniture, by index: every line outside the block, clutter inside it. */
  drop: Map<number, BoilerplateKind>;
  /**
   * The lines the indices above count, when the page stage split a page's side-by-side columns
   * into lines of their own (see `splitColumns`); absent: the lines it was given.
   */
  lines?: Line[];
  /** Lines of the story with other things glued inside them (The Hill's name cards): the line's text without them, and their texts. */
  cut?: Map<number, { text: string; cards: string[] }>;
}

/** Below this many clutter-like lines, the text is not a page (wire copy, a clean story). */
const MIN_CLUTTER = 3;
/**
 * So many clutter lines make a page when they are of different kinds, both of a page's own
 * furniture ({@link PAGE_KINDS}), one of them a control of the site ({@link CONTROL_KINDS}: a
 * menu's `Close` over moneycontrol's `related news` box): a clean story's two `***` separators,
 * or its two pictures' captions, are one kind each; wire copy's `___` separator and copyright
 * footer are kinds clean stories carry; and a `Related: …` link and a newsletter pitch are what
 * a publisher sets between a story's paragraphs, which a story copied from its site carries along.
 */
const MIXED_CLUTTER = 2;
/** Kinds of clutter that only pages carry: not a separator (`text-browser`), a copyright footer (`legal`) or a caption. */
const PAGE_KINDS: ReadonlySet<BoilerplateKind> = new Set(['navigation', 'share', 'advert', 'related', 'newsletter', 'comments', 'player']);
/** Of {@link PAGE_KINDS}, the site's controls around a story rather than items set inside its text (a link to another story, a pitch, an advert). */
const CONTROL_KINDS: ReadonlySet<BoilerplateKind> = new Set(['navigation', 'share', 'comments', 'player']);
/**
 * A sentence's end, also with an emoji after it or in its place (`… performance today! 🙂`,
 * `Try something new with your couple this weekend 😉`), as blogs end theirs. Emoji only, from
 * the pictograph blocks: `©`, `®` and `™` end no sentence.
 */
const EMOJI = '[\\u{1F000}-\\u{1FAFF}\\u{2600}-\\u{27BF}]\\u{FE0F}?';
export const SENTENCE_END_PATTERN = lazyPattern(() => new RegExp(`(?:[.!?…。！？]["'”’»)]?|\\p{L} ?${EMOJI})(?: ?${EMOJI})*$`, 'u'));
/**
 * {@link SENTENCE_END_PATTERN}'s test, read from the line's end where it can: the pattern is not
 * anchored at the start, so V8 tries it at every position of the line. Every match ending in
 * anything but an emoji (a unit from U+2600 to U+27BF, U+FE0F or the second half of a surrogate
 * pair) repeats no emoji and takes the first alternative: a sentence mark, then maybe a quote or
 * a bracket, closing the line. Lines ending otherwise go to the pattern.
 */
export function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 0xfe0f || (last >= 0x2600 && last <= 0x27bf) || (last >= 0xdc00 && last <= 0xdfff)) return SENTENCE_END_PATTERN().test(text);
  if (isSentenceMark(last)) return true;
  return (last === 0x22 || last === 0x27 || last === 0x201d || last === 0x2019 || last === 0xbb || last === 0x29) && isSentenceMark(text.charCodeAt(text.length - 2));
}
const isSentenceMark = (unit: number) =>
  unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x2026 || unit === 0x3002 || unit === 0xff01 || unit === 0xff1f;
/** A line this long with sentences inside is a paragraph, whatever its last character. */
const WRAPPED = 500;
const SENTENCE_BREAK = lazyPattern(() => /[.!?…]["'”’»)]? \p{Lu}/gu);

/** `clutter` holds the story's `clutterKind` answers (see {@link LineClutter}), shared with the header. */
export function findPage(given: readonly Line[], clutter = new LineClutter()): PageLayout | null {
  // Counted on the lines themselves: most inputs are no page, and an object per line here
  // would cost a story of millions of short lines hundreds of megabytes for nothing.
  let filled = 0;
  let bullets = 0;
  let sideBySide = false;
  for (const line of given) {
    if (line.text === '') continue;
    filled++;
    if (BULLET.test(line.text) || line.text === '•') bullets++;
    if (line.columns !== undefined) sideBySide = true;
  }
  if (filled < 4) return null;
  // A page holds MIN_CLUTTER clutter lines, or MIXED_CLUTTER of different kinds (moneycontrol's
  // `Close` and `related news` over its teasers), or one among five bullets or more. Lines are
  // classified until that is found, or until the lines left could no longer make it up: wire
  // copy, which has none, leaves its last lines unread (the header asks about its first).
  const needed = bullets >= 5 ? 1 : MIXED_CLUTTER;
  let found = 0;
  let firstKind: BoilerplateKind | null = null;
  let control = false;
  let mixed = false;
  const enough = () => found >= needed && (needed === 1 || mixed || found >= MIN_CLUTTER);
  let left = filled;
  for (let index = 0; index < given.length && !enough() && found + left >= needed; index++) {
    const line = given[index]!;
    if (line.text === '') continue;
    left--;
    const kind = clutter.of(index, line.text);
    // A name over an outlet or a file name is a caption on a page, but no sign of one.
    if (kind === null || (kind === 'caption' && isWeakCaption(line.text))) continue;
    found++;
    if (!PAGE_KINDS.has(kind)) continue;
    control ||= CONTROL_KINDS.has(kind);
    if (firstKind === null) firstKind = kind;
    else if (kind !== firstKind) mixed = control;
  }
  if (!enough()) return null;
  const columns = sideBySide ? splitColumns(given) : null;
  const lines = columns?.lines ?? given;
  const { scored, first, last, stopwords } = scorePage(lines, clutter);
  const title = pickTitle(scored, first, stopwords, last);

  const drop = new Map<number, BoilerplateKind>();
  const start = scored[first]!.index;
  const end = scored[last]!.index;
  // Lines between the headline and the block are left to the header stage (stamps, bylines);
  // with no headline, the stamp and byline lines standing right above the block.
  const top = title ?? signedAbove(scored, first);
  const echoes = echoed(scored, title);
  // A byline or a stamp line printed right above the headline (`Von Moritz Bachmann publiziert
  // am 30. Juli 2018`, `Nov. 20, 2019 5:52 AM EST`) is the header's too.
  const above = title === null ? undefined : scored[scored.findIndex((line) => line.index === title) - 1];
  const headerAbove = above && above.clutter === null && isHeaderLine(above.text) ? above.index : null;
  const notes = storyNotes(scored, last);
  // The author's bio closing the story (Fox's `Julius is an LA Entertainment Reporter for Fox
  // News.` under `Fox News’ Jessica Napoli contributed to this report.`): the page's, so the
  // credit above it is the story's last line again.
  if (last > first && scored[last]!.clutter === null && isAuthorBio(scored[last]!.text)) drop.set(scored[last]!.index, 'page');
  const ownRepeats = storyRepeats(scored, first, last);
  scored.forEach((line, p) => {
    if (line.index === title || line.index === headerAbove || notes.has(line.index)) return;
    const inside = line.index >= top && line.index <= end;
    if (!inside) drop.set(line.index, line.clutter ?? line.section ?? 'page');
    else if (line.clutter !== null && !(line.repeated === true && ownRepeats.has(line.text)) && !isCitedSource(line, scored[p - 1])) drop.set(line.index, line.clutter);
    else if (isTeaserBlurb(line, scored[p + 1])) drop.set(line.index, 'related');
    else if (line.index >= start && echoes.has(line.text)) drop.set(line.index, 'related');
    else if (isShoutedPromo(line.text)) drop.set(line.index, 'newsletter');
    else if (line.index > start && isShoutedTeaser(line.text)) drop.set(line.index, 'related');
    else if (line.index > start && isSigned(line.text) && scored.some((other) => other.index >= top && other.index < line.index && other.text === line.text)) {
      // A stamp or byline printed again inside the story (a second `Published 11:11 PM EST Nov
      // 19, 2019`): the header reads the first copy, above it.
      drop.set(line.index, 'page');
    }
  });
  // Side columns first: a line that leaves as another column's is not the story's, so it is no
  // paragraph to cut name cards out of (its text would stay in the body).
  if (columns !== null) dropSideColumns(columns, scored, first, last, top, title, drop);
  const cut = gluedCards(scored, start, end, title, drop);
  if (columns === null) return cut ? { title, start, end, drop, cut } : { title, start, end, drop };
  return cut ? { title, start, end, drop, lines: columns.lines, cut } : { title, start, end, drop, lines: columns.lines };
}

/**
 * The headline (see `pickHeadline`), which may be a line above the block taken for a caption cut
 * short: a caption under the headline can open with the headline's words (`Sondland arrives at
 * the Capitol to testify on Ukraine` over `Sondland arrives at the Capitol to testify on Ukraine
 * in Washington, … (AP Photo/Andrew Harnik)`). Such lines are offered to the pick again; the one
 * it chooses is the headline, no caption. The others stay captions.
 */
function pickTitle(scored: readonly ScoredLine[], first: number, stopwords: StopwordList | null, last: number): number | null {
  const title = pickHeadline(scored, first, stopwords, last);
  const stubs = scored.slice(0, first).filter((line) => line.cutShort === true);
  if (stubs.length === 0) return title;
  for (const line of stubs) line.clutter = null;
  const again = pickHeadline(scored, first, stopwords, last);
  const headline = stubs.find((line) => line.index === again);
  for (const line of stubs) if (line !== headline) line.clutter = 'caption';
  if (headline === undefined) return title;
  headline.cutShort = false;
  return again;
}

/**
 * The lines of the article block (`start` to `end`) that hold glued name cards (see
 * `withoutNameCards`), or undefined. Not above the block: the lines there may leave whole.
 */
function gluedCards(
  scored: readonly ScoredLine[],
  top: number,
  end: number,
  title: number | null,
  drop: ReadonlyMap<number, BoilerplateKind>,
): Map<number, { text: string; cards: string[] }> | undefined {
  let cut: Map<number, { text: string; cards: string[] }> | undefined;
  for (const line of scored) {
    if (line.index < top || line.index > end || line.index === title || drop.has(line.index)) continue;
    const found = withoutNameCards(line.text);
    if (found !== null) (cut ??= new Map()).set(line.index, found);
  }
  return cut;
}

/**
 * Lines of another column between the top of the story and its end (the teasers w3m prints
 * beside the stamp and the lead): a line that starts where a side column starts, not where the
 * block's paragraphs start. A line that starts elsewhere (a centred
 * picture, a quote) is left alone.
 */
function dropSideColumns(
  { lines, side }: Columns,
  scored: readonly ScoredLine[],
  first: number,
  last: number,
  top: number,
  title: number | null,
  drop: Map<number, BoilerplateKind>,
): void {
  // The block's column: where most of its paragraphs start.
  const starts = new Map<number, number>();
  for (let p = first; p <= last; p++) {
    const line = scored[p]!;
    if (line.grade === 'good') starts.set(lines[line.index]!.indent, (starts.get(lines[line.index]!.indent) ?? 0) + 1);
  }
  let column = -1;
  let most = 0;
  for (const [x, count] of starts) if (count > most) [column, most] = [x, count];
  const near = (x: number, y: number) => Math.abs(x - y) <= COLUMN_SLACK;
  const end = scored[last]!.index;
  for (let index = top; index <= end; index++) {
    const x = lines[index]!.indent;
    if (index === title || lines[index]!.text === '' || drop.has(index) || near(x, column)) continue;
    if (side.some((at) => near(x, at))) drop.set(index, 'page');
  }
}

/** `Name is a reporter for …`: a first name or a full name, what the author is at the outlet, one sentence. */
const AUTHOR_BIO = lazyPattern(
  () =>
    /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2} (?:is|was) (?:an?|the) [^.!?]{0,80}\b(?:[Rr]eporter|[Ww]riter|[Ee]ditor|[Cc]orrespondent|[Pp]roducer|[Cc]ontributor|[Cc]olumnist|[Jj]ournalist|[Cc]ritic)(?: (?:for|at|with) [^.!?]{1,60})?\.$/u,
);
const isAuthorBio = (text: string) => text.length <= 200 && AUTHOR_BIO().test(text);

/** Two copies of a line this near (in non-blank lines) are a teaser's picture and link, not the story repeating itself. */
const REPEAT_APART = 4;

/**
 * Lines printed three times or more (teasers, see `markRepeats`) that the story itself repeats:
 * every copy inside the block, no two copies within a few lines of each other (the Beachbody
 * meal plan lists `Asian Chicken Zoodles [1 cup …]` on several days). Teasers stand outside the
 * story, or as a picture and its link one under the other.
 */
function storyRepeats(scored: readonly ScoredLine[], first: number, last: number): Set<string> {
  const at = new Map<string, number[]>();
  scored.forEach((line, p) => {
    if (line.repeated === true) at.set(line.text, [...(at.get(line.text) ?? []), p]);
  });
  const own = new Set<string>();
  for (const [text, places] of at) {
    if (places.every((p, k) => p >= first && p <= last && (k === 0 || p - places[k - 1]! > REPEAT_APART))) own.add(text);
  }
  return own;
}

/** A source's name in brackets, as a link w3m prints: `[Engadget]`, `[Tom's Guide]`. */
const SOURCE_TAG = lazyPattern(() => /^\[\p{Lu}[\p{L}'’ .&]{0,38}\]$/u);
/** The words of a form's buttons (`[Submit]`, `[Post Comment]`, `[Sign me up!]`), in a few languages. */
const BUTTON_WORDS = /\b(?:submit|search|subscribe|sign|post|send|go|ok|done|enviar|senden|buscar|kirim|suchen|envoyer|rechercher)\b/iu;
/**
 * The source a story cites under a paragraph, in brackets (Digg's round-ups quote a paragraph from
 * each review and name it: `… even better.` / `[Engadget]`): the story's, not a form's button.
 */
const isCitedSource = (line: ScoredLine, above: ScoredLine | undefined) =>
  line.clutter === 'text-browser' &&
  SOURCE_TAG().test(line.text) &&
  !BUTTON_WORDS.test(line.text) &&
  above !== undefined &&
  above.clutter === null &&
  (above.grade === 'good' || above.grade === 'near') &&
  endsSentence(above.text);

/**
 * Another story's blurb over its link (ZDNet's `The very best Black Friday deals and sales.` /
 * `Read More`): a line shorter than a paragraph of prose, not a story's.
 */
const isTeaserBlurb = (line: ScoredLine, next: ScoredLine | undefined) =>
  line.grade !== 'good' && next !== undefined && next.clutter === 'related' && READ_MORE.test(next.text);

/** How far below the block, in non-blank lines, an editor's note or a correction is still the story's. */
const NOTE_NEAR = 8;
/** `Editor's note: This story was updated at 5:45 p.m. ET …`, `Correction, Nov. 15, 2019: This article originally …`. */
const STORY_NOTE = /^(?:editor['’]s note|correction|clarification)\b[^:]{0,40}: \S.*[.!?]["'”’)]?$/iu;

/**
 * The editor's notes and corrections a few lines under the block, past a box of related links
 * (Space.com's `Editor's note: This story was updated …` under three bulleted teasers): they
 * speak of the story and are its last paragraph, not furniture. Not past a section heading or
 * clutter that does not stand inside stories (`Comments`).
 */
function storyNotes(scored: readonly ScoredLine[], last: number): Set<number> {
  const notes = new Set<number>();
  for (let p = last + 1; p < scored.length && p <= last + NOTE_NEAR; p++) {
    const line = scored[p]!;
    if (line.section !== null || (line.clutter !== null && !isInline(line))) break;
    if (line.clutter === null && STORY_NOTE.test(line.text)) notes.add(line.index);
  }
  return notes;
}

/** How far above the block, in non-blank lines, a stamp or byline is looked for when there is no headline. */
const SIGNED_ABOVE = 12;

/**
 * The first of the stamp and byline lines right above the block (past clutter only), or the
 * block's start: a page with no headline found (NBC's article area, `Nov. 19, 2019, 8:41 AM UTC`
 * and `By Phil Helsel` under a newsletter box) still has its stamp and byline read by the header.
 */
function signedAbove(scored: readonly ScoredLine[], first: number): number {
  let top = scored[first]!.index;
  for (let p = first - 1; p >= Math.max(0, first - SIGNED_ABOVE); p--) {
    const line = scored[p]!;
    if (line.clutter === null && line.section === null && isSigned(line.text)) top = line.index;
    else if (line.clutter === null) break;
  }
  // An article area that opens on its stamp, a picture's caption and a highlights box between
  // it and the story (Al Bawaba's `Published November 20th, 2019 - 07:29 GMT`).
  const opening = scored[0]!;
  if (top === scored[first]!.index && first > 0 && first <= OPENING_NEAR && opening.clutter === null && opening.section === null && isSigned(opening.text)) top = opening.index;
  return top;
}

/** How far above the block, in non-blank lines, a stamp or byline opening the text is still its header. */
const OPENING_NEAR = 8;

/** A headline-long line, 30 to 200 characters. */
const ECHO_MIN = 30;
const ECHO_MAX = 200;
/** Two copies this near (in non-blank lines) are one item printed twice. */
const ECHO_NEAR = 4;

/**
 * A call to click shouted in capitals between the paragraphs (`CLICK HERE TO GET THE FOX NEWS
 * APP`, `READ MORE ON FOX BUSINESS BY CLICKING HERE`). Dropped here, where it stands, rather than
 * scored as clutter: a costly line between two paragraphs would split the block.
 */
const isShoutedPromo = (text: string) => text.length <= 90 && /CLICK(?:ING)? HERE/u.test(text) && !/\p{Ll}/u.test(text);

/** Fewest words of a headline in capitals that links to another story. */
const SHOUTED_WORDS = 8;
/**
 * Another story's headline in capitals between the paragraphs, as Fox links them (`'DANCING
 * WITH THE STARS' CARRIE ANN INABA OPENS UP ABOUT SERIOUS HEALTH CONDITION`): eight words or
 * more, no sentence end, hardly a figure (a ticker row, `HD THE HOME DEPOT INC. 225.86 -12.99`,
 * is the story's). A story's own headings in capitals are shorter (`WHO IS THE FRONT-RUNNER?`,
 * `HOW TO USE A WATER BATH CANNER`).
 */
function isShoutedTeaser(text: string): boolean {
  if (text.length > 200 || /\p{Ll}|[.!?:…]["'”’]?$/u.test(text) || text.split(' ').length < SHOUTED_WORDS) return false;
  return (text.match(/\d/gu)?.length ?? 0) <= 2;
}

/** Options for telling a stamp line, not for reading it (the header reads it with the story's). */
const STAMP_TEST: StampOptions = { tz: null, dateOrder: 'dmy', referenceDate: null };

/** A byline or a line of stamps only, as the header's claimers read them. */
const isHeaderLine = (text: string) => matchByline(text) !== null || findTimestamps({ no: 0, text }, STAMP_TEST).stampLine;

/** A stamp or byline line (a line of prose with a year in it is neither): the header's to read. */
const isSigned = (text: string) => (text.length < 120 && STAMP_HINT.test(text) && !endsSentence(text)) || matchByline(text) !== null;

/**
 * Lines the page prints twice that are no sentence: its headline again (in a share box, over
 * the story), or a teaser as a picture's alt text and as its link, one under the other. A
 * story writes its text once; a heading it repeats far away (a table of contents, then the
 * section) is not an echo. Stamps and bylines are left to the header, which reads them
 * (`Published 11:11 PM EST Nov 19, 2019`, printed twice).
 */
function echoed(scored: readonly ScoredLine[], title: number | null): Set<string> {
  const headline = scored.find((line) => line.index === title)?.text;
  const seen = new Map<string, number>();
  const echoes = new Set<string>();
  scored.forEach(({ text }, p) => {
    if (text.length < ECHO_MIN || text.length > ECHO_MAX) return;
    const before = seen.get(text);
    if (before !== undefined && (p - before <= ECHO_NEAR || text === headline)) echoes.add(text);
    seen.set(text, p);
  });
  for (const text of echoes) {
    if (endsSentence(text) || isSigned(text)) echoes.delete(text);
  }
  return echoes;
}

/** The non-blank lines of a page, scored, and the article block as positions in `scored`. */
export function scorePage(
  lines: readonly Line[],
  clutter = new LineClutter(),
): { scored: ScoredLine[]; first: number; last: number; stopwords: StopwordList | null } {
  const nonBlank = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.text !== '');
  const stopwords = detectStopwords(nonBlank.map(({ line }) => line.text).join('\n'));
  const scored = nonBlank.map(({ line, index }) => score(line.text, index, stopwords, clutter.of(index, line.text)));
  markAuthorBoxes(scored);
  markComments(scored);
  markRepeats(scored);
  markGluedTeasers(scored);
  costEchoes(scored);
  markInlinePitches(scored);
  markInlineBoxes(scored);
  costLongMenus(scored);
  const [from, to] = listStory(scored, storyBeforeTeasers(scored, bestRun(scored)));
  let [first, last] = extend(scored, from, to);
  // A headline and its stamp inside the block: below a list of teasers that read like prose
  // (bulleted: the story starts under the headline), or starting the next article loaded below
  // the story (the story ends above it).
  const split = storyBreak(scored, first, last);
  if (split !== null) {
    const story = scored.slice(first, split).some((line) => line.grade === 'good' && !line.bullet);
    if (story) last = split - 1;
    else {
      // From the lead on: the stamp, byline and share lines under the headline are the header's.
      first = split + 1;
      while (first < last && scored[first]!.grade !== 'good') first++;
    }
  }
  return { scored, first, last, stopwords };
}

/** What a clutter line (and a line costed as one) takes from a run: the longer, the more. */
const clutterCost = (length: number) => -(25 + 0.5 * length);

/** `clutter` is `clutterKind(text)`. */
function score(text: string, index: number, stopwords: StopwordList | null, clutter: BoilerplateKind | null): ScoredLine {
  const section = clutter === null || clutter === 'related' || clutter === 'newsletter' ? sectionKind(text) : null;
  const bullet = BULLET.test(text);
  const body = bullet ? text.replace(BULLET, '') : text;
  const length = codePoints(body);
  let grade: Grade;
  if (clutter !== null) grade = 'bad';
  else if (stopwords === null || stopwords.unspaced) {
    const wide = stopwords?.unspaced ? length * 2 : length;
    grade = wide >= 80 && /[.!?。！？]/u.test(body) ? 'good' : wide >= 50 ? 'near' : 'short';
  } else {
    const words = spaces(body) + 1;
    // Measured on the pagedumps (tuning pages): a line that ends a sentence is story text about
    // half the time, and long with a quarter of stopwords about three times in four; a long
    // line without a sentence end is story text one time in eight.
    // A paragraph w3m wrapped at its column limit, or one that closes without a full stop, still
    // holds sentences: two sentence breaks inside a long line count as an end.
    // The share and the ends are measured only for a line long enough to need them (most of a
    // page's lines are menus and labels).
    if (words < 7 || length < 40) grade = 'short';
    else {
      const share = stopwordShare(body, stopwords);
      const ends = endsSentence(body) || (length >= WRAPPED && (body.match(SENTENCE_BREAK())?.length ?? 0) >= 2);
      if (ends && length >= 120 && share >= 0.25) grade = 'good';
      else if (ends && share >= 0.15) grade = 'near';
      else if (share >= 0.3) grade = 'short';
      else grade = 'bad';
    }
  }
  if (bullet && grade !== 'good') grade = grade === 'near' ? 'short' : 'bad';
  let value: number;
  if (section !== null) value = -400;
  else if (clutter !== null) value = clutterCost(length);
  else if (grade === 'good') value = Math.min(length, 1500);
  else if (grade === 'near') value = 0.25 * length;
  else if (grade === 'short') value = bullet ? -25 : -10;
  else value = -(20 + 0.5 * length);
  return { index, text, clutter, section, bullet, grade, value };
}

/** `[...text].length` without the array: a line with no high surrogate has no pair to count once. */
const codePoints = (text: string) => (HIGH_SURROGATE.test(text) ? [...text].length : text.length);
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** `text.split(' ').length - 1` without the array. */
function spaces(text: string): number {
  let count = 0;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count++;
  return count;
}

/** A heading naming a person: `About Brigit Katz`, `Über Moritz Bachmann`. */
const ABOUT_NAME = lazyPattern(() => /^(?:[Aa]bout|[Üü]ber|[Ss]obre|À propos de|[Ss]u) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,2})$/u);

/**
 * The author's box under the story, headed with the author's name (comwrap's `Foto von Moritz
 * Bachmann` / `Über Moritz Bachmann` / his bio, under a story signed `Von Moritz Bachmann
 * publiziert am …`; the Smithsonian's `About Brigit Katz` under `By Brigit Katz`): a heading
 * `About <name>` whose name a byline line above it signs opens a part of the page the story
 * does not go on into, as `About the author` does (see `sectionKind`). `About <name>` alone is
 * no such heading: a company's (`About my6sense`, whose boilerplate some stories keep) or a
 * site's (`About Sky News`) names no byline.
 */
function markAuthorBoxes(scored: ScoredLine[]): void {
  // The headings first, then their boxes: a box's lines, once marked, are no headings of boxes
  // of their own (marked in one pass, each would carry the box four lines further, to the end
  // of the page or its next clutter line).
  const boxes: number[] = [];
  let story = 0;
  scored.forEach((line, p) => {
    const storyBefore = story;
    if (line.grade === 'good') story += line.text.length;
    if (line.section === null && line.clutter === null && line.text.length <= 60) {
      const name = ABOUT_NAME().exec(line.text)?.[1];
      if (name === undefined || !scored.slice(0, p).some((above) => above.text.includes(name) && matchByline(above.text)?.names.includes(name) === true)) return;
      line.section = 'page';
      line.value = -400;
    } else if (line.section !== 'page') return;
    // Over the story (a box under the byline), only the heading goes: what follows it may be
    // the story itself, and recall comes first.
    if (storyBefore >= STORY_BEFORE_BOX) boxes.push(p);
  });
  // The box's lines under its heading (the name, the bio, the author's links), up to the next
  // heading or clutter line: the bio is prose, and would carry the story's run past its heading.
  for (const p of boxes) {
    for (let q = p + 1; q < scored.length && q <= p + AUTHOR_BOX_LINES && scored[q]!.section === null && scored[q]!.clutter === null; q++) {
      scored[q]!.section = 'page';
      scored[q]!.value = -(20 + 0.5 * scored[q]!.text.length);
    }
  }
}
/** Story text seen before an author's box for its lines to go with its heading (as for comments). */
const STORY_BEFORE_BOX = 300;
/** How many lines under its heading an author's box takes at most. */
const AUTHOR_BOX_LINES = 4;

/** Story text seen before a comments heading for it to open the comments (not a menu link). */
const STORY_BEFORE_COMMENTS = 300;

/**
 * Comments are prose too, and often longer than the story: everything after the heading that
 * opens them (`34 responses to …`, `Comments`, `Leave a reply`) is comments, once some story
 * text has been seen.
 */
function markComments(scored: ScoredLine[]): void {
  let story = 0;
  let from = -1;
  for (let i = 0; i < scored.length && from === -1; i++) {
    const line = scored[i]!;
    if (line.grade === 'good') story += line.text.length;
    if ((line.clutter ?? line.section) === 'comments' && story >= STORY_BEFORE_COMMENTS) from = i;
  }
  if (from === -1) return;
  for (let i = from; i < scored.length; i++) {
    const line = scored[i]!;
    line.section ??= 'comments';
    line.value = -(20 + 0.5 * line.text.length);
  }
}

/** Printed this many times, a line of 40 characters or more is a teaser, not story text. */
const TEASER_REPEATS = 3;

/** A story does not repeat its paragraphs; a page repeats its teasers and promos. */
function markRepeats(scored: ScoredLine[]): void {
  const counts = new Map<string, number>();
  for (const line of scored) if (line.text.length >= 40) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  for (const line of scored) {
    // Only prose: a headline is echoed by share boxes and breadcrumbs, and is looked for later.
    if ((counts.get(line.text) ?? 0) < TEASER_REPEATS || line.clutter !== null || (line.grade !== 'good' && line.grade !== 'near' && line.text.length < 100)) continue;
    line.clutter = 'related';
    line.grade = 'bad';
    line.value = clutterCost(line.text.length);
    line.repeated = true;
  }
  // A photo caption printed twice, as alt text and as caption: a sentence repeated within
  // three lines (a story does not say the same sentence twice in a row; a headline has no full stop).
  scored.forEach((line, i) => {
    if (line.clutter !== null || line.text.length < 30 || line.text.length > 300 || !/[.]["'”’)]?$/u.test(line.text)) return;
    const twin = scored.slice(i + 1, i + 4).find((other) => other.text === line.text);
    if (twin === undefined) return;
    // Dropped where it stands, but left to count as it did for the block: a story's pictures
    // stand between its paragraphs and must not split it.
    line.clutter = 'caption';
    twin.clutter = 'caption';
  });
  // A caption cut short over the whole caption with its credit (USA Today's `Donald Trump speaks
  // at a campaign rally in Grand Rapids,` over `… Mich., on Nov. 8, 2016. (Photo: Paul Sancya,
  // AP)`, the Sun's `… ate a rabbit` / `6` / `… ate a rabbitCredit: Getty - Contributor`): the
  // caption's first words on a line of their own. Dropped as the caption is; it counts as it did.
  scored.forEach((line, i) => {
    if (line.clutter !== null || line.text.length < 30) return;
    if (scored.slice(i + 1, i + 4).some((other) => other.clutter === 'caption' && other.text.length > line.text.length && other.text.startsWith(line.text))) {
      line.clutter = 'caption';
      line.cutShort = true;
    }
  });
  // A video box: its caption printed twice, once with the player's label glued on (`… Home
  // Depot employees.video`), and the video's title between the two copies.
  scored.forEach((line, i) => {
    if (line.text.length < 35 || line.text.length > 305 || !/[.!?]video$/iu.test(line.text)) return;
    const caption = line.text.slice(0, -'video'.length);
    const twin = scored.slice(i + 1, i + 5).findIndex((other) => other.text === caption && other.clutter === null);
    if (twin === -1) return;
    for (const other of scored.slice(i, i + 2 + twin)) other.clutter ??= 'player';
  });
}

/**
 * A teaser's headline in Title Case glued to its blurb, as a menu of other stories prints them
 * (CBS Detroit: `Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left
 * …`, `Is Violence In Sports On The Rise?Violence is part of …`): the first place where a capital
 * starting the blurb follows, with no space, three lower-case letters (`McDonald`, `LeBron` are
 * names), a digit, `?`, `!` or `)`. The headline part has four words or more, every one
 * capitalized but a few short ones (`of`, `at`, `in`), and the blurb is a sentence.
 */
export const GLUED_AT = lazyPattern(() => /(?:\p{Ll}{3}|\d|[?!)])(?=\p{Lu}[\p{Ll}\s])/u);

/** What {@link gluedAt} knows of a code unit: `\p{Ll}`, `\p{Lu}`, `\s` (as `/u` reads them), known. */
const LL = 1;
const LU = 2;
const SPACE = 4;
const KNOWN = 8;
/** {@link LL}, {@link LU} and {@link SPACE} of the units from U+0080 up, filled in as they are met (0: not yet). */
let unitKinds: Uint8Array | undefined;

function kindOf(unit: number): number {
  if (unit < 0x80) {
    if (unit >= 0x61 && unit <= 0x7a) return LL;
    if (unit >= 0x41 && unit <= 0x5a) return LU;
    return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) ? SPACE : 0;
  }
  unitKinds ??= new Uint8Array(0x10000);
  let kind = unitKinds[unit]!;
  if (kind === 0) {
    const ch = String.fromCharCode(unit);
    kind = KNOWN | (/\p{Ll}/u.test(ch) ? LL : 0) | (/\p{Lu}/u.test(ch) ? LU : 0) | (/\s/u.test(ch) ? SPACE : 0);
    unitKinds[unit] = kind;
  }
  return kind;
}

/**
 * `match.index + match[0].length` of `GLUED_AT.exec(text)` (where the blurb's capital is), or -1
 * when it does not match, read unit by unit: the pattern, tried at every position of every line
 * of a page, took a tenth of a page's parse. The same leftmost match, its alternatives tried in
 * the same order; a line holding a surrogate (where `/u` reads code points) goes to the pattern.
 */
export function gluedAt(text: string): number {
  const n = text.length;
  for (let p = 0; p + 1 < n; p++) {
    const unit = text.charCodeAt(p);
    if (unit >= 0xd800 && unit <= 0xdfff) return viaPattern(text);
    // `\p{Ll}{3}` then the capital at p + 3.
    if (p + 4 < n && (kindOf(unit) & LL) !== 0) {
      const u1 = text.charCodeAt(p + 1);
      const u2 = text.charCodeAt(p + 2);
      const u3 = text.charCodeAt(p + 3);
      const u4 = text.charCodeAt(p + 4);
      if (isSurrogate(u1) || isSurrogate(u2) || isSurrogate(u3) || isSurrogate(u4)) return viaPattern(text);
      if ((kindOf(u1) & LL) !== 0 && (kindOf(u2) & LL) !== 0 && (kindOf(u3) & LU) !== 0 && (kindOf(u4) & (LL | SPACE)) !== 0) return p + 3;
    }
    // `\d` (ASCII under `/u`) or `?`, `!`, `)`, then the capital at p + 1.
    if ((unit >= 0x30 && unit <= 0x39) || unit === 0x3f || unit === 0x21 || unit === 0x29) {
      if (p + 2 >= n) continue;
      const u1 = text.charCodeAt(p + 1);
      const u2 = text.charCodeAt(p + 2);
      if (isSurrogate(u1) || isSurrogate(u2)) return viaPattern(text);
      if ((kindOf(u1) & LU) !== 0 && (kindOf(u2) & (LL | SPACE)) !== 0) return p + 1;
    }
  }
  return -1;
}

const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

function viaPattern(text: string): number {
  const match = GLUED_AT().exec(text);
  return match === null ? -1 : match.index + match[0].length;
}
const SMALL_WORD = /^(?:a|an|and|at|by|for|in|of|on|or|the|to|with|from|into|as|is|vs\.?|&)$/u;
/** Fewest glued teasers a page needs for them to be teasers: a story has none, a menu has several. */
const GLUED_TEASERS = 3;
const GLUED_HEADLINE_WORDS = 4;

/** Glued teasers: dropped as `related` and costing, wherever they stand. */
function markGluedTeasers(scored: ScoredLine[]): void {
  const glued = scored.filter((line) => line.clutter === null && line.section === null && line.text.length <= 600 && isGluedTeaser(line.text));
  if (glued.length < GLUED_TEASERS) return;
  for (const line of glued) {
    line.clutter = 'related';
    line.grade = 'bad';
    line.value = clutterCost(line.text.length);
  }
}

function isGluedTeaser(text: string): boolean {
  const at = gluedAt(text);
  if (at === -1) return false;
  const headline = text.slice(0, at);
  const blurb = text.slice(at);
  if (blurb.length < 30 || !endsSentence(blurb)) return false;
  const words = headline.split(' ');
  if (words.length < GLUED_HEADLINE_WORDS || words.length > 25) return false;
  return words.every((word) => !/\p{Ll}/u.test(word[0] ?? '') || SMALL_WORD.test(word)) && /^[\p{Lu}\d"'‘“$]/u.test(headline);
}

/** Fewest pairs of echoed lines that make a list of teasers. */
const ECHO_PAIRS = 3;

/**
 * Teasers printed twice a line or two apart (a picture's alt text and the link, Digg's
 * `Berlin Wants To Freeze Rents …` / `DO NEW YORK NEXT` / `Berlin Wants To Freeze Rents …`), three
 * pairs or more on a page: each copy costs as clutter does, so a list of them with their blurbs is
 * no article block. They are not marked as clutter: the headline may be printed twice too, and
 * is still looked for among them.
 */
function costEchoes(scored: ScoredLine[]): void {
  const seen = new Map<string, number>();
  const pairs: [number, number][] = [];
  scored.forEach(({ text, clutter }, p) => {
    if (clutter !== null || text.length < ECHO_MIN || text.length > ECHO_MAX || endsSentence(text)) return;
    const before = seen.get(text);
    if (before !== undefined && p - before <= ECHO_NEAR && !isSigned(text)) pairs.push([before, p]);
    seen.set(text, p);
  });
  // A line printed three times or more (a video's title around its player, inside the story) is no such pair.
  const counts = new Map<string, number>();
  for (const { text } of scored) counts.set(text, (counts.get(text) ?? 0) + 1);
  const twice = pairs.filter(([p]) => counts.get(scored[p]!.text) === 2);
  if (twice.length < ECHO_PAIRS) return;
  for (const pair of twice) {
    for (const p of pair) {
      const line = scored[p]!;
      if (line.section === null) line.value = Math.min(line.value, clutterCost(line.text.length));
    }
  }
}

/** Fewest bulleted items, one under the other, of a menu that no story runs across. */
const MENU_ITEMS = 8;

/**
 * A long menu of short bulleted items (a staff list, a site's sections: Snopes' `Editorial` /
 * `• David Mikkelson` / `• Doreen Marchionni` … under its reader pitch) costs twice what clutter
 * does, item by item: the paragraphs beyond it (the pitch) are not the story's. A story's own list of
 * short items is bridged by its paragraphs as before when it is shorter.
 */
function costLongMenus(scored: ScoredLine[]): void {
  const isMenuItem = (line: ScoredLine) => line.bullet && line.grade === 'bad' && line.section === null && line.text.length <= 60;
  for (let i = 0; i < scored.length; ) {
    let j = i;
    while (j < scored.length && (isMenuItem(scored[j]!) || (j > i && scored[j]!.grade === 'short' && !scored[j]!.bullet && j + 1 < scored.length && isMenuItem(scored[j + 1]!)))) j++;
    if (j - i >= MENU_ITEMS) for (let k = i; k < j; k++) scored[k]!.value = Math.min(scored[k]!.value, 2 * clutterCost(scored[k]!.text.length));
    i = Math.max(j, i + 1);
  }
}

/** How many lines a box of links between a story's paragraphs may take. */
const INLINE_BOX = 6;
/**
 * How many lines a box under a heading that names it may take: the Sun's `Most read in world
 * news` lists seven teasers, each a kicker in capitals over its headline.
 */
const NAMED_BOX = 16;
/** How many such boxes may stand one under the other. */
const INLINE_BOXES = 2;

/**
 * A box of other stories between a story's paragraphs (the Express's `DON'T MISS` over three
 * tagged teasers, a lone `Trending`): its heading has story paragraphs right above it and again
 * within a few lines below it, past nothing but its links and pictures. It is clutter where it
 * stands, not the end of the story.
 */
function markInlineBoxes(scored: ScoredLine[]): void {
  const paragraph = (line: ScoredLine | undefined) =>
    line !== undefined && (line.grade === 'good' || line.grade === 'near') && line.clutter === null && line.section === null && !line.bullet;
  scored.forEach((line, i) => {
    if ((line.section ?? line.clutter) !== 'related' || line.section === 'comments' || !paragraph(scored[i - 1])) return;
    // Two boxes under the same heading one under the other (Rolling Stone's two `Related`
    // boxes of three teasers) are one box.
    const named = line.section === 'related';
    const next = scored.slice(i + 1, i + 2 + Math.max(INLINE_BOX * INLINE_BOXES, named ? NAMED_BOX : 0)).findIndex(paragraph);
    if (next === -1) return;
    const between = scored.slice(i + 1, i + 1 + next);
    const again = (other: ScoredLine) => other.section === 'related' && other.text === line.text;
    const headings = between.filter(again).length;
    if (headings >= INLINE_BOXES || (next > (headings + 1) * (INLINE_BOX + 1) - 1 && !(named && headings === 0 && next <= NAMED_BOX))) return;
    if (between.some((other) => (other.section !== null && !again(other)) || (other.clutter === null && endsSentence(other.text)))) return;
    // Dropped where they stand, but costing nothing: the story goes on below the box.
    // Under a heading that names the box (`Related`), its links leave with it; under a teaser
    // that is clutter of its own (printed three times), the lines below may be the story's
    // headings.
    for (const other of [line, ...between]) {
      other.section = null;
      if (named || other === line) other.clutter ??= 'related';
      other.value = 0;
    }
  });
}

/** A paragraph of the story: prose, not clutter, no heading, no list item. */
const isParagraph = (line: ScoredLine | undefined) =>
  line !== undefined && (line.grade === 'good' || line.grade === 'near') && line.clutter === null && line.section === null && !line.bullet;

/**
 * A newsletter line short enough to be a heading (`Sign up for our newsletter`) ends the story
 * as a newsletter box's heading does (the Smithsonian's `SIGN UP for our newsletter` over its
 * form and the author's bio), except where it stands right between two paragraphs: there it
 * is a pitch set inside the story, and the paragraph under it is the story's (a story's last
 * paragraph was dropped as `page` under `Sign up for our newsletter`). Dropped where it
 * stands, costing nothing. On the tuning pagedumps no newsletter heading stands so. Not when
 * the box's form follows the paragraph under it: that paragraph is the box's blurb.
 */
function markInlinePitches(scored: ScoredLine[]): void {
  scored.forEach((line, i) => {
    if (line.section !== 'newsletter' || line.clutter === null || !isParagraph(scored[i - 1]) || !isParagraph(scored[i + 1])) return;
    // A newsletter box's heading stands over its blurb, then its form (`[ ][Sign Up]`) or
    // another newsletter line: the blurb is the box's, not the story's.
    if (boxFormFollows(scored[i + 2])) return;
    line.section = null;
    line.value = 0;
  });
}

/** A newsletter box's form or sign-up line under a blurb: text-browser form residue, or a newsletter line of its own. */
const boxFormFollows = (line: ScoredLine | undefined) =>
  line !== undefined && (line.clutter === 'text-browser' || line.clutter === 'newsletter' || line.section === 'newsletter');

/** How much of the best run's value a run above the first related-stories heading needs to win over it. */
const EARLIER_SHARE = 0.5;
/** The least value such a run needs (a few paragraphs of story). */
const EARLIER_MIN = 600;

/**
 * The story stands above the boxes of other stories under it. When the best run lies below the
 * first related-stories heading (`Related`, `Read these next`) and the text above that heading
 * holds a run worth half as much, that run is the story: teasers with long blurbs (a deals box,
 * a `Trending` list) can outweigh a short story.
 */
function storyBeforeTeasers(scored: readonly ScoredLine[], best: [number, number]): [number, number] {
  const heading = scored.findIndex((line, i) => i > 0 && line.section === 'related');
  if (heading === -1) return best;
  if (best[0] < heading && best[1] > heading) {
    // The best run crosses the heading into a list of cards (each paragraph under the same share
    // row): the story is above it.
    const above = runValue(scored, [best[0], heading - 1]);
    return above >= EARLIER_MIN && isCardList(scored, heading + 1, best[1]) ? [best[0], heading - 1] : best;
  }
  if (best[0] <= heading) return best;
  const earlier = bestRun(scored.slice(0, heading));
  const earlierValue = runValue(scored, earlier);
  return earlierValue >= EARLIER_MIN && earlierValue >= EARLIER_SHARE * runValue(scored, best) ? earlier : best;
}

/** Fewest items of a list that is the whole story. */
const LIST_STORY_ITEMS = 8;
/** How far above such a list's heading, in non-blank lines, the story's stamp or byline stands. */
const LIST_STORY_SIGNED = 6;

/**
 * A story that is a list under its headline (a race calendar: `Calendário da Stock Car 2018`
 * over `1a etapa: 10 de março – Interlagos` … `12a etapa: …`): when the best run is worth less
 * than a few paragraphs of story (the side column's blurbs), a list of eight items or more under
 * a heading of its own (see `listEnd`), a few lines under the story's stamp or byline, above it
 * is the story, unless its items are bulleted
 * (a site's menu: Fox Business' `Shows` over `• FBN:am`, `• Mornings with Maria` …).
 */
function listStory(scored: readonly ScoredLine[], best: [number, number]): [number, number] {
  if (runValue(scored, best) >= EARLIER_MIN) return best;
  for (let p = 0; p < best[0]; p++) {
    // A menu's items are bulleted; a story's list is lines of their own (or numbered).
    if (scored[p + 1]!.bullet) continue;
    const end = listEnd(scored, p);
    // The stamp or byline looked for last: reading a stamp line costs more than the list test.
    if (end - p >= LIST_STORY_ITEMS && scored.slice(Math.max(0, p - LIST_STORY_SIGNED), p).some((line) => line.clutter === null && isHeaderLine(line.text))) return [p, end];
  }
  return best;
}

/** Fewest cards of a list of them. */
const CARDS = 3;

/**
 * Positions `from` to `to` hold a list of cards: the same clutter line (a share row, `Whatsapp
 * Facebook Pint Baixar`) three times or more, with one paragraph and nothing else but clutter
 * between two copies (a quotes site's `Você pode gostar...`, each quote over its share buttons).
 * A story's paragraphs do not each stand under the same row of buttons.
 */
function isCardList(scored: readonly ScoredLine[], from: number, to: number): boolean {
  const copies = new Map<string, number[]>();
  for (let p = from; p <= to; p++) {
    const line = scored[p]!;
    if (line.clutter !== null && line.clutter !== 'text-browser' && line.text.split(' ').length >= 3) {
      const places = copies.get(line.text);
      if (places) places.push(p);
      else copies.set(line.text, [p]);
    }
  }
  for (const places of copies.values()) {
    if (places.length < CARDS) continue;
    const cards = places.slice(1).every((p, k) => {
      const between = scored.slice(places[k]! + 1, p);
      return between.filter((line) => line.clutter === null).length === 1 && between.some((line) => line.clutter === null && (line.grade === 'good' || line.grade === 'near' || line.grade === 'short'));
    });
    if (cards) return true;
  }
  return false;
}

const runValue = (scored: readonly ScoredLine[], [from, to]: [number, number]) => {
  let sum = 0;
  for (let i = from; i <= to; i++) sum += scored[i]!.value;
  return sum;
};

/** The run of lines with the highest total value (Kadane), as positions in `scored`. */
function bestRun(scored: readonly ScoredLine[]): [number, number] {
  let best = -Infinity;
  let bestFrom = 0;
  let bestTo = scored.length - 1;
  let sum = 0;
  let from = 0;
  scored.forEach((line, i) => {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += line.value;
    if (sum > best) {
      best = sum;
      bestFrom = from;
      bestTo = i;
    }
  });
  return [bestFrom, bestTo];
}

const GAP_UP = 6;
/** Clutter that stands between a story's paragraphs: its adverts, pictures, players and share buttons. */
const INLINE_KINDS: ReadonlySet<BoilerplateKind> = new Set(['advert', 'caption', 'player', 'share']);
const isInline = (line: ScoredLine) => (line.clutter !== null && INLINE_KINDS.has(line.clutter)) || isShoutedPromo(line.text) || line.text === AD_SLOT;
/** A short line of its own between paragraphs, no sentence and no clutter: a subheading (`Ctrl＋Alt＋Kで`). */
const isSubheading = (line: ScoredLine) =>
  line.clutter === null && line.section === null && !line.bullet && line.text.length <= 60 && !endsSentence(line.text) && !line.text.endsWith(':');
/** An advert's slot as w3m prints an `<ins>` element: it stands between paragraphs. */
const AD_SLOT = '[INS::INS]';
const GAP_DOWN = 3;
/** An advert that says the story goes on below it. */
const CONTINUES = /^(?:continue reading below|(?:story|article) continues below(?: advertisement)?)\W*$/iu;

/**
 * A sentence in a script written without spaces (`以下、その手順。`): its words cannot be counted,
 * so six characters or more of Han, kana or Hangul ending in a full stop stand for five words.
 */
const CJK_SENTENCE = lazyPattern(() => /^(?=.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}].*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}].*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]).{6,}[。！？]["'」』）)]?$/u);
const isCjkSentence = (text: string) => CJK_SENTENCE().test(text);
const CJK = lazyPattern(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u);

/** Fewest words of a wire lead after its dateline. */
const WIRE_LEAD_WORDS = 8;
/**
 * A story's lead opening with a wire dateline that names its agency (`LONDON (AP) — Britain's
 * Conservative Party was accused …`, `HAYWARD, Calif. (AP) — The Latest on a deadly stabbing …:`):
 * the story starts there, however few stopwords its names leave it or whatever it ends with,
 * and past the captions or a time heading that stand between it and the next paragraph
 * (AP's own site, SFGate).
 */
function isWireLead(line: ScoredLine): boolean {
  if (line.clutter !== null || line.section !== null || line.bullet || line.text.length < 60 || !line.text.includes('(')) return false;
  const dateline = matchDateline(line.text, 0);
  return dateline !== null && dateline.agency !== null && spaces(line.text.slice(dateline.text.length).trim()) + 1 >= WIRE_LEAD_WORDS;
}

/** Widens the block over neighbouring prose the scores left out: a short lead, a last line. */
function extend(scored: readonly ScoredLine[], from: number, to: number): [number, number] {
  const prose = (line: ScoredLine) =>
    line.clutter === null &&
    line.section === null &&
    !line.bullet &&
    (line.grade === 'good' || line.grade === 'near' || (endsSentence(line.text) && line.text.split(' ').length >= 5) || isCjkSentence(line.text) || isEmbeddedPost(line.text));
  const good = (line: ScoredLine) => line.grade === 'good' && line.section === null;
  for (let grown = true; grown; ) {
    grown = false;
    while (from > 0 && prose(scored[from - 1]!)) from--;
    while (to < scored.length - 1 && (prose(scored[to + 1]!) || isCitedSource(scored[to + 1]!, scored[to]))) to++;
    // A story paragraph a few lines away (past a caption, a `View all (4)`) belongs to it too;
    // below it, past nothing but clutter that stands inside stories (an advert, a caption), so
    // does a shorter one (above the story, such lines are its standfirst or a caption).
    for (let i = from - 1; i >= Math.max(0, from - GAP_UP) && scored[i]!.section === null; i--) {
      // Above an advert saying the story goes on below it (`Continue Reading Below`), a
      // shorter paragraph is the story's too, and so is what stands between (a ticker table).
      const continued = i > 0 && CONTINUES.test(scored[i]!.text) && prose(scored[i - 1]!);
      if (good(scored[i]!) || continued || isWireLead(scored[i]!)) {
        from = continued ? i - 1 : i;
        grown = true;
        break;
      }
    }
    let inline = true;
    for (let i = to + 1; i <= Math.min(scored.length - 1, to + GAP_DOWN) && scored[i]!.section === null; i++) {
      if (good(scored[i]!) || (inline && prose(scored[i]!))) {
        to = i;
        grown = true;
        break;
      }
      // Past an advert or a picture, a subheading may stand over the next paragraph; in a script
      // written without spaces, a line cut short may stand right under it (`ショートカットタブを開き、…`).
      inline &&= isInline(scored[i]!) || ((i > to + 1 || CJK().test(scored[i]!.text)) && isSubheading(scored[i]!));
    }
    // A list the story introduces (`The tour dates:`) or puts under a heading of its own
    // (`Qualified teams`, `Ingredients`): its items, up to the first clutter.
    const end = Math.max(listEnd(scored, to + 1), announcedEnd(scored, to), recipeEnd(scored, to), shortLinesEnd(scored, to));
    if (end > to) {
      to = end;
      grown = true;
    }
  }
  return [from, to];
}

/** Fewest lines of a story going on in short lines under its block. */
const SHORT_LINES = 10;

/**
 * The last position of a story that goes on in short lines under its paragraphs up to the
 * section heading that closes it (the Beachbody meal plan: `Pre-Workout Meal` / `Eat 60–90
 * minutes before your workout` / `Asparagus and Eggs [1 cup …]` … over `Related Articles`), or
 * `to`: ten lines or more with no clutter among them (a meal the plan repeats is no teaser
 * here), no list marker, no line printed twice in a row, and most of three words or more. A
 * menu has its markers or one-word items, teasers their bylines, stamps and pictures.
 */
function shortLinesEnd(scored: readonly ScoredLine[], to: number): number {
  const plain = (line: ScoredLine) => (line.clutter === null || line.repeated === true) && line.section === null && !line.bullet;
  let p = to + 1;
  while (p < scored.length && plain(scored[p]!) && scored[p]!.text !== scored[p - 1]!.text) p++;
  if (p >= scored.length || scored[p]!.section === null || p - (to + 1) < SHORT_LINES) return to;
  // Lines of a few words each, most of them, as instructions are; a menu's items are one or two.
  const worded = scored.slice(to + 1, p).filter((line) => line.text.split(' ').length >= 3).length;
  return worded * 2 >= p - (to + 1) ? p - 1 : to;
}

/** A recipe card's part headings: the first one opens the card, the others go on with it. */
const RECIPE_START = lazyPattern(() => /^(?:ingredients|zutaten|ingredientes|ingrédients|ingredienti)\W*$/iu);
const RECIPE_PART = lazyPattern(() => /^(?:ingredients|instructions|directions|method|preparation|steps|equipment|notes|zutaten|zubereitung|ingredientes|modo de preparo|preparación|ingrédients|préparation|ingredienti|preparazione)\W*$/iu);
/** How far under the block, in non-blank lines, a recipe card's `Ingredients` is looked for. */
const RECIPE_NEAR = 12;

/**
 * The last position of a recipe card under the story (its name, a `Print` button, then
 * `Ingredients` over a list and `Instructions` over numbered steps), or `to` when there is
 * none: the card is the story's, and so is what stands between (the recipe's name); the
 * clutter among it (the button) is dropped where it stands.
 */
function recipeEnd(scored: readonly ScoredLine[], to: number): number {
  let p = to + 1;
  while (p < scored.length && p <= to + RECIPE_NEAR && scored[p]!.section === null && !RECIPE_START().test(scored[p]!.text)) p++;
  if (p >= scored.length || p > to + RECIPE_NEAR || !RECIPE_START().test(scored[p]!.text)) return to;
  let last = to;
  for (let end = listEnd(scored, p); end >= p; end = listEnd(scored, p)) {
    last = end;
    p = end + 1;
    if (p >= scored.length || !RECIPE_PART().test(scored[p]!.text)) break;
  }
  return last;
}

/** A paragraph pointing at what follows it: `Check out our picks for the 10 best … deals on Apple products below.` */
const POINTS_BELOW = /\bbelow[.:!]["'”’]?$/iu;
/** At most this many lines under such a paragraph are taken into the story. */
const ANNOUNCED_LINES = 250;

/**
 * The last position of what a paragraph at `to` announces below it (a deals list: names,
 * bulleted features, prices, a `Buy Now` button and a commission notice per item, under a
 * `Don't Miss:` label), or `to` when it announces nothing. Its lines run up to the first
 * heading of another part of the page or clutter that does not stand inside stories (a
 * `Follow @BGRDeals on Twitter …` promo, a menu); the clutter among them is dropped where it
 * stands, as inside any story.
 */
function announcedEnd(scored: readonly ScoredLine[], to: number): number {
  const lead = scored[to];
  if (lead === undefined || lead.bullet || (lead.grade !== 'good' && lead.grade !== 'near') || !POINTS_BELOW.test(lead.text)) return to;
  let p = to + 1;
  // A short label ending in a colon over the list (`Don't Miss:`): the list's, not a section's.
  const label = scored[p];
  if (label !== undefined && label.text.endsWith(':') && label.text.split(' ').length <= LIST_HEADING_WORDS) p++;
  let last = to;
  for (let i = p; i < scored.length && i < p + ANNOUNCED_LINES; i++) {
    const line = scored[i]!;
    if (line.section !== null || (line.clutter !== null && !isInline(line))) break;
    if (line.clutter === null) last = i;
  }
  return last;
}

/**
 * An embedded tweet the story quotes, as w3m prints it: its text ending in its picture's link
 * (`Who are we as a nation … ourselves? pic.twitter.com/s96jjh8AlD`) and its signature line
 * (`— Rep. Ilhan Omar (@Ilhan) November 19, 2019`).
 */
const TWEET_TEXT = /\s(?:pic\.twitter\.com|https?:\/\/t\.co)\/\w+$/u;
const TWEET_SIGNATURE = lazyPattern(() => /^[—–-] [^()]{1,80} \(@\w{1,15}\) \p{L}+ \d{1,2}, \d{4}$/u);
const isEmbeddedPost = (text: string) => TWEET_TEXT.test(text) || TWEET_SIGNATURE().test(text);

/** At most this many items of a list the story introduces are taken into it. */
const LIST_ITEMS = 60;
const isItem = (line: ScoredLine) => line.clutter === null && line.section === null && line.text.length <= 300;
/** A list's own heading: a few words, no sentence end (`Qualified teams`, `The Doobie Brothers Tour Dates`). */
const LIST_HEADING_WORDS = 6;
/** Items a heading needs under it to open a list (a colon-ended lead needs one). */
const HEADED_ITEMS = 3;

/** A numbered item: `1. Fill canner with water …`, `2) …`. */
const NUMBERED = /^\d{1,2}[.)] /u;

/**
 * The last position of a list that starts with its lead at `p`, or `p - 1` when none does. The
 * lead is a line of three words or more ending in a colon (any items follow it), or a short
 * heading of its own (`Qualified teams`, `Ingredients`, `The Doobie Brothers Tour Dates`) over
 * at least three items of one shape: bulleted, numbered, or lines of three words or more with
 * no sentence end (`June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre`). A menu's one-word
 * items are no list, and neither are teasers: printed twice (picture and link), or under a
 * heading that names them (`More Great WIRED Stories`, a related-stories section).
 */
function listEnd(scored: readonly ScoredLine[], p: number): number {
  const lead = scored[p];
  if (lead === undefined || lead.clutter !== null || lead.section !== null || lead.bullet) return p - 1;
  const words = lead.text.split(' ').length;
  if (/[\p{L}\d]:$/u.test(lead.text) && words >= 3) {
    let i = p + 1;
    while (i < scored.length && i <= p + LIST_ITEMS && isItem(scored[i]!)) i++;
    return i - 1;
  }
  if (words > LIST_HEADING_WORDS || /[.!?:…]["'”’]?$/u.test(lead.text) || TEASER_HEADING.test(lead.text)) return p - 1;
  const first = scored[p + 1];
  if (first === undefined) return p - 1;
  const shape = first.bullet
    ? (line: ScoredLine) => line.bullet
    : NUMBERED.test(first.text)
      ? (line: ScoredLine) => NUMBERED.test(line.text)
      : (line: ScoredLine) => line.text.split(' ').length >= 3 && !endsSentence(line.text);
  let i = p + 1;
  while (i < scored.length && i <= p + LIST_ITEMS && isItem(scored[i]!) && shape(scored[i]!)) i++;
  const items = scored.slice(p + 1, i).map((line) => line.text.replace(BULLET, ''));
  if (items.length < HEADED_ITEMS || new Set(items).size < items.length) return p - 1;
  return items.filter((item) => item.split(' ').length >= 3).length >= items.length / 2 ? i - 1 : p - 1;
}

/** A heading over other stories' teasers (`More Great WIRED Stories`, `On Our Radar`-style lists print each twice). */
const TEASER_HEADING = /\b(?:stories|articles|posts|news|videos|reads|headlines)$/iu;
