/**
 * Guard words: literal words that every match of some costly pattern holds, looked for in a line
 * all at once by one hand-written pass instead of one regular-expression scan each.
 *
 * `guardWords('news', 'sign')` registers its words and returns their bits; `wordsIn(text)`
 * returns the bits of every registered word the text holds, matched as a case-insensitive
 * Unicode pattern (`/iu`) would match it: `(wordsIn(text) & bits) !== 0` answers as
 * `/news|sign/iu.test(text)`. A pattern tried only on lines where its guard's bits are found
 * gives the same answer as the pattern alone, when every match of the pattern spells a guard
 * word. Scanning a line of prose for a dozen words this way costs about what one unanchored
 * `/iu` scan for five of them did: V8 tries such a pattern at every position of the line.
 *
 * Case folding: a code unit matches a word's character when both fold to the same unit: ASCII
 * capitals to small letters, and the few other characters that `/iu` folds onto a word's
 * characters (the long s `ſ` and the Kelvin sign `K` onto `s` and `k`, Cyrillic capitals and
 * the old Cyrillic letter forms U+1C80–U+1C88 onto small letters). `test/extract/guard-words.test.ts`
 * checks every code point against every character of the registered words.
 */

/** Folds of the units outside ASCII that `/iu` matches to another character. */
const WIDE_FOLD = new Map<number, number>([
  [0x017f, 0x73], // ſ → s
  [0x212a, 0x6b], // Kelvin sign → k
  [0x1c80, 0x0432], // Cyrillic rounded ve → в
  [0x1c81, 0x0434], // long-legged de → д
  [0x1c82, 0x043e], // narrow o → о
  [0x1c83, 0x0441], // wide es → с
  [0x1c84, 0x0442], // tall te → т
  [0x1c85, 0x0442], // three-legged te → т
  [0x1c86, 0x044a], // tall hard sign → ъ
  [0x1c87, 0x0463], // tall yat → ѣ
  [0x1c88, 0xa64b], // unblended uk → ꙋ
]);

/** One code unit folded, as `/iu` compares it for the characters of the registered words. */
export function foldUnit(unit: number): number {
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  // Cyrillic capitals (А–Я, Ѐ–Џ) fold to their small letters.
  if (unit >= 0x0410 && unit <= 0x042f) return unit + 0x20;
  if (unit >= 0x0400 && unit <= 0x040f) return unit + 0x50;
  return WIDE_FOLD.get(unit) ?? unit;
}

interface Word {
  /** The word's code units, folded. */
  units: number[];
  bit: number;
}

/** ASCII units folded (capitals to small letters). */
const ASCII_FOLD = Uint8Array.from({ length: 0x80 }, (_, unit) => foldUnit(unit));
/**
 * Registered words that start with two ASCII units, by those two folded (`first << 7 | second`):
 * a line's pairs of letters are looked up as it is read, and most pairs start no word.
 */
const PAIR_STARTS: (Word[] | undefined)[] = new Array<Word[] | undefined>(1 << 14).fill(undefined);
/** Registered words that start with a unit outside ASCII (`©`, `фото`), by that unit folded. */
const WIDE_STARTS = new Map<number, Word[]>();
/**
 * 1 for two ASCII units as written (`first << 7 | second`, either in any case) that fold to the
 * start of a word of {@link PAIR_STARTS}: the scan tests each pair of a line as it stands, with no
 * folding of the units that start no word (nearly all of them).
 */
const PAIR_HIT = new Uint8Array(1 << 14);
/** The ASCII units that fold to `unit` (itself, and its capital for a small letter). */
const unfolded = (unit: number): number[] => (unit >= 0x61 && unit <= 0x7a ? [unit, unit - 0x20] : [unit]);
const bits = new Map<string, number>();

/**
 * Registers `words` (literal text of BMP characters, no pattern syntax; one starting with an
 * ASCII character is at least two long, the second ASCII too) and returns the bits `wordsIn`
 * sets for them. A word already registered keeps its bit. Past 30 words, bits are shared: a
 * guard then lets more lines through to its pattern, never fewer.
 */
export function guardWords(...words: string[]): number {
  let mask = 0;
  for (const word of words) {
    const units = [...word].map((ch) => foldUnit(ch.charCodeAt(0)));
    const [first, second] = units;
    if (first === undefined || units.length !== word.length || (first < 0x80 && (second === undefined || second >= 0x80))) {
      throw new Error(`Guard word ${JSON.stringify(word)}: expected BMP characters, and two ASCII ones first if it starts with ASCII`);
    }
    const key = String.fromCharCode(...units);
    let bit = bits.get(key);
    if (bit === undefined) {
      bit = 1 << bits.size % 30;
      bits.set(key, bit);
      const entry: Word = { units, bit };
      if (first < 0x80) {
        (PAIR_STARTS[(first << 7) | second!] ??= []).push(entry);
        for (const a of unfolded(first)) for (const b of unfolded(second!)) PAIR_HIT[(a << 7) | b] = 1;
      }
      else WIDE_STARTS.set(first, [...(WIDE_STARTS.get(first) ?? []), entry]);
    }
    mask |= bit;
  }
  return mask;
}

/** True when `word` is at `at` in `text`, folded; its first `from` units are known to be. */
function isAt(text: string, at: number, word: Word, from: number): boolean {
  const { units } = word;
  if (at + units.length > text.length) return false;
  for (let k = from; k < units.length; k++) {
    const unit = text.charCodeAt(at + k);
    if ((unit < 0x80 ? ASCII_FOLD[unit] : foldUnit(unit)) !== units[k]) return false;
  }
  return true;
}

/** The bits of every registered word `text` holds (case-insensitively, as `/iu`). */
export function wordsIn(text: string): number {
  let found = 0;
  // The unit before this one when it is ASCII, as written or, for a wider unit that folds into
  // ASCII (`ſ`, the Kelvin sign), folded; else 0x80.
  let previous = 0x80;
  for (let i = 0; i < text.length; i++) {
    let unit = text.charCodeAt(i);
    if (unit >= 0x80) {
      const folded = foldUnit(unit);
      if (folded >= 0x80) {
        previous = 0x80;
        const starting = WIDE_STARTS.get(folded);
        if (starting !== undefined) for (const word of starting) if ((found & word.bit) === 0 && isAt(text, i, word, 1)) found |= word.bit;
        continue;
      }
      unit = folded;
    }
    if (previous < 0x80 && PAIR_HIT[(previous << 7) | unit] === 1) {
      for (const word of PAIR_STARTS[(ASCII_FOLD[previous]! << 7) | ASCII_FOLD[unit]!]!) if ((found & word.bit) === 0 && isAt(text, i - 1, word, 2)) found |= word.bit;
    }
    previous = unit;
  }
  return found;
}

/** Every registered word, folded, with its bit (for tests). */
export function registeredWords(): { word: string; bit: number }[] {
  return [...bits].map(([word, bit]) => ({ word, bit }));
}
