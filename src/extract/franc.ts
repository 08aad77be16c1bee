/**
 * franc-min's ranking (`francAll(text, { minLength })`), computed over franc-min's own data
 * (`franc-min/data.js`, `franc-min/expressions.js`) with the same arithmetic, so the answer is
 * the same list, in the same order, with the same scores (test/extract/franc.test.ts compares
 * the two on every fixture and corpus story). Why not call franc-min: it measures the distance
 * to each language by looking every trigram of the text up in each language's object, 44 times
 * over for Latin text; here each trigram is looked up once, in one map from trigram to the
 * languages that have it and its rank in each, and only those languages' distances are touched.
 * A story of figures (Reuters earnings tables) has no stopword answer and comes here, so this was
 * a third of the parse time of the bench corpus.
 *
 * Loaded on first use (about 100 KB of trigram data): a clean English story never needs it.
 */
import { createRequire } from 'node:module';

/** A language code with its score, best first (franc-min's `TrigramTuple`). */
export type Ranked = [string, number][];

/** franc-min's constants: the text looked at, and the distance of a trigram a language lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModel {
  languages: string[];
  /**
   * For each trigram ({@link trigramKey}), the languages that have it with its rank there, packed
   * as `index << 10 | rank` (index as in `languages`; ranks are below 300). A trigram is in about
   * five of the 44 Latin languages, so the distances add up over those only. Numeric keys are in
   * an open-addressing table of typed arrays (one lookup touches a few cache lines, not a Map
   * entry and an object per trigram); string keys (a character from 0x400 up) in `named`.
   */
  table: IntTable;
  /** Where each slot's packed entries start in `entries`, and how many there are. */
  starts: Int32Array;
  lengths: Int32Array;
  entries: Int32Array;
  named: Map<string, Int32Array>;
  /** Each language's distance to the text being ranked, reused from text to text. */
  distances?: Int32Array;
}

/** Ranks fit in the low bits of a packed entry of {@link ScriptModel.entries}. */
const RANK_BITS = 10;
const RANK_MASK = (1 << RANK_BITS) - 1;

/**
 * Open addressing over whole numbers from 0 to 2^30 (numeric trigram keys), linear probing:
 * `keys[slot]` is -1 for an empty slot.
 */
interface IntTable {
  keys: Int32Array;
  /** 32 - log2(size): a key's first slot is the top bits of its Fibonacci hash. */
  shift: number;
}

function intTable(size: number): IntTable {
  let bits = 4;
  while (1 << bits < size) bits++;
  return { keys: new Int32Array(1 << bits).fill(-1), shift: 32 - bits };
}

