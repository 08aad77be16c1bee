/**
 * Header stage: walks the first lines of the story (the header zone) and shows each line to the
 * line claimers below, in order; the first that claims a line decides what it becomes (one
 * module each in `src/core/header/`). The zone ends at a line that none of them claims, or that
 * a claimer says starts the body; that line starts the body. When that line is a standfirst
 * under the headline, the stamp line below it is still read (`header/below-standfirst.ts`).
 * Timestamps are only looked for here, never in body prose. A stamp line with no written year
 * (`November 18` above a page's headline) is held back: its stamps, and its `timestamp-no-year`
 * warning, count only when no other line gives a stamp, with or without a reference date.
 */
import type { Byline, Diagnostic, RemovedLine, Timestamp } from '../schema/article.js';
import { headlineKey } from '../extract/headline.js';
import type { StampOptions } from '../extract/timestamp.js';
import type { Line } from '../line.js';
import { advance, type Claim, type Claimer, type HeaderContext } from './header/claim.js';
import type { LineClutter } from './line-clutter.js';
import { claimBelowStandfirst, claimFurniture } from './header/below-standfirst.js';
import { claimAgencyLine } from './header/agency-line.js';
import { claimByline } from './header/byline.js';
import { claimClutter } from './header/clutter.js';
import { claimEmphasizedStamp } from './header/emphasis.js';
import { claimBylineAndStamp } from './header/byline-and-stamp.js';
import { claimKicker } from './header/kicker.js';
import { claimLeadCredit } from './header/lead-credit.js';
import { claimLocaleByline } from './header/locale-byline.js';
import { claimLocaleFurniture } from './header/locale-furniture.js';
import { claimRepeatedHeadline } from './header/repeated-headline.js';
import { claimStampAmongWords } from './header/stamp-among-words.js';
import { claimStampLine } from './header/stamp-line.js';
import { claimTitle } from './header/title.js';
import { claimUnmarkedByline } from './header/unmarked-byline.js';

/** The header zone is at most this many non-blank lines. */
const MAX_HEADER_LINES = 8;

/** The claimers, in the order they are asked. */
export const CLAIMERS: readonly Claimer[] = [
  claimStampLine, // `May 14, 2019 4:24 PM EDT`
  claimBylineAndStamp, // `By John Smith | May 14, 2019`, `By JEFFREY GETTLEMAN JAN. 13, 2017`
  claimStampAmongWords, // `By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy`, `Reuters November 18, 2019`
  claimLocaleFurniture, // `Текст: Лида Буслаева·11 октября 2018`, `Opublikowano: 12 maja 2026 | Czas czytania: 5 min`
  claimEmphasizedStamp, // `*Mottagen: 2026-04-25 | Publicerad: 2026-04-25*`, `Son güncelleme: **6 Ekim 2026**.`
  claimByline, // `By JANE DOE and JOHN Q. SMITH`
  claimLocaleByline, // `取材・文／古川あや`, `Autor: Jan Kowalski` in a story of that language
  claimAgencyLine, // `Reuters` under a byline
  claimUnmarkedByline, // `Kevin Johnson and Kevin McCoy USA TODAY` over the stamp line
  claimKicker, // `Africa` above the headline
  claimClutter, // `Breaking News Emails` above the headline
  claimTitle, // the headline
  claimLeadCredit, // `(서울=연합뉴스) 왕길환 기자 = …`, `新华网北京4月14日电（记者 李童）…`: the lead, its reporters read
  claimRepeatedHeadline, // the headline again, or glued to the lead
];

export interface Header {
  title: { text: string; line: number } | null;
  timestamp: Timestamp | null;
  updated: Timestamp | null;
  byline: Byline | null;
  removed: RemovedLine[];
  warnings: Diagnostic[];
  /** Index in `lines` where the body starts. */
  bodyStart: number;
  /**
   * Lines that take the place of the body's first line: the lead without the headline glued to
   * it, or the standfirst and the body of a flattened story.
   */
  lead: Line[] | null;
  /**
   * Indexes in `lines`, past `bodyStart`, of lines the header claimed under a standfirst (its
   * stamp and byline lines): they are in `removed` and the body leaves them out.
   */
  below: number[];
  /**
   * Indexes in `lines`, before `bodyStart`, of lines the header read but left in the body (a
   * kicker with `keepBoilerplate`): the body starts at the first of them.
   */
  kept: number[];
}

/**
 * `title`, when given, is the headline already found (by the page stage; null: there is none),
 * and the walk only reads stamps, bylines and repeats of it. With `keepBoilerplate`, page
 * clutter above the headline is not dropped. `blockStart`, when given, is the index of the page's
 * article block: see {@link readAboveBlock}. `clutter`, when given, holds the page stage's
 * `clutterKind` answers for these lines.
 */
