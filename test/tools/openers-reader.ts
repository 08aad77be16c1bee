/**
 * Reads the openings of an anchored pattern (what every match starts with) from its syntax tree
 * (`@eslint-community/regexpp`), for test/tools/openings.ts, which writes them to
 * src/extract/openings.ts, and for test/extract/openers.test.ts. Development time only: the
 * runtime side (the gate built from those openings) is src/extract/openers.ts.
 *
 * What it reads: each top-level branch must open with `^`; from there, the literal units
 * (ASCII, folded as `/iu` folds them), through plain groups (each alternative, then what
 * follows; and what follows alone when the group may be skipped), plain classes (each member
 * then what follows), optional units (with and without), `\b` (no character). Anything else (a
 * class with ranges or escapes, a run of any characters, a lookaround at the start, the `m`, `g`
 * or `y` flags) ends the reading: a shorter opening is still right, and none at all means the
 * gate lets every line through. {@link DIGIT} stands for an opening digit, followed by the units
 * one of which ends its run when the reader can tell (`\d{1,2}:` gives `\d:`); {@link WIDE} for
 * an opening unit outside ASCII.
 */
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';
import { foldUnit } from '../../src/extract/guard-words.js';
import { DIGIT, SPACE, WIDE } from '../../src/extract/openers.js';

type Element = AST.Element;

/** More openings than this after a literal: the literal alone stands for them. */
const MAX_OPENINGS = 64;
/** Nesting of groups and optional parts read before giving up (bounds the work). */
const MAX_DEPTH = 6;
/** Escapes that stand for their character. */
const LITERAL_ESCAPES = new Set([...'()[]{}.*+?^$|\\/-:,!#%&\'"<>=@`~ ']);

/** The quantifier as written after its element (`?`, `+?`, `{0,2}`). */
const quantifierOf = (quantifier: AST.Quantifier) => quantifier.raw.slice(quantifier.element.raw.length);

/** Whether the quantifier lets its element match nothing, as written: `?`, `*`, `{0,…}`, `{0}`. */
function optional(quantifier: AST.Quantifier | null): boolean {
  if (quantifier === null) return false;
  const text = quantifierOf(quantifier);
  return text[0] === '?' || text[0] === '*' || (text[0] === '{' && text[1] === '0' && (text[2] === ',' || text[2] === '}'));
}

/** An element and the quantifier around it, if any. */
function unquantified(element: Element): { atom: Element | AST.QuantifiableElement; quantifier: AST.Quantifier | null } {
  return element.type === 'Quantifier' ? { atom: element.element, quantifier: element } : { atom: element, quantifier: null };
}

type GroupLike = AST.Group | AST.CapturingGroup | AST.LookaroundAssertion;

function groupLike(atom: Element | AST.QuantifiableElement): atom is GroupLike {
  return atom.type === 'Group' || atom.type === 'CapturingGroup' || (atom.type === 'Assertion' && (atom.kind === 'lookahead' || atom.kind === 'lookbehind'));
}

/** `(…)` or `(?:…)`: not a lookaround, a named group or a group with flags of its own. */
function plainGroup(atom: GroupLike): boolean {
  return (atom.type === 'Group' && !atom.modifiers) || (atom.type === 'CapturingGroup' && atom.name === null);
}

/**
 * What `read` gives for a group: for each of its alternatives followed by `after`, and, when the
 * group may be skipped, for `skipped` (what follows it); null when any reading is null.
 */
function throughGroup(group: GroupLike, after: readonly Element[], skipped: readonly Element[] | null, read: (sequence: Element[]) => string[] | null): string[] | null {
  const out: string[] = [];
  for (const alternative of group.alternatives) {
    const found = read([...alternative.elements, ...after]);
    if (found === null) return null;
    out.push(...found);
  }
  if (skipped !== null) {
    const found = read([...skipped]);
    if (found === null) return null;
    out.push(...found);
  }
  return out;
}

/** The character a member of a plain class stands for, as an element, or null when it opens nothing readable. */
function memberElement(member: string, parent: AST.CharacterClass): AST.Character | null {
  if ('.$^|)'.includes(member)) return null;
  if (member === '(' || member === '[') throw new Error(`openers reader: class member \`${member}\` in ${parent.raw}`);
  return { type: 'Character', raw: member, value: member.codePointAt(0)!, parent, start: 0, end: 0 } as AST.Character;
}

/**
 * The literal openings (ASCII, folded) of every string `sequence` matches at its start, or
 * null when one may open otherwise. A shorter opening than the longest is still right (every
 * match starts with it).
 */
