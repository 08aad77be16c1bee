/**
 * Openers: the literal text every match of an anchored pattern starts with, read from the
 * pattern's own source, as a cheap test to run before it. V8 compiles a pattern on its first use
 * (`RELATED`, with its runs of any characters under `/iu`, several milliseconds), and a one-story
 * run meets the page pre-check's big anchored patterns only on a few header lines, which open
 * with none of their words: `opensWith(openings)(text)` answers false for those, so the pattern
 * is never compiled, and true wherever the pattern could match.
 *
 * Read from the source by {@link openingsOf} (in tests and `test/tools/openings.ts`, which
 * writes them to openings.ts: reading them at every start cost more than it saved), so a pattern
 * edited later gets openings that are right for it. Where the reading is unsure (a branch not
 * anchored with `^`, one that can open with a class or a run of any characters, the `m`, `g` or
 * `y` flags) there are none, and the test answers true for every line: slower, never wrong.
 */
import { foldUnit } from './guard-words.js';

/** A line opening with a digit may match (a branch opens with `\d`). */
const DIGIT = '\\d';
/** A line opening with a unit outside ASCII may match (a branch opens with `©`, `†`, Cyrillic). */
const WIDE = '\\wide';

/** Whether the quantifier at `at` (if any) lets what stands before it match nothing: `?`, `*`, `{0,…}`. */
function optionalAt(source: string, at: number): boolean {
  const ch = source[at];
  return ch === '?' || ch === '*' || (ch === '{' && source[at + 1] === '0' && (source[at + 2] === ',' || source[at + 2] === '}'));
}

/** Whether a quantifier stands at `at`. */
function quantifierAt(source: string, at: number): boolean {
  const ch = source[at];
  return ch === '?' || ch === '*' || ch === '+' || ch === '{';
}

/** Index of the `)` closing the group opened at `open` in `source`, or -1. */
function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** `source` split at its `|` outside groups and classes. */
export function branches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * What `read` gives for a group: for each of its alternatives (`inner`) followed by `after`, and,
 * when the group may be skipped, for `skipped` (what follows it); null when any reading is null.
 */
function throughGroup(inner: string, after: string, skipped: string | null, read: (sequence: string) => string[] | null): string[] | null {
  const out: string[] = [];
  for (const alternative of branches(inner)) {
    const found = read(alternative + after);
    if (found === null) return null;
    out.push(...found);
  }
  if (skipped !== null) {
    const found = read(skipped);
    if (found === null) return null;
    out.push(...found);
  }
  return out;
}

/** More openings than this after a literal: the literal alone stands for them. */
const MAX_OPENINGS = 64;

/** Escapes that stand for their character. */
const LITERAL_ESCAPES = new Set([...'()[]{}.*+?^$|\\/-:,!#%&\'"<>=@`~ ']);

/**
 * The literal openings (ASCII, folded) of every string `sequence` matches at its start, or
 * null when one may open otherwise. A shorter opening than the longest is still right (every
 * match starts with it); {@link DIGIT} and {@link WIDE} stand for an opening digit or unit
 * outside ASCII. `depth` bounds the work on nested optional groups.
 */