/** The slot holding `key`, or the empty slot where it would go. */
function slotOf(table: IntTable, key: number): number {
  const mask = table.keys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> table.shift;
  while (table.keys[slot] !== -1 && table.keys[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

let expressions: Record<string, RegExp> | undefined;
let models: Map<string, ScriptModel> | undefined;

function load(): { expressions: Record<string, RegExp>; models: Map<string, ScriptModel> } {
  if (!expressions || !models) {
    const require = createRequire(import.meta.url);
    expressions = (require('franc-min/expressions.js') as { expressions: Record<string, RegExp> }).expressions;
    const { data } = require('franc-min/data.js') as { data: Record<string, Record<string, string>> };
    models = new Map();
    for (const [script, languages] of Object.entries(data)) {
      const codes = Object.keys(languages);
      const rows = new Map<number | string, number[]>();
      codes.forEach((code, index) => {
        const seen = new Set<number | string>();
        // franc-min keeps a repeated trigram's first rank.
        languages[code]!.split('|').forEach((trigram, rank) => {
          const key = trigram.length === 3 ? trigramKey(trigram, 0) : trigram;
          if (seen.has(key)) return;
          seen.add(key);
          let row = rows.get(key);
          if (!row) rows.set(key, (row = []));
          row.push((index << RANK_BITS) | rank);
        });
      });
      const table = intTable(rows.size * 2);
      const starts = new Int32Array(table.keys.length);
      const lengths = new Int32Array(table.keys.length);
      const entries: number[] = [];
      const named = new Map<string, Int32Array>();
      for (const [key, row] of rows) {
        if (typeof key === 'string') {
          named.set(key, Int32Array.from(row));
          continue;
        }
        const slot = slotOf(table, key);
        table.keys[slot] = key;
        starts[slot] = entries.length;
        lengths[slot] = row.length;
        entries.push(...row);
      }
      models.set(script, { languages: codes, table, starts, lengths, entries: Int32Array.from(entries), named });
    }
  }
  return { expressions, models };
}

/**
 * The numeric trigrams of the text being ranked and their counts, in a table reused from text to
 * text (no Map grown per text); `filled` lists the slots in use, to read and clear them.
 */
let textTable: { table: IntTable; counts: Int32Array; filled: Int32Array; used: number } | undefined;

/** The table, empty, with room for `trigrams` keys (lower-casing can lengthen a text: `İ` is two code units in lower case). */
function emptyTextTable(trigrams: number): NonNullable<typeof textTable> {
  if (!textTable || textTable.filled.length < trigrams) {
    const size = Math.max(trigrams, MAX_LENGTH);
    const table = intTable(size * 2);
    textTable = { table, counts: new Int32Array(table.keys.length), filled: new Int32Array(size), used: 0 };
  }
  // Cleared before use rather than after, so no text can leave it half filled for the next.
  for (let i = 0; i < textTable.used; i++) textTable.table.keys[textTable.filled[i]!] = -1;
  textTable.used = 0;
  return textTable;
}

const und = (): Ranked => [['und', 1]];

/**
 * The trigram at `at` as a map key: a small whole number when its three code units are below
 * 0x400 (Latin, Greek, Cyrillic: no string to cut and hash), else the string itself. A number
 * and a string are never the same key, so each trigram has exactly one.
 */
function trigramKey(text: string, at: number): number | string {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return a < 0x400 && b < 0x400 && c < 0x400 ? (a << 20) | (b << 10) | c : text.slice(at, at + 3);
}

let scriptCountsOf: Int32Array | undefined;

/** Adds one to the count of the numeric `trigram` in the text's table. */
function countTrigram(text: NonNullable<typeof textTable>, trigram: number): void {
  const { table, counts, filled } = text;
  const slot = slotOf(table, trigram);
  if (table.keys[slot] === -1) {
    table.keys[slot] = trigram;
    counts[slot] = 0;
    filled[text.used++] = slot;
  }
  counts[slot]!++;
}

/**
 * For each UTF-16 code unit outside the surrogates, the scripts whose franc-min expression
 * matches it (bit i: the i-th of `expressions`), filled in as units are met; -1 not known yet.
 * An expression's alternatives are single units (a class) or surrogate pairs, so in a text
 * without surrogates `value.match(expression).length` is the number of units it matches alone.
 */
let unitScripts: Int32Array | undefined;
let unitExpressions: RegExp[] | undefined;

function scriptsOfUnit(code: number, expressions: Record<string, RegExp>): number {
  unitScripts ??= new Int32Array(0x10000).fill(-1);
  let scripts = unitScripts[code]!;
  if (scripts === -1) {
    unitExpressions ??= Object.values(expressions).map((expression) => new RegExp(expression.source, expression.flags.replace('g', '')));
    const unit = String.fromCharCode(code);
    scripts = 0;
    unitExpressions.forEach((expression, index) => {
      if (expression.test(unit)) scripts |= 1 << index;
    });
    unitScripts[code] = scripts;
  }
  return scripts;
}

/**
 * How many units of `value` each script's expression matches (as `value.match(expression)`
 * counts them), in the order of `expressions`, with one pass and no match arrays; null when the
 * text holds a surrogate (a pair may be one match), for the expressions to count.
 */
function scriptCounts(value: string, expressions: Record<string, RegExp>, counts: Int32Array): { ascii: boolean } | null {
  counts.fill(0);
  let ascii = true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x80) {
      ascii = false;
      if (code >= 0xd800 && code <= 0xdfff) return null;
    }
    for (let bits = scriptsOfUnit(code, expressions); bits !== 0; bits &= bits - 1) counts[31 - Math.clz32(bits & -bits)]!++;
  }
  return { ascii };
}

/** The units of an ASCII text's padded form (see {@link paddedAscii}), reused from text to text. */
let asciiUnits = new Uint16Array(MAX_LENGTH + 2);

/**
 * ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
 * of an ASCII `value`, as code units in {@link asciiUnits}; returns how many. (In ASCII, `\s`
 * and `trim` are tab to carriage return and the space; each run of them and of U+0021–U+0040
 * becomes one space, none at the ends; lower-casing is A–Z alone.)
 */
function paddedAscii(value: string): number {
  if (asciiUnits.length < value.length + 2) asciiUnits = new Uint16Array(value.length + 2);
  const units = asciiUnits;
  let n = 0;
  units[n++] = 0x20;
  let gap = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code >= 0x09 && code <= 0x0d) || (code >= 0x20 && code <= 0x40)) {
      gap = n > 1;
      continue;
    }
    if (gap) {
      units[n++] = 0x20;
      gap = false;
    }
    units[n++] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  }
  units[n++] = 0x20;
  return n;
}

/** `francAll(value, { minLength })` of franc-min 6. */
export function rankLanguages(value: string, minLength: number): Ranked {
  const measured = distancesOf(value, minLength);
  if (Array.isArray(measured)) return measured;
  const { languages, distances, trigrams, length } = measured;
  const ranked: Ranked = languages.map((code, index) => [code, distances[index]! + trigrams * MAX_DIFFERENCE]);
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0]![1];
  const max = length * MAX_DIFFERENCE - min;
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
  return ranked;
}

