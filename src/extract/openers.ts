/**
 * Openers: the runtime gate before an anchored pattern. V8 compiles a pattern on its first use
 * (`RELATED`, with its runs of any characters under `/iu`, several milliseconds), and a one-story
 * run meets the page pre-check's big anchored patterns only on a few header lines, which open
 * with none of their words: `opensWith(openings)(text)` answers false for those, so the pattern
 * is never compiled, and true wherever the pattern could match.
 *
 * The openings (the literal text every match starts with) are read from each pattern's own
 * source at development time, by test/tools/openers-reader.ts on the pattern's syntax tree, and
 * kept in openings.ts (`npx tsx test/tools/openings.ts`; test/extract/openers.test.ts fails
 * while it is stale): reading them at every start cost more than it saved. Where the reader is
 * unsure there are none, and the gate answers true for every line: slower, never wrong.
 */
import { foldUnit } from './guard-words.js';

/** A line opening with a digit may match (a branch opens with `\d`). */
export const DIGIT = '\\d';
/** A line opening with a unit outside ASCII may match (a branch opens with `©`, `†`, Cyrillic). */
export const WIDE = '\\wide';

/** What stands for a space of any kind (`\\s`) among the units after a run of digits. */
export const SPACE = '\\s';

/** Whether the unit after the run of digits that opens `text` is one of `units` (as the reader writes them after {@link DIGIT}: `\\d:`, `\\d\\s`). */
function digitsThen(text: string, units: string): boolean {
  let at = 1;
  while (at < text.length && text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) at++;
  if (at === text.length) return false;
  const unit = foldUnit(text.charCodeAt(at));
  // Beyond ASCII: a space of another kind, or a unit the reader did not fold: let it through.
  if (unit >= 0x80) return true;
  if (units.includes(SPACE) && (unit === 0x20 || (unit >= 0x09 && unit <= 0x0d))) return true;
  return units.replaceAll(SPACE, '').includes(String.fromCharCode(unit));
}

/**
 * A test that answers true for every line an anchored pattern matches, given the pattern's
 * openings as test/tools/openers-reader.ts reads them (kept in openings.ts, so no start pays for reading
 * them; `test/extract/openers.test.ts` checks the two agree). Units are compared as `/iu`
 * compares them ({@link foldUnit}: ASCII capitals, and the Kelvin sign and the long s onto `k`
 * and `s`); a line opening with a unit outside ASCII that folds to none passes when a branch
 * opens outside ASCII. So `opensWith(openingsOf(p))(text) && p.test(text)` is `p.test(text)`
 * under `/iu`, `/i` or no case folding at all.
 */
export function opensWith(openings: readonly string[] | null): (text: string) => boolean {
  if (openings === null) return () => true;
  const digit = openings.includes(DIGIT);
  const wide = openings.includes(WIDE);
  /** The units after an opening run of digits, of every opening {@link digitOpening} wrote with them. */
  const afterDigits = openings
    .filter((opening) => opening.startsWith(DIGIT) && opening !== DIGIT)
    .map((opening) => opening.slice(DIGIT.length))
    .join('');
  /** Openings by their first unit, folded. */
  const byFirst = new Map<number, string[]>();
  for (const opening of openings) {
    if (opening.startsWith(DIGIT) || opening === WIDE) continue;
    const first = opening.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), opening]);
  }
  return (text) => {
    if (text === '') return true;
    const first = foldUnit(text.charCodeAt(0));
    if (first >= 0x80) return wide;
    if (first >= 0x30 && first <= 0x39 && (digit || (afterDigits !== '' && digitsThen(text, afterDigits)))) return true;
    const candidates = byFirst.get(first);
    if (candidates === undefined) return false;
    for (const opening of candidates) {
      if (text.length < opening.length) continue;
      let k = 1;
      while (k < opening.length && foldUnit(text.charCodeAt(k)) === opening.charCodeAt(k)) k++;
      if (k === opening.length) return true;
    }
    return false;
  };
}

/**
 * The openings of several anchored patterns looked for in one walk over a line's first units,
 * for a caller that tries all of them on every line (the page pre-check): `of(text)` has the bit
 * of each pattern whose {@link opensWith} test lets `text` through (and may have others: any
 * opening run of digits lets every pattern with a digit opening through), so
 * `(of(text) & bit) !== 0 && pattern.test(text)` answers as `pattern.test(text)`. Patterns
 * without openings (null) have their bit set for every line. At most 31 patterns.
 */
export interface OpeningsMask {
  /** The bit of each pattern, by the name it was given under. */
  readonly bits: Readonly<Record<string, number>>;
  of(text: string): number;
}