function openings(sequence: string, depth = 0): string[] | null {
  if (depth > 6) return null;
  let literal = '';
  let i = 0;
  const stop = () => (literal === '' ? null : [literal]);
  while (i < sequence.length) {
    const ch = sequence[i]!;
    if (ch === '(') {
      if (literal !== '') {
        // What the group and the rest open with, after the literal (`(?:the )?(?:ap|afp) `): a
        // lookaround or a long list of them gives the literal alone, which is right too.
        const after = openings(sequence.slice(i), depth + 1);
        if (after === null || after.length > MAX_OPENINGS) return [literal];
        return after.map((tail) => (tail.startsWith(DIGIT) || tail === WIDE ? literal : literal + tail));
      }
      if (!sequence.startsWith('(?:', i) && sequence[i + 1] === '?') return null; // a lookaround or a named group
      const end = closing(sequence, i);
      if (end < 0) return null;
      const inner = sequence.slice(sequence[i + 1] === '?' ? i + 3 : i + 1, end);
      const groupOptional = optionalAt(sequence, end + 1);
      const groupQuantified = quantifierAt(sequence, end + 1);
      let restAt = end + 1;
      if (groupQuantified) {
        if (sequence[end + 1] === '{') restAt = sequence.indexOf('}', end) + 1;
        else restAt = end + 2;
        if (sequence[restAt] === '?') restAt++; // lazy
      }
      const rest = sequence.slice(restAt);
      // Matched at most once (`(?:the )?story`): each alternative, then what follows. Repeated: the
      // alternatives' own openings (what follows may come after any number of them).
      const once = !groupQuantified || sequence[end + 1] === '?';
      return throughGroup(inner, once ? rest : '', groupOptional ? rest : null, (next) => openings(next, depth + 1));
    }
    if (ch === '[') {
      if (literal !== '') return [literal];
      // A plain class at the start (`[+*†]results`): each of its characters, then the rest.
      const end = sequence.indexOf(']', i);
      const members = sequence.slice(i + 1, end);
      // Only a class matched once (no quantifier after it) and with plain members.
      if (end < 0 || members === '' || members.includes('\\') || members.includes('^') || members.includes('-') || quantifierAt(sequence, end + 1)) return null;
      const out: string[] = [];
      for (const member of members) {
        const found = openings(member + sequence.slice(end + 1), depth + 1);
        if (found === null) return null;
        out.push(...found);
      }
      return out;
    }
    let unit: string;
    let width = 1;
    if (ch === '\\') {
      const escaped = sequence[i + 1];
      width = 2;
      if (escaped === 'b' || escaped === 'B') {
        i += 2; // an assertion: it matches no character
        continue;
      }
      if (escaped === 'd' && literal === '') return optionalAt(sequence, i + 2) ? null : [digitOpening(sequence.slice(i + 2))];
      if (escaped === undefined || !LITERAL_ESCAPES.has(escaped)) return stop();
      unit = escaped;
    } else if (ch === '.' || ch === '$' || ch === '^' || ch === '|' || ch === ')') {
      return stop();
    } else {
      unit = ch;
    }
    if (optionalAt(sequence, i + width)) {
      if (literal !== '') return [literal];
      // An optional unit at the start (`\\*?these`): the openings with it and without it.
      const quantifier = sequence[i + width] === '{' ? sequence.indexOf('}', i + width) + 1 - (i + width) : 1;
      let restAt = i + width + quantifier;
      if (sequence[restAt] === '?') restAt++; // lazy
      const once = sequence[i + width] === '?';
      const code = unit.charCodeAt(0);
      const withIt = once ? openings(sequence.slice(i, i + width) + sequence.slice(restAt), depth + 1) : code < 0x80 ? [String.fromCharCode(foldUnit(code))] : [WIDE];
      const without = openings(sequence.slice(restAt), depth + 1);
      return withIt === null || without === null ? null : [...withIt, ...without];
    }
    const unitRepeated = quantifierAt(sequence, i + width);
    const code = unit.charCodeAt(0);
    if (code >= 0x80) return literal === '' ? [WIDE] : [literal];
    literal += String.fromCharCode(foldUnit(code));
    if (unitRepeated) return [literal];
    i += width;
  }
  return stop();
}

/** What stands for a space of any kind (`\\s`) among the units after a run of digits. */
const SPACE = '\\s';

/**
 * The opening of a branch that opens with `\\d` (`afterDigit` is what follows the `\\d`): {@link
 * DIGIT} and the units one of which follows the run of digits in every match (`\\d{1,2}:` gives
 * `\\d:`, `\\d+\\s+` gives `\\d\\s`, `\\d+ ?of` gives `\\d of`), or DIGIT alone when the reader
 * cannot tell. A unit after the digits is never a digit, so it follows the line's whole run of
 * digits: a date line (`14.05.2019 16:24`) no longer opens a player's time (`12:30`).
 */