/**
 * `rankLanguages(value, minLength).slice(0, 2)`: the best language and the runner-up, found in
 * one pass over the distances instead of ranking them all (language detection reads only these).
 * The ranking's sort is stable, so on a tie the language listed first comes first. `runnerUp`,
 * when given, says which languages may be the runner-up (the best stays the best of all).
 */
export function topLanguages(value: string, minLength: number, runnerUp?: (language: string) => boolean): Ranked {
  const measured = distancesOf(value, minLength);
  if (Array.isArray(measured)) return runnerUp ? [measured[0]!, ...measured.slice(1).filter(([language]) => runnerUp(language)).slice(0, 1)] : measured.slice(0, 2);
  const { languages, distances, trigrams, length } = measured;
  let best = -1;
  let second = -1;
  for (let index = 0; index < languages.length; index++) {
    const distance = distances[index]!;
    if (best === -1 || distance < distances[best]!) {
      if (best !== -1 && (!runnerUp || runnerUp(languages[best]!))) second = best;
      best = index;
    } else if ((second === -1 || distance < distances[second]!) && (!runnerUp || runnerUp(languages[index]!))) second = index;
  }
  const min = distances[best]! + trigrams * MAX_DIFFERENCE;
  const max = length * MAX_DIFFERENCE - min;
  const score = (index: number) => 1 - (distances[index]! + trigrams * MAX_DIFFERENCE - min) / max || 0;
  return second === -1 ? [[languages[best]!, score(best)]] : [[languages[best]!, score(best)], [languages[second]!, score(second)]];
}

/** Adds a trigram's distances (`count` times in the text; `entries[from…to)` its packed ranks). */
function addDistances(distances: Int32Array, count: number, entries: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const packed = entries[i]!;
    distances[packed >> RANK_BITS]! += Math.abs(count - (packed & RANK_MASK) - 1) - MAX_DIFFERENCE;
  }
}

/** The script names of franc-min's expressions, in their order. */
let scriptNames: string[] | undefined;

/**
 * What the ranking is made from: each language's distance to the text (less the text's trigram
 * count times {@link MAX_DIFFERENCE}), the number of distinct trigrams and the length looked
 * at; or the ranking itself when franc-min answers without one (too short, a script of one
 * language, no letters).
 */
function distancesOf(value: string, minLength: number): Ranked | { languages: readonly string[]; distances: Int32Array; trigrams: number; length: number } {
  if (!value || value.length < minLength) return und();
  value = value.slice(0, MAX_LENGTH);
  const { expressions, models } = load();
  // The script most of the characters belong to (the first one on a tie).
  const scripts = (scriptNames ??= Object.keys(expressions));
  scriptCountsOf ??= new Int32Array(scripts.length);
  const counted = scriptCounts(value, expressions, scriptCountsOf);
  let topScript: string | undefined;
  let topCount = -1;
  for (let index = 0; index < scripts.length; index++) {
    const script = scripts[index]!;
    const count = (counted ? scriptCountsOf[index]! : (value.match(expressions[script]!)?.length ?? 0)) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      topScript = script;
    }
  }
  const model = topScript === undefined ? undefined : models.get(topScript);
  if (!model) return topScript === undefined || topCount === 0 ? und() : [[topScript, 1]];

  // The text's trigrams and their counts, as trigram-utils cleans and pads it.
  const named = new Map<string, number>();
  let text: NonNullable<typeof textTable>;
  if (counted?.ascii) {
    // Every unit below 0x400: every trigram is a number.
    const length = paddedAscii(value);
    text = emptyTextTable(length);
    const units = asciiUnits;
    for (let i = 0; i + 3 <= length; i++) countTrigram(text, (units[i]! << 20) | (units[i + 1]! << 10) | units[i + 2]!);
  } else {
    const padded = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
    text = emptyTextTable(padded.length);
    for (let i = 0; i + 3 <= padded.length; i++) {
      const trigram = trigramKey(padded, i);
      if (typeof trigram === 'string') named.set(trigram, (named.get(trigram) ?? 0) + 1);
      else countTrigram(text, trigram);
    }
  }
  const { table, counts, filled } = text;
  // Distance per language: |count - rank - 1| for a trigram it has, MAX_DIFFERENCE for one it
  // lacks: MAX_DIFFERENCE for every trigram of the text, less the difference for the trigrams a
  // language has. (Whole numbers throughout, so the order of the sum does not matter.)
  // Reused from text to text (read by the caller before the next ranking).
  const distances = (model.distances ??= new Int32Array(model.languages.length)).fill(0);
  for (let i = 0; i < text.used; i++) {
    const slot = filled[i]!;
    const at = slotOf(model.table, table.keys[slot]!);
    if (model.table.keys[at] !== -1) addDistances(distances, counts[slot]!, model.entries, model.starts[at]!, model.starts[at]! + model.lengths[at]!);
  }
  for (const [trigram, count] of named) {
    const row = model.named.get(trigram);
    if (row) addDistances(distances, count, row, 0, row.length);
  }
  return { languages: model.languages, distances, trigrams: text.used + named.size, length: value.length };
}