function openings(sequence: readonly Element[], depth = 0): string[] | null {
  if (depth > MAX_DEPTH) return null;
  let literal = '';
  const stop = () => (literal === '' ? null : [literal]);
  for (let i = 0; i < sequence.length; i++) {
    const { atom, quantifier } = unquantified(sequence[i]!);
    const rest = sequence.slice(i + 1);
    if (groupLike(atom)) {
      if (literal !== '') {
        // What the group and the rest open with, after the literal (`(?:the )?(?:ap|afp) `): a
        // lookaround or a long list of them gives the literal alone, which is right too.
        const after = openings(sequence.slice(i), depth + 1);
        if (after === null || after.length > MAX_OPENINGS) return [literal];
        return after.map((tail) => (tail.startsWith(DIGIT) || tail === WIDE ? literal : literal + tail));
      }
      if (!plainGroup(atom)) return null;
      // Matched at most once (`(?:the )?story`): each alternative, then what follows. Repeated: the
      // alternatives' own openings (what follows may come after any number of them).
      const once = quantifier === null || quantifierOf(quantifier)[0] === '?';
      return throughGroup(atom, once ? rest : [], optional(quantifier) ? rest : null, (next) => openings(next, depth + 1));
    }
    if (atom.type === 'CharacterClass') {
      if (literal !== '') return [literal];
      // A plain class matched once (`[+*†]results`): each of its characters, then the rest.
      const members = atom.raw.slice(1, -1);
      if (members === '' || /[\\^-]/.test(members) || quantifier !== null) return null;
      const out: string[] = [];
      for (const member of members) {
        const element = memberElement(member, atom);
        const found = element === null ? null : openings([element, ...rest], depth + 1);
        if (found === null) return null;
        out.push(...found);
      }
      return out;
    }
    if (atom.type === 'Assertion' && atom.kind === 'word') continue; // `\b`, `\B`: no character
    if (atom.type === 'CharacterSet' && atom.raw === '\\d' && literal === '') return optional(quantifier) ? null : [digitOpening(rest)];
    if (atom.type !== 'Character') return stop();
    let unit = atom.raw;
    if (unit.startsWith('\\')) {
      if (unit.length !== 2 || !LITERAL_ESCAPES.has(unit[1]!)) return stop();
      unit = unit[1]!;
    }
    const code = unit.charCodeAt(0);
    // Outside the Basic Multilingual Plane: a unit outside ASCII, whatever follows.
    if (unit.length > 1) return literal === '' ? [WIDE] : [literal];
    if (optional(quantifier)) {
      if (literal !== '') return [literal];
      // An optional unit at the start (`\*?these`): the openings with it and without it.
      const withIt = quantifierOf(quantifier!)[0] === '?' ? openings([atom, ...rest], depth + 1) : code < 0x80 ? [String.fromCharCode(foldUnit(code))] : [WIDE];
      const without = openings(rest, depth + 1);
      return withIt === null || without === null ? null : [...withIt, ...without];
    }
    if (code >= 0x80) return literal === '' ? [WIDE] : [literal];
    literal += String.fromCharCode(foldUnit(code));
    if (quantifier !== null) return [literal];
  }
  return stop();
}

/**
 * The opening of a branch that opens with `\d` (`afterDigit` is what follows the `\d` and its
 * quantifier): {@link DIGIT} and the units one of which follows the run of digits in every
 * match (`\d{1,2}:` gives `\d:`, `\d+\s+` gives `\d\s`, `\d+ ?of` gives `\d of`), or DIGIT alone
 * when the reader cannot tell. A unit after the digits is never a digit, so it follows the
 * line's whole run of digits.
 */
function digitOpening(afterDigit: readonly Element[]): string {
  const units = unitsAt(afterDigit, 0);
  return units === null ? DIGIT : DIGIT + [...new Set(units)].join('');
}

/**
 * The units (folded ASCII, {@link SPACE}) one of which opens every string `sequence` matches,
 * none of them a digit, or null when the reader cannot tell (a class, a lookaround, the end, …).
 */
function unitsAt(sequence: readonly Element[], depth: number): string[] | null {
  if (depth > MAX_DEPTH || sequence.length === 0) return null;
  const { atom, quantifier } = unquantified(sequence[0]!);
  const rest = sequence.slice(1);
  if (groupLike(atom)) {
    // A group matched once or not at all (`(?:min|mins)`, `(?: of)?`): each alternative, then what follows.
    if (!plainGroup(atom)) return null;
    const once = quantifier !== null && quantifierOf(quantifier)[0] === '?';
    if (!once && quantifier !== null) return null;
    return throughGroup(atom, rest, once ? rest : null, (next) => unitsAt(next, depth + 1));
  }
  let unit: string;
  if (atom.type === 'CharacterSet' && atom.raw === '\\s') unit = SPACE;
  else if (atom.type === 'Character') {
    unit = atom.raw;
    if (unit.startsWith('\\')) {
      if (unit.length !== 2 || unit[1] === '\\' || !LITERAL_ESCAPES.has(unit[1]!)) return null;
      unit = unit[1]!;
    } else if (unit.length > 1 || '[].$^|*+?{}'.includes(unit)) return null;
    const code = unit.charCodeAt(0);
    if (code >= 0x80 || (code >= 0x30 && code <= 0x39)) return null;
    unit = String.fromCharCode(foldUnit(code));
  } else return null;
  if (!optional(quantifier)) return [unit];
  // An optional unit (`\s*min`): it, or what follows it.
  const after = unitsAt(rest, depth + 1);
  return after === null ? null : [unit, ...after];
}

/**
 * The openings every match of `pattern` starts with (folded ASCII text, {@link DIGIT} for a digit,
 * {@link WIDE} for a unit outside ASCII), or null when it lets every line through: a branch not
 * anchored with `^`, or `^` not the start of the text (`m`), or a test that moves `lastIndex` (`g`, `y`).
 */
export function openingsOf(pattern: RegExp): string[] | null {
  if (pattern.multiline || pattern.global || pattern.sticky) return null;
  const found: string[] = [];
  for (const branch of parseRegExpLiteral(pattern).pattern.alternatives) {
    const [first, ...rest] = branch.elements;
    if (first === undefined || first.type !== 'Assertion' || first.kind !== 'start') return null;
    const openingsOfBranch = openings(rest);
    if (openingsOfBranch === null) return null;
    found.push(...openingsOfBranch);
  }
  return [...new Set(found)];
}

/** The source text of `pattern`'s top-level alternatives; a group around all of it is opened. */
export function alternativesOf(pattern: RegExp): string[] {
  let alternatives = parseRegExpLiteral(pattern).pattern.alternatives;
  for (;;) {
    const only = alternatives.length === 1 && alternatives[0]!.elements.length === 1 ? alternatives[0]!.elements[0]! : null;
    if (only === null || only.type !== 'Group') break;
    alternatives = only.alternatives;
  }
  return alternatives.map((alternative) => alternative.raw);
}
