/**
 * Headline of a scraped page: the line above the article block that reads most like its
 * headline. Candidates are scored on headline shape (length, no full stop, capitals), on
 * sharing topic words with the story, on nearness to the story, on being followed by a byline
 * or a stamp, and on being repeated elsewhere on the page (share boxes and breadcrumbs echo
 * it). Navigation, section and site labels fail the shape or the topic test.
 */
import type { ScoredLine } from '../core/page.js';
import { matchByline } from './byline.js';
import { type StopwordList, wordsOf } from './stopwords.js';
import { looksLikeHeadline } from './title.js';

/** How many lines above the article block the headline is looked for. */
const LOOKBACK = 80;
/** A candidate needs at least this score. */
const MIN_SCORE = 1;
const BYLINE_BONUS = 0.8;
/** An article area starts with its headline: the first lines of the text get a bonus. */
const TOP_LINES = 3;
const TOP_BONUS = 0.5;
const DATE_WORD =
  /^(?:\d+(?:st|nd|rd|th)?|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gmt|utc|est|edt|pst|pdt|bst|cet|ist|published|updated|posted|last|ago|hours?|minutes?|days?)$/u;
/** Two to four capitalized words and nothing else: a person's name (`Adam Clark Estes`, `Bruce Y. Lee`). */
const NAME = /^\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){1,3}$/u;
const isName = (text: string) => NAME.test(text);
const STAMP_HINT = /\b(?:19|20)\d\d\b|\b\d{1,2}:\d{2}\b|\b(?:ago|updated|published|posted)\b/iu;

export function pickHeadline(scored: readonly ScoredLine[], first: number, stopwords: StopwordList | null): number | null {
  let lead = first;
  while (lead < scored.length && scored[lead]!.grade !== 'good') lead++;
  if (lead === scored.length) lead = first;
  const topic = topicWords(scored.slice(lead, lead + 30), stopwords);
  const counts = new Map<string, number>();
  for (const line of scored) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);

  let best: { index: number; score: number } | null = null;
  for (let p = Math.max(0, first - LOOKBACK); p < lead; p++) {
    const line = scored[p]!;
    let value = candidateScore(line, lead - p, topic, stopwords, scored.slice(p + 1, p + 4), counts, scored);
    if (value !== null && p < TOP_LINES) value += TOP_BONUS;
    if (value !== null && value >= MIN_SCORE && (best === null || value > best.score)) best = { index: line.index, score: value };
  }
  return best?.index ?? null;
}

function candidateScore(
  line: ScoredLine,
  distance: number,
  topic: ReadonlySet<string>,
  stopwords: StopwordList | null,
  below: readonly ScoredLine[],
  counts: ReadonlyMap<string, number>,
  scored: readonly ScoredLine[],
): number | null {
  const text = line.text;
  if (line.clutter !== null || line.section !== null || line.bullet) return null;
  // Prose: a sentence of story text, not a headline.
  if (line.grade === 'good' || (/[.]["'”’]?$/u.test(line.text) && line.text.split(' ').length > 12)) return null;
  if (!looksLikeHeadline(text) || matchByline(text) !== null) return null;
  const length = [...text].length;
  const unspaced = stopwords?.unspaced ?? false;
  const words = content(text, stopwords);
  if (unspaced ? length < 6 : length < 12 || text.split(' ').length < 3) return null;
  if (length > 200 || /:$/.test(text)) return null;
  // A stamp (`Nov. 19, 2019`, `Published November 20th, 2019 - 07:29 GMT`): mostly date words.
  if (STAMP_HINT.test(text) && words.filter((word) => !DATE_WORD.test(word)).length <= 1) return null;

  let value = 0;
  // Topic: the share of the candidate's content words that the story uses.
  if (words.length > 0) value += 3 * (words.filter((word) => topic.has(word)).length / words.length);
  value -= Math.min(1.5, 0.02 * distance);
  if (/[.]["'”’]?$/u.test(text) && !/\.\.\.$|…$/u.test(text)) value -= 0.8;
  if (length >= 25 && length <= 130) value += 0.3;
  // A list item (`4. Does Marie Yovanovitch…`, `1. Advice`) or a person's name above a stamp.
  if (/^\d{1,2}[.)] /u.test(text)) value -= 1;
  if (isName(text) && below[0] && STAMP_HINT.test(below[0].text)) value -= 1.5;
  // Followed closely by a byline or a stamp, as headlines are.
  if (below.some((other) => matchByline(other.text) !== null || (other.text.length < 120 && STAMP_HINT.test(other.text)))) value += BYLINE_BONUS;
  // Echoed elsewhere: printed twice, or quoted inside another line (`Share … for: <headline>`).
  if ((counts.get(text) ?? 0) > 1 || scored.some((other) => other !== line && other.text.length > text.length && other.text.endsWith(text))) value += 0.5;
  return value;
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
