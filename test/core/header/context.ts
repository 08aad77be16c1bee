/**
 * Real header lines for the claimer tests: a fixture decoded and normalized as the parser does,
 * and the context a claimer sees at one of its lines (what is known so far given by the test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../../src/core/decode.js';
import { normalize } from '../../../src/core/normalize.js';
import type { HeaderContext } from '../../../src/core/header/claim.js';
import type { Line } from '../../../src/line.js';
import { repoRoot } from '../../helpers/cli.js';

/** The normalized lines of `fixtures/<path>`. */
export function fixtureLines(path: string): Line[] {
  const decoded = decode(readFileSync(join(repoRoot, 'fixtures', path)));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.error.message}`);
  return normalize(decoded.value.text).lines;
}

/** Line `no` (1-based) of a fixture, and the context of a walk that reaches it with `known`. */
export function at(path: string, no: number, known: Partial<HeaderContext> = {}): [Line, HeaderContext] {
  const lines = fixtureLines(path);
  const index = lines.findIndex((line) => line.no === no);
  if (index === -1) throw new Error(`${path} has no line ${no}`);
  const context: HeaderContext = {
    lines,
    index,
    seen: lines.slice(0, index + 1).filter((line) => line.text !== '').length,
    options: { tz: null, dateOrder: 'dmy', referenceDate: null },
    title: null,
    titleKey: '',
    titleDecided: false,
    byline: null,
    keepBoilerplate: false,
    ...known,
  };
  return [lines[index]!, context];
}

/** A line that is in no fixture, in a context of its own (for shapes seen only in the corpus). */
export function alone(text: string, known: Partial<HeaderContext> = {}): [Line, HeaderContext] {
  const line: Line = { no: 1, text, indent: 0 };
  return [line, { lines: [line], index: 0, seen: 1, options: { tz: null, dateOrder: 'dmy', referenceDate: null }, title: null, titleKey: '', titleDecided: false, byline: null, keepBoilerplate: false, ...known }];
}