export function openingsMask(groups: Readonly<Record<string, readonly string[] | null | undefined>>): OpeningsMask {
  const names = Object.keys(groups);
  if (names.length > 31) throw new Error(`openingsMask: ${names.length} patterns, expected at most 31`);
  const bits: Record<string, number> = Object.fromEntries(names.map((name, index) => [name, 1 << index]));
  const all = 2 ** names.length - 1;
  // Built on the first line asked about, not at start: a trie of the openings (all folded ASCII),
  // node n's child for unit u at next[n * 128 + u] (0: none; node 0 is the root), the bits of the
  // patterns with an opening ending at node n at ends[n].
  let built: { next: Int32Array; ends: Int32Array; always: number; digit: number; wide: number } | undefined;
  const build = () => {
    const texts: string[] = [];
    let always = 0;
    let digit = 0;
    let wide = 0;
    for (const name of names) {
      const openings = groups[name];
      if (openings == null) always |= bits[name]!;
      else for (const opening of openings) {
        if (opening === WIDE) wide |= bits[name]!;
        else if (opening.startsWith(DIGIT)) digit |= bits[name]!;
        else texts.push(opening);
      }
    }
    const size = texts.reduce((sum, text) => sum + text.length, 1);
    let next = new Int32Array(size * 128);
    const ends = new Int32Array(size);
    let nodes = 1;
    for (const name of names) {
      for (const opening of groups[name] ?? []) {
        if (opening === WIDE || opening.startsWith(DIGIT)) continue;
        let node = 0;
        for (let k = 0; k < opening.length; k++) {
          const unit = opening.charCodeAt(k);
          if (unit >= 0x80) throw new Error(`openingsMask: opening ${JSON.stringify(opening)} of ${name} is not folded ASCII`);
          if (next[node * 128 + unit] === 0) next[node * 128 + unit] = nodes++;
          node = next[node * 128 + unit]!;
        }
        ends[node] = ends[node]! | bits[name]!;
      }
    }
    next = next.slice(0, nodes * 128);
    return { next, ends: ends.slice(0, nodes), always, digit, wide };
  };
  return {
    bits,
    of(text: string): number {
      if (text === '') return all;
      const { next, ends, always, digit, wide } = (built ??= build());
      let found = always;
      const first = foldUnit(text.charCodeAt(0));
      if (first >= 0x80) return found | wide;
      if (first >= 0x30 && first <= 0x39) found |= digit;
      let node = next[first]!;
      for (let k = 1; node !== 0; k++) {
        found |= ends[node]!;
        if (k === text.length) break;
        const unit = text.charCodeAt(k);
        const folded = unit < 0x80 ? (unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit) : foldUnit(unit);
        node = folded < 0x80 ? next[node * 128 + folded]! : 0;
      }
      return found;
    },
  };
}

/**
 * `pattern.test`, for an anchored pattern, tried only on lines opening with one of `openings`
 * (what every match opens with, read from the pattern into openings.ts) until a line does: the
 * same answers. V8 compiles a pattern on its first use, and a one-story run meets most big
 * anchored patterns only on a few lines, which open with none of their words. Once the pattern
 * is compiled, a line it does not match fails it at its first characters faster than the
 * openings are compared, so a long batch soon runs the pattern alone.
 */
export function openedBy(openings: readonly string[] | null | undefined, pattern: RegExp | (() => RegExp)): (text: string) => boolean {
  return gated(openings, pattern, (compiled, text) => compiled.test(text), false);
}

/** {@link openedBy} for `pattern.exec` (a pattern without the `g` and `y` flags). */
export function openedExec(openings: readonly string[] | null | undefined, pattern: RegExp | (() => RegExp)): (text: string) => RegExpExecArray | null {
  return gated(openings, pattern, (compiled, text) => compiled.exec(text), null);
}

/**
 * `run`, answering `none` without running it until a line opens with one of `openings`. A
 * pattern given as a function ({@link lazyPattern}) is built then too, not at load.
 */
function gated<T>(
  openings: readonly string[] | null | undefined,
  pattern: RegExp | (() => RegExp),
  run: (pattern: RegExp, text: string) => T,
  none: T,
): (text: string) => T {
  // The gate too is built on the first line asked about, not at load.
  let opens: ((text: string) => boolean) | undefined;
  let compiled: RegExp | undefined;
  return (text) => {
    if (compiled === undefined) {
      if (!(opens ??= opensWith(openings ?? null))(text)) return none;
      compiled = typeof pattern === 'function' ? pattern() : pattern;
    }
    return run(compiled, text);
  };
}

/**
 * A pattern built on its first use: `lazyPattern(() => /…/u)` (a literal in a function is built
 * only when the function runs), or `lazyPattern(source, flags)`. Every call answers the same
 * object, so a `g` pattern's `lastIndex` is kept as before. V8 parses a pattern as it is created
 * (a literal or `new RegExp`, with each `\\p{…}` class built from ICU's tables and, under `/iu`,
 * each letter's case closed over), so a module's big patterns cost every run, even one whose
 * lines never reach them (`node test/tools/regexp-census.mjs story.txt` lists those).
 */
export function lazyPattern(make: () => RegExp): () => RegExp;
export function lazyPattern(source: string, flags: string): () => RegExp;
export function lazyPattern(source: string | (() => RegExp), flags?: string): () => RegExp {
  let pattern: RegExp | undefined;
  return typeof source === 'string' ? () => (pattern ??= new RegExp(source, flags)) : () => (pattern ??= source());
}
