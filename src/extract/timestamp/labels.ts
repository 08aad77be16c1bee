/**
 * What surrounds a stamp in its line: the label before it (`Published:`, `Updated`) and whether
 * the rest of the line is stamp material only (labels, separators, weekdays, `Updated 2 hours ago`).
 */

export type StampLabel = 'published' | 'updated';

const WEEKDAY =
  '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/** A label at the end of the text before a stamp, with `on`/`at`, a colon or a weekday after it. */
const LABEL_AT_END = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(last\\s+modified|last\\s+updated|updated|modified|first\\s+published|published|posted)` +
    `(?:\\s*:)?(?:\\s+(?:on|at))?(?:\\s*:)?(?:\\s+(?:${WEEKDAY}),?)?\\s*$`,
  'iu',
);

/** The label that ends `before` (the text between the previous stamp, or the line start, and a stamp). */
export function labelBefore(before: string): StampLabel | null {
  const match = LABEL_AT_END.exec(before);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  return word.includes('published') || word === 'posted' ? 'published' : 'updated';
}

/** Relative extras that may share a stamp line: `Updated 2 hours ago`, `5 mins ago`, `just now`. */
const RELATIVE_EXTRA = new RegExp(
  '(?:^|[^\\p{L}\\p{N}])(?:(?:\\d+|an?|one)\\s+' +
    '(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\\s+ago|just\\s+now)' +
    '(?![\\p{L}\\p{N}])',
  'giu',
);

const SEPARATORS = /[\s/|,·•—–\-:()[\]@]+/u;

const ALLOWED_WORDS = new Set([
  'published',
  'updated',
  'update',
  'posted',
  'modified',
  'last',
  'first',
  'on',
  'at',
  'date',
  'time',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/**
 * True when `line`, with the `spans` of stamps taken out, holds only labels, separators
 * (`/`, `|`, `-`, `—`, `,`, `·`), weekday names, `at`, `on` and relative extras.
 */
export function isStampOnly(line: string, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  let rest = '';
  let at = 0;
  for (const span of spans) {
    rest += `${line.slice(at, span.start)} `;
    at = Math.max(at, span.end);
  }
  rest += line.slice(at);
  rest = rest.replace(RELATIVE_EXTRA, ' ');
  for (const word of rest.split(SEPARATORS)) {
    if (word === '') continue;
    if (!ALLOWED_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) return false;
  }
  return true;
}