function digitOpening(afterDigit: string): string {
  let at = 0;
  if (afterDigit[0] === '+') at = 1;
  else if (afterDigit[0] === '{') at = afterDigit.indexOf('}') + 1;
  if (afterDigit[0] === '{' && at === 0) return DIGIT;
  if (at > 0 && afterDigit[at] === '?') at++; // lazy
  const units = unitsAt(afterDigit.slice(at), 0);
  return units === null ? DIGIT : DIGIT + [...new Set(units)].join('');
}

/**
 * The units (folded ASCII, {@link SPACE}) one of which opens every string `sequence` matches,
 * none of them a digit, or null when the reader cannot tell (a class, a lookaround, the end, …).
 */
function unitsAt(sequence: string, depth: number): string[] | null {
  if (depth > 6 || sequence === '') return null;
  const ch = sequence[0]!;
  if (ch === '(') {
    // A group matched once or not at all (`(?:min|mins)`, `(?: of)?`): each alternative, then what follows.
    if (sequence[1] === '?' && !sequence.startsWith('(?:')) return null;
    const end = closing(sequence, 0);
    if (end < 0) return null;
    const optional = sequence[end + 1] === '?';
    if (!optional && quantifierAt(sequence, end + 1)) return null;
    let restAt = optional ? end + 2 : end + 1;
    if (optional && sequence[restAt] === '?') restAt++; // lazy
    const rest = sequence.slice(restAt);
    return throughGroup(sequence.slice(sequence[1] === '?' ? 3 : 1, end), rest, optional ? rest : null, (next) => unitsAt(next, depth + 1));
  }
  let unit: string;
  let width = 2;
  if (sequence.startsWith(SPACE)) unit = SPACE;
  else if (ch === '\\') {
    const escaped = sequence[1];
    if (escaped === undefined || escaped === '\\' || !LITERAL_ESCAPES.has(escaped)) return null;
    unit = escaped;
  } else if ('[].$^|*+?{}'.includes(ch)) return null;
  else {
    unit = ch;
    width = 1;
  }
  if (unit !== SPACE) {
    const code = unit.charCodeAt(0);
    if (code >= 0x80 || (code >= 0x30 && code <= 0x39)) return null;
    unit = String.fromCharCode(foldUnit(code));
  }
  if (!optionalAt(sequence, width)) return [unit];
  // An optional unit (`\\s*min`): it, or what follows it.
  let restAt = sequence[width] === '{' ? sequence.indexOf('}', width) + 1 : width + 1;
  if (sequence[restAt] === '?') restAt++; // lazy
  const rest = unitsAt(sequence.slice(restAt), depth + 1);
  return rest === null ? null : [unit, ...rest];
}

/** Whether the unit after the run of digits that opens `text` is one of `units` (as {@link digitOpening} writes them). */
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

/** Flags under which `^` is not the start of the text, or a test moves `lastIndex`. */
const unanchored = (pattern: RegExp) => pattern.multiline || pattern.global || pattern.sticky;

/**
 * A test that answers true for every line an anchored pattern matches, given the pattern's
 * openings as {@link openingsOf} reads them (kept in openings.ts, so no start pays for reading
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
  const opens = opensWith(openings ?? null);
  let compiled: RegExp | undefined;
  return (text) => {
    if (compiled === undefined) {
      if (!opens(text)) return none;
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

/**
 * The openings every match of `pattern` starts with (folded ASCII text, `\\d` for a digit, `\\wide` for
 * a unit outside ASCII), or null when it lets every line through.
 */
export function openingsOf(pattern: RegExp): string[] | null {
  if (unanchored(pattern)) return null;
  const found: string[] = [];
  for (const branch of branches(pattern.source)) {
    if (!branch.startsWith('^')) return null;
    const openingsOfBranch = openings(branch.slice(1));
    if (openingsOfBranch === null) return null;
    found.push(...openingsOfBranch);
  }
  return [...new Set(found)];
}