export function readHeader(
  lines: readonly Line[],
  options: StampOptions,
  title?: { text: string; line: number } | null,
  keepBoilerplate = false,
  blockStart?: number,
  clutter?: LineClutter,
): Header {
  const header: Header = {
    title: title ?? null,
    timestamp: null,
    updated: null,
    byline: null,
    removed: [],
    warnings: [],
    bodyStart: lines.length,
    lead: null,
    below: [],
    kept: [],
  };
  const context: HeaderContext = {
    lines,
    index: 0,
    seen: 0,
    options,
    title: header.title,
    titleKey: title ? headlineKey(title.text) : '',
    titleDecided: title !== undefined,
    byline: null,
    keepBoilerplate,
    clutter,
  };
  const yearless: YearlessLine[] = [];
  const take = (claim: Claim): void => {
    if (claim.yearless) yearless.push({ claim, at: header.warnings.length });
    apply(header, context, claim);
  };
  let index = 0;
  for (; index < lines.length && context.seen < MAX_HEADER_LINES; index++) {
    const line = lines[index]!;
    if (line.text === '') continue;
    context.index = index;
    context.seen++;
    const claim = claimOf(line, context);
    if (claim === null) {
      // A standfirst under the headline: its stamp line may stand below it.
      if (header.title !== null && header.timestamp === null && header.updated === null) {
        for (const below of claimBelowStandfirst(lines, index, context)) {
          take(below.claim);
          header.below.push(below.index);
        }
      }
      break;
    }
    take(claim);
    if (claim.ends) break;
  }
  // The line that ended the zone, or the first one past it, starts the body.
  header.bodyStart = index;
  if (blockStart !== undefined) readAboveBlock(header, context, lines, blockStart, take);
  if (header.timestamp === null && header.updated === null) useYearless(header, yearless);
  // An `Updated` stamp alone is still the best timestamp there is.
  if (header.timestamp === null && header.updated !== null) {
    header.timestamp = header.updated;
    header.updated = null;
  }
  return header;
}

/** How many non-blank lines past the header zone are read for stamps and bylines on a page. */
const ABOVE_BLOCK = 4;

/**
 * On a page, the lines between the end of the zone and the article block are furniture and leave
 * the body; the stamp and byline lines among them are still read, with the same claimers as under
 * a standfirst (`By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST` under The Verge's
 * `New, 15 comments` and standfirst). A line is taken only for what the header lacks: a stamp
 * when it has none (a stamp line without a written year is not enough), a byline when it has none.
 * Only the first {@link ABOVE_BLOCK} lines past the zone are read: further down, a date is more
 * likely another story's, in a list of teasers (`MORE STORIES LIKE THIS ONE` over `May 15, 2017`).
 */
function readAboveBlock(header: Header, context: HeaderContext, lines: readonly Line[], blockStart: number, take: (claim: Claim) => void): void {
  let seen = 0;
  let scanned = 0;
  for (let index = header.bodyStart + 1; index < blockStart && seen < ABOVE_BLOCK && scanned < ABOVE_BLOCK_SCANNED; index++) {
    const line = lines[index]!;
    if (line.text === '') continue;
    scanned++;
    if (!isShortLabel(line.text)) seen++;
    if (header.below.includes(index)) continue;
    context.index = index;
    const claim = claimFurniture(line, context);
    if (claim === null || claim.yearless) continue;
    const stamps = (claim.stamps?.length ?? 0) > 0 && header.timestamp === null && header.updated === null;
    if (!stamps && !claim.byline) continue;
    take(claim);
    header.below.push(index);
  }
}

/**
 * At most this many non-blank lines are scanned above the block: short labels (share buttons,
 * counts, a category) do not count toward {@link ABOVE_BLOCK}, so a stamp under a row of them is
 * still read (`02 Ago 2017` under an Italian page's `Share on Facebook` … `Cartoni`).
 */
const ABOVE_BLOCK_SCANNED = 16;

/** A line of at most three words: a button, a count, a category name (or a short stamp, read all the same). */
function isShortLabel(text: string): boolean {
  return text.trim().split(/\s+/u).length <= 3;
}

function claimOf(line: Line, context: HeaderContext): Claim | null {
  for (const claimer of CLAIMERS) {
    const claim = claimer(line, context);
    if (claim !== null) return claim;
  }
  return null;
}

/** A claimed stamp line without a written year, and where its warnings belong in the header's. */
interface YearlessLine {
  claim: Claim;
  at: number;
}

/**
 * Records a claim in the header, and moves the context past it. The stamps and warnings of a
 * `yearless` claim are left out here: {@link useYearless} adds them when nothing better came.
 */
function apply(header: Header, context: HeaderContext, claim: Claim): void {
  if (!claim.yearless) {
    if (claim.warnings) header.warnings.push(...claim.warnings);
    addStamps(header, claim.stamps);
  }
  if (claim.lead) header.lead = claim.lead;
  if (claim.kept) header.kept.push(context.index);
  header.removed.push(...claim.removed);
  advance(context, claim);
  header.title = context.title;
  header.byline = context.byline;
}

function addStamps(header: Header, stamps: readonly Timestamp[] = []): void {
  for (const stamp of stamps) {
    if (stamp.label === 'updated') header.updated ??= stamp;
    else header.timestamp ??= stamp;
  }
}

/** No other line gave a stamp: the year-less lines' stamps (and warnings, in their place) count. */
function useYearless(header: Header, lines: readonly YearlessLine[]): void {
  for (const { claim, at } of [...lines].reverse()) header.warnings.splice(at, 0, ...(claim.warnings ?? []));
  for (const { claim } of lines) addStamps(header, claim.stamps);
}
