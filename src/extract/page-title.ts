/**
 * Headline of a scraped page: the line above the article block that reads most like its
 * headline. Candidates are scored on headline shape (length, no full stop, capitals), on
 * sharing topic words with the story, on nearness to the story, on being followed by a byline
 * or a stamp, and on being repeated elsewhere on the page (share boxes and breadcrumbs echo
 * it). Navigation, section and site labels fail the shape or the topic test. Then each
 * candidate's neighbours are read (kicker, standfirst, teasers). `storyBreak` finds a headline
 * with its stamp inside the article block, where the block holds two stories.
 */
import type { ScoredLine } from './scored-line.js';
import { BULLET, isBreadcrumb } from './boilerplate.js';
import { matchByline } from './byline.js';
import { MONTHS, spellings, WEEKDAYS } from './calendar.js';
import { type StopwordList, wordsOf } from './stopwords.js';
import { looksLikeHeadline } from './title.js';
import { lazyPattern } from './openers.js';

/** How many lines above the article block the headline is looked for. */
const LOOKBACK = 80;
/** How near (in non-blank lines) three copies of a line make it a teaser. */
const TEASER_NEAR = 4;
/** A candidate needs at least this score. */
const MIN_SCORE = 1;
const BYLINE_BONUS = 0.8;
/** A byline or stamp within this many lines under a candidate is its own. */
const SIGNED_NEAR = 3;
/** A byline and a stamp both under a candidate, within one line more (a label may stand between them). */
const HEADER_BONUS = 0.5;
/** A candidate with fewer content words than this (`We come from the future`) gets no full topic score from one or two. */
const MIN_TOPIC_WORDS = 3;
/** An article area starts with its headline: the first lines of the text get a bonus. */
const TOP_LINES = 3;
const TOP_BONUS = 0.5;
/** A breadcrumb trail stands right above the headline. */
const CRUMB_BONUS = 1;
const DATE_WORD = lazyPattern(() => new RegExp(
  `^(?:\\d+(?:st|nd|rd|th)?|${[...spellings(MONTHS), ...WEEKDAYS.flatMap(({ name, short }) => [short, name])].join('|')}|` +
    'gmt|utc|est|edt|pst|pdt|bst|cet|ist|published|updated|posted|last|ago|hours?|minutes?|days?)$',
  'u',
));
/** Two to four capitalized words and nothing else: a person's name (`Adam Clark Estes`, `Bruce Y. Lee`). */
const NAME = lazyPattern(() => /^\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){1,3}$/u);
const isName = (text: string) => NAME().test(text);
const DOUBLED = lazyPattern(() => /^(\S+(?: \S+){0,3}) ?\1$/u);
const AUTHOR_ROLE = lazyPattern(() => /^(?:\p{Lu}[\p{L}'’.-]*\s){1,4}(?:editorial staff|staff(?: writer| reporter)?|contributor|senior contributor|correspondent|columnist|reporter)$/iu);
/** A byline's start: `By` and a capitalized name. */
const SIGNED_BYLINE = lazyPattern(() => /^[Bb]y \p{Lu}[\p{L}'’.-]* \p{Lu}/u);
/** An author field's label on a line of its own, the name under it (`Author:`, `Autor:`, `Автор:`). */
const AUTHOR_LABEL = lazyPattern(() => /^(?:authors?|by|written by|posted by|autor(?:es|a)?|auteure?|autore|автор)\s?:$/iu);
/** A teaser's link to the story it sums up (`Read More`). */
export const READ_MORE = /^(?:read|see|continue reading|learn) more\W*$/iu;
/** Most words of a picture's alt text taken for a headline: over its credit, over its caption and credit. */
const ALT_WORDS = 10;
const CAPTIONED_ALT_WORDS = 6;
/** A sentence's full stop (not an ellipsis). */
const FULL_STOP = lazyPattern(() => /[^.][.]["'”’]?$/u);
/** Words and numbers of a stamp line: a year, a time, `ago`, `updated`. */
export const STAMP_HINT = /\b(?:19|20)\d\d\b|\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\b\.?)?\b|\b(?:ago|updated|published|posted)\b/iu;

export function pickHeadline(scored: readonly ScoredLine[], first: number, stopwords: StopwordList | null, last = scored.length - 1): number | null {
  let best: { index: number; score: number } | null = null;
  const candidates = headlineScores(scored, first, stopwords, last);
  for (const candidate of candidates) {
    if (candidate.score >= MIN_SCORE && (best === null || candidate.score > best.score)) best = candidate;
  }
  if (best === null) return null;
  // The same headline printed again lower down (over a gallery, in a share box): the first copy
  // with its byline or stamp under it is the story's header (chron.com's `Robert Burns, Ap
  // National Security Writer` / `Updated 5:27 am CST, …` under the first copy).
  const at = (index: number) => scored.findIndex((line) => line.index === index);
  const signed = (p: number) => signedBelow(scored[p]!.text, scored.slice(p + 1, p + 2 + SIGNED_NEAR)) > 0;
  const text = scored[at(best.index)]!.text;
  if (signed(at(best.index))) return best.index;
  const copy = candidates.find((candidate) => candidate.index < best.index && scored[at(candidate.index)]!.text === text && signed(at(candidate.index)));
  return copy?.index ?? best.index;
}

/**
 * Every line that may be the headline, with its score, in page order (`index` as in `ScoredLine`).
 * The story's lead is the block's first paragraph of prose; a block with none (a story that is a
 * list, a race calendar under its stamp) is its own lead: the topic is the block's words, not
 * those of prose further down the page (a side column's blurbs).
 */
export function headlineScores(scored: readonly ScoredLine[], first: number, stopwords: StopwordList | null, last = scored.length - 1): { index: number; score: number }[] {
  let lead = first;
  while (lead <= last && scored[lead]!.grade !== 'good') lead++;
  if (lead > last) lead = first;
  const topic = topicWords(scored.slice(lead, lead + 30), stopwords);
  const counts = new Map<string, number>();
  for (const line of scored) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  const items = new Set(scored.filter((line) => line.bullet).map((line) => line.text.replace(BULLET, '')));

  const from = Math.max(0, first - LOOKBACK);
  const values: (number | null)[] = [];
  for (let p = from; p < lead; p++) {
    // Printed three times in a few lines (picture, link, caption): a teaser, not the headline.
    const text = scored[p]!.text;
    if (scored.slice(Math.max(0, p - TEASER_NEAR), p + TEASER_NEAR + 1).filter((other) => other.text === text).length >= 3) {
      values.push(null);
      continue;
    }
    // The value of an author field (`Author:` / `The Water Coolest`): a name, not the headline.
    if (p > 0 && AUTHOR_LABEL().test(scored[p - 1]!.text)) {
      values.push(null);
      continue;
    }
    const value = candidateScore(scored[p]!, lead - p, topic, stopwords, scored.slice(p + 1, p + 2 + SIGNED_NEAR), counts, scored, items);
    // The first lines of an article area, and the line under a breadcrumb trail (`Главная » Интересное`), as pages set their headline.
    const bonus = (p < TOP_LINES ? TOP_BONUS : 0) + (p > 0 && isBreadcrumb(scored[p - 1]!.text) ? CRUMB_BONUS : 0);
    values.push(value === null ? null : value + bonus);
  }
  adjustForNeighbours(scored, from, values);
  return values.flatMap((score, i) => (score === null ? [] : [{ index: scored[from + i]!.index, score }]));
}

/** Story text seen in the block before a second story may start there. */
const STORY_BEFORE_NEXT = 600;

/**
 * A headline inside the article block, after a story's worth of prose: a headline-shaped line
 * with a dated stamp (`Wednesday November 20, 2019`) within the next four lines and prose after
 * that. Pages that load the next article below the first have one; so do pages whose teasers
 * read like prose and run into the story's own headline. Returns its position in `scored`, or null.
 */
export function storyBreak(scored: readonly ScoredLine[], first: number, last: number): number | null {
  let prose = 0;
  for (let p = first; p < last; p++) {
    const line = scored[p]!;
    if (line.grade === 'good') prose += line.text.length;
    if (prose < STORY_BEFORE_NEXT || line.grade === 'good' || line.clutter !== null || line.bullet) continue;
    if (line.text.split(' ').length < 4 || !looksLikeHeadline(line.text) || STAMP_HINT.test(line.text) || /[.:]["'”’]?$/u.test(line.text)) continue;
    // A stamp below it (not a tweet's `— Dele (@dele_official) November 19, 2019`), then prose.
    const stamp = scored.slice(p + 1, p + 5).findIndex((other) => datedStamp(other.text));
    if (stamp === -1) continue;
    const after = scored.slice(p + 2 + stamp, p + 10 + stamp);
    if (after.some((other) => other.grade === 'good')) return p;
  }
  return null;
}

/** A short line of date words with a year: `Wednesday November 20, 2019`, `2019-11-19T08:57:40+01:00`. */
function datedStamp(text: string): boolean {
  if (text.length >= 60 || !/\b(?:19|20)\d\d\b/u.test(text) || /\(@|^[—–-]/u.test(text)) return false;
  return wordsOf(text).filter((word) => !DATE_WORD().test(word) && !/^\d/u.test(word)).length <= 1;
}

/** How near (in non-blank lines) a kicker, a headline and its standfirst stand to each other. */
const NEIGHBOURS = 3;
const NEIGHBOUR_PENALTY = 1.5;
/** A kicker or a label: a candidate of this many words or fewer. */
const LABEL_WORDS = 4;

/**
 * What a candidate's neighbours say about it. A short label above a longer candidate is its
 * kicker (`Dancing With the Stars` over the headline); a candidate right below a headline-long
 * one is its standfirst or the photo caption (`Twenty teams have punched tickets …`); a
 * candidate after a heading that opens a list of other stories (`Most Popular Today`) is a
 * teaser, unless nothing before that heading qualifies.
 */
function adjustForNeighbours(scored: readonly ScoredLine[], from: number, values: (number | null)[]): void {
  const words = (i: number) => scored[from + i]!.text.split(' ').length;
  const qualifies = (i: number) => values[i] !== null && values[i]! >= MIN_SCORE;
  const label = values.map((_, i) => qualifies(i) && words(i) <= LABEL_WORDS && !/\d/u.test(scored[from + i]!.text));
  const penalty = values.map(() => 0);
  /** The nearest candidate above `i`, past lines that are none (stamps, bylines, captions) and repeats of it; -1 if none is near. */
  const candidateAbove = (i: number): number => {
    const text = scored[from + i]!.text;
    let above = i - 1;
    while (above >= Math.max(0, i - NEIGHBOURS) && (values[above] === null || scored[from + above]!.text === text)) above--;
    return above >= Math.max(0, i - NEIGHBOURS) ? above : -1;
  };
  values.forEach((value, i) => {
    if (value === null) return;
    const next = values.slice(i + 1, i + 1 + NEIGHBOURS).findIndex((_, k) => qualifies(i + 1 + k) && words(i + 1 + k) > words(i) && !label[i + 1 + k]!);
    if (label[i] && next !== -1) penalty[i] = NEIGHBOUR_PENALTY;
    // A headline right above: this is its standfirst or caption.
    const above = candidateAbove(i);
    // Not when this one (no label, no sentence) has the byline or stamp under it and that one has
    // not, even read past this one as its standfirst: that one is a teaser.
    const signedHere = words(i) > LABEL_WORDS && !/[.]["'”’]?$/u.test(scored[from + i]!.text) && bylineFollows(scored[from + i]!.text, scored.slice(from + i + 1, from + i + 4));
    const signedAbove = above !== -1 && bylineFollows(scored[from + above]!.text, scored.slice(from + above + 1, from + above + 4));
    if (above !== -1 && qualifies(above) && !label[above] && !scored[from + above]!.text.endsWith(scored[from + i]!.text) && !(signedHere && !signedAbove)) {
      penalty[i] = penalty[i]! + NEIGHBOUR_PENALTY;
    }
  });
  // Under the last qualifying candidate with a byline and a stamp below it (a story's header),
  // candidates are its standfirst, a video's title or the story's first lines.
  const headed = values.findLastIndex((_, i) => qualifies(i) && penalty[i] === 0 && signedBelow(scored[from + i]!.text, scored.slice(from + i + 1, from + i + 2 + SIGNED_NEAR)) === 2);
  if (headed !== -1) {
    for (let i = headed + 1; i < values.length; i++) penalty[i] = penalty[i]! + NEIGHBOUR_PENALTY;
  }
  // Teasers: after a related-stories heading, when a candidate before the heading qualifies.
  const heading = values.findIndex((_, i) => scored[from + i]!.section === 'related' || scored[from + i]!.clutter === 'related');
  if (heading !== -1 && values.slice(0, heading).some((_, i) => qualifies(i) && penalty[i] === 0)) {
    for (let i = heading + 1; i < values.length; i++) penalty[i] = penalty[i]! + NEIGHBOUR_PENALTY;
  }
  values.forEach((value, i) => {
    if (value !== null) values[i] = value - penalty[i]!;
  });
}

function candidateScore(
  line: ScoredLine,
  distance: number,
  topic: ReadonlySet<string>,
  stopwords: StopwordList | null,
  below: readonly ScoredLine[],
  counts: ReadonlyMap<string, number>,
  scored: readonly ScoredLine[],
  items: ReadonlySet<string>,
): number | null {
  const text = line.text;
  if (line.clutter !== null || line.section !== null || line.bullet) return null;
  // Prose: a sentence of story text, not a headline.
  if (line.grade === 'good' && !titleCased(text)) return null;
  if (/[.]["'”’]?$/u.test(line.text) && line.text.split(' ').length > 12 && !titleCased(text)) return null;
  if (!looksLikeHeadline(text) || matchByline(text) !== null) return null;
  // A byline with its stamp and labels (`By Jason Cipriani | November 18, 2019 -- 19:14 GMT | Topic: Hardware`).
  if (SIGNED_BYLINE().test(text) && STAMP_HINT.test(text)) return null;
  // A teaser's blurb over its link (`The very best Black Friday deals and sales.` / `Read More`).
  if (below[0]?.clutter === 'related' && READ_MORE.test(below[0].text)) return null;
  // A picture's alt text over its credit, or over its caption and credit (`Gannett headquarters
  // building` / `Gannett is merging with GateHouse …` / `(Jacquelyn Martin / Associated Press)`).
  const credit = (other: ScoredLine | undefined) => other?.clutter === 'caption' && /^\(.*\)$/u.test(other.text);
  const caption = below[0]?.clutter === null && FULL_STOP().test(below[0].text) && !titleCased(below[0].text);
  const altWords = text.split(' ').length;
  if ((altWords <= ALT_WORDS && credit(below[0])) || (altWords <= CAPTIONED_ALT_WORDS && caption && credit(below[1]))) return null;
  // A sentence of the story printed above it as a highlight or a pull quote (`Highlights` / `Israeli
  // courts, however, have declared most major settlements legal.`, again among the paragraphs).
  if (FULL_STOP().test(text) && !titleCased(text) && scored.some((other) => other.index > line.index && other.text === text && other.grade !== 'bad')) return null;
  // A video teaser: its title, and the same with the player's label glued on (`… for Nov. 19Video`).
  if (/[\p{Ll}\d]Video$/u.test(text) || counts.has(`${text}Video`)) return null;
  // A picture's alt text: the headline with ` image` after it, printed above the headline itself.
  if (/ (?:image|photo)$/u.test(text) && counts.has(text.replace(/ (?:image|photo)$/u, ''))) return null;
  const length = [...text].length;
  const unspaced = stopwords?.unspaced ?? false;
  const words = content(text, stopwords);
  // Shorter with a byline and a stamp under it, as a blog sets a short headline (`About bugs`).
  const headed = signedBelow(text, below) === 2;
  if (unspaced ? length < 6 : headed ? length < 6 || text.split(' ').length < 2 : length < 12 || text.split(' ').length < 3) return null;
  if (length > 200 || /:$/.test(text) || /https?:\/\/|\bwww\./iu.test(text)) return null;
  // A stamp (`Nov. 19, 2019`, `Published November 20th, 2019 - 07:29 GMT`): mostly date words.
  if (STAMP_HINT.test(text) && words.filter((word) => !DATE_WORD().test(word)).length <= 1) return null;
  // Date words only, without a year (`13 Aug`, `05 Oct`).
  if (words.length > 0 && words.every((word) => DATE_WORD().test(word))) return null;

  let value = 0;
  // Topic: the share of the candidate's content words that the story uses.
  if (words.length > 0) value += 3 * (words.filter((word) => topic.has(word)).length / Math.max(words.length, MIN_TOPIC_WORDS));
  value -= Math.min(1.5, 0.02 * distance);
  if (/[.]["'”’]?$/u.test(text) && !/\.\.\.$|…$/u.test(text)) value -= 0.8;
  if (length >= 25 && length <= 130) value += 0.3;
  // A list item (`4. Does Marie Yovanovitch…`, `1. Advice`) or a person's name above a stamp.
  if (/^\d{1,2}[.)] /u.test(text)) value -= 1;
  if (isName(text) && below[0] && STAMP_HINT.test(below[0].text)) value -= 1.5;
  // A logo or a name printed twice (`The Hollywood Reporter The Hollywood Reporter`, `Pamela WilsonPamela Wilson`).
  if (DOUBLED().test(text)) value -= 1.5;
  // A menu's label: over a menu's items and itself an item of another menu (`CTV News Channel`
  // over `• Power Play`, and `• CTV News Channel` in the footer).
  if (below[0]?.bullet && items.has(text)) value -= 1.5;
  // Over the site's menu or search box (`Нормы ГТО и знаний` / `Поиск: [ ]`): the site's name.
  if ((below[0]?.clutter === 'navigation' && !isBreadcrumb(below[0].text)) || (below[0]?.clutter === 'text-browser' && /\p{L}.*\[/u.test(below[0].text))) value -= 1.5;
  // Above a picture (`[ ]`, a file name) or its credit: a figure's caption.
  if (below[0]?.clutter === 'caption' || (below[0]?.clutter === 'text-browser' && /^\[.*\]$|\.(?:jpe?g|png|gif|webp)$/iu.test(below[0].text))) value -= 1;
  // An author line: a name over the same name with a role (`Bruce Y. Lee` / `Bruce Y. Lee Senior Contributor`), or a staff credit.
  if ((isName(text) && below[0]?.text.startsWith(`${text} `)) || AUTHOR_ROLE().test(text)) value -= 1.5;
  // Followed closely by a byline or a stamp, as headlines are; more by both, as a story's header
  // has them (a teaser or a video's title has neither).
  if (signedBelow(text, below.slice(0, SIGNED_NEAR)) > 0) value += BYLINE_BONUS;
  if (headed) value += HEADER_BONUS;
  // Echoed elsewhere: printed twice, or quoted inside another line (`Share … for: <headline>`).
  if ((counts.get(text) ?? 0) > 1 || scored.some((other) => other !== line && other.text.length > text.length && other.text.endsWith(text))) value += 0.5;
  return value;
}

/**
 * A byline or a stamp among `below` (the lines under `headline`), before any other line that
 * could be a headline but the headline's own standfirst: the byline belongs to that one.
 */
function bylineFollows(headline: string, below: readonly ScoredLine[]): boolean {
  return signedBelow(headline, below) > 0;
}

/** A name and the writer's role after a comma (`Robert Burns, Ap National Security Writer`). */
const NAME_ROLE = lazyPattern(() => /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}, (?:[\p{L}'’.-]+ ){0,4}(?:[Ww]riter|[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Cc]olumnist|[Cc]ontributor)$/u);
/** A blog's author line, a one-word name too (`• Posted by Vortex`). */
const POSTED_BY = lazyPattern(() => /^(?:posted|written) by \S/iu);

/**
 * How many of a byline and a stamp line stand among `below` (the lines under `headline`),
 * before another line that could be a headline: 0, 1 or 2. The headline's own standfirst,
 * right under it, is read past.
 */
function signedBelow(headline: string, below: readonly ScoredLine[]): number {
  let byline = false;
  let stamp = false;
  for (const [k, line] of below.entries()) {
    if (matchByline(line.text) !== null || POSTED_BY().test(line.text.replace(BULLET, '')) || NAME_ROLE().test(line.text)) byline = true;
    // A name over a stamp line, as USA TODAY's sites sign (`Elliot Brownstein Florida Today` / `Published 2:16 AM EST Nov 20, 2019`).
    else if (k === 0 && isName(line.text) && /\p{Ll}/u.test(line.text) && below[1] !== undefined && datedStamp(below[1].text)) byline = true;
    else if (line.text.length < 120 && STAMP_HINT.test(line.text)) stamp = true;
    else if (k === 0 && isStandfirst(headline, line.text)) continue;
    else if (line.clutter === null && line.text.split(' ').length >= 5 && line.text.length <= 100 && looksLikeHeadline(line.text)) break;
  }
  return Number(byline) + Number(stamp);
}

/** A kicker: a few words, every one capitalized (`Apple Black Friday 2019 Deals`). */
const KICKER = lazyPattern(() => /^[\p{Lu}\d][^ ]*(?: [\p{Lu}\d][^ ]*){0,4}$/u);

/**
 * A standfirst under `headline`: a sentence in sentence case, more words than the headline
 * (`The suspect confessed and the jury took just 15 minutes to find him guilty` under `'We Got
 * Her!': Video Shows Dramatic Rescue of Kidnapped Fort Worth Girl`). Under a kicker, the longer
 * line is the headline itself.
 */
function isStandfirst(headline: string, text: string): boolean {
  return text.split(' ').length > headline.split(' ').length && !titleCased(text) && !KICKER().test(headline);
}

/**
 * Title Case, as English headlines are set (`Home Depot Stock Is Falling After Its Earnings
 * Release.`): four words of four letters or more, nearly all capitalized. Prose is not.
 */
function titleCased(text: string): boolean {
  const long = text.split(' ').filter((word) => /^["'“‘(]?\p{L}{4}/u.test(word));
  return long.length >= 4 && long.filter((word) => /^["'“‘(]?\p{Lu}/u.test(word)).length >= 0.9 * long.length;
}

/** Content words: not stopwords, three letters or more; for unspaced scripts, character pairs. */
function content(text: string, stopwords: StopwordList | null): string[] {
  if (stopwords?.unspaced) {
    const chars = [...text.replace(/[\s\p{P}\p{S}\p{N}]/gu, '')];
    return chars.slice(1).map((char, i) => chars[i]! + char);
  }
  return wordsOf(text).filter((word) => word.length >= 3 && !(stopwords?.words.has(word) ?? false));
}

function topicWords(lines: readonly ScoredLine[], stopwords: StopwordList | null): Set<string> {
  const topic = new Set<string>();
  for (const line of lines) for (const word of content(line.text, stopwords)) topic.add(word);
  return topic;
}
