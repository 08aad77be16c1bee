/**
 * The English locale reads Reuters' stamp line (`19-OCT-1987 15:35:53.55`) without chrono-node.
 * Its answer must be chrono's, field for field (components known and implied, tags, span), so
 * nothing downstream can tell the two apart, and so must the candidates it gives without any
 * parser result (`readCandidates`: span, date, clock, zone): checked on every such line of the fixtures and of
 * the shared corpus (`reuters21578`, when present), and on generated lines around the edges
 * (midnight, noon, the last day of February, fractions, spaces around the stamp).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { candidatesIn } from '../../src/extract/timestamp/common/join.js';
import { english, parseWithChrono, readReutersCandidates, readReutersStamp } from '../../src/extract/timestamp/locales/en.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LOOSE = /\d{1,2}-[A-Za-z]{3}-\d{2,4}/;

function linesOf(dir: string, pick: (text: string) => string[]): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...linesOf(path, pick));
    else if (/\.(?:txt|sgm)$/.test(name)) found.push(...pick(readFileSync(path, 'latin1')));
  }
  return found;
}

const fixtureLines = linesOf(join(root, 'fixtures'), (text) => text.split(/\r?\n/).filter((line) => LOOSE.test(line) && line.length < 80));
const corpusLines = linesOf(join(root, '../shared/corpus/reuters21578'), (text) => [...text.matchAll(/<DATE>([^<]*)<\/DATE>/g)].map((m) => m[1]!));

function generated(): string[] {
  const lines: string[] = [];
  const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  for (const month of months) {
    for (const day of ['0', '1', '01', '9', '28', '29', '30', '31', '32']) {
      for (const year of ['1900', '1987', '1988', '2000', '2099']) lines.push(`${day}-${month}-${year} 15:35:53.55`);
    }
  }
  for (const hour of ['00', '01', '09', '11', '12', '13', '23', '24', '7']) {
    for (const rest of ['00:00.00', '59:59.99', '35:53.05', '60:00.00', '00:60.00', '35:53.5', '35:53.555', '35:53']) lines.push(`2-MAR-1987 ${hour}:${rest}`);
  }
  for (const frame of [' %', '  %', '% ', ' % ', '\t%', '%.', 'x %', '% EST', '% GMT', 'on %']) lines.push(frame.replace('%', '19-OCT-1987 15:35:53.55'));
  lines.push('19-Oct-1987 15:35:53.55', '19-OCT-87 15:35:53.55', '19 OCT 1987 15:35:53.55', '19-OCT-1987  15:35:53.55');
  return lines;
}

/** Everything a consumer can read from a chrono result. */
function shape(results: ParsedResult[]): unknown {
  return results.map((result) => {
    const start = result.start as unknown as { knownValues: object; impliedValues: object };
    return {
      index: result.index,
      text: result.text,
      known: Object.entries(start.knownValues),
      implied: Object.entries(start.impliedValues).sort(),
      tags: [...result.tags()],
      end: result.end,
      reference: [result.reference.instant.toISOString(), result.reference.timezoneOffset],
      date: result.start.date().toISOString(),
    };
  });
}

const references = [
  { year: 2000, month: 1, day: 1 },
  { year: 1987, month: 3, day: 2 },
];

function check(lines: string[]): number {
  let read = 0;
  for (const line of lines) {
    for (const reference of references) {
      const instant = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
      const direct = readReutersStamp(line, instant);
      if (direct === null) continue;
      read++;
      for (const order of ['dmy', 'mdy'] as const) {
        const chrono = parseWithChrono(line, reference, order);
        expect({ line, order, reading: shape(direct) }).toEqual({ line, order, reading: shape(chrono) });
        expect({ line, order, candidates: readReutersCandidates(line) }).toEqual({ line, order, candidates: candidatesIn(line, chrono, english) });
      }
    }
  }
  return read;
}

describe('the direct Reuters stamp reader', () => {
  it('reads every Reuters stamp line of the fixtures as chrono does', () => {
    expect(fixtureLines.length).toBeGreaterThan(100);
    expect(check(fixtureLines)).toBeGreaterThan(100);
  });

  it.runIf(corpusLines.length > 0)('reads every <DATE> of the shared Reuters corpus as chrono does', () => {
    expect(check(corpusLines)).toBeGreaterThan(0.9 * corpusLines.length);
  });

  it('is the English locale\'s reading of a line without the parsers', () => {
    expect(english.readCandidates).toBe(readReutersCandidates);
  });

  it('agrees with chrono on generated lines, and leaves impossible dates and other shapes to it', () => {
    const lines = generated();
    expect(check(lines)).toBeGreaterThan(200);
    const instant = new Date(Date.UTC(2000, 0, 1, 12));
    for (const line of ['31-FEB-1987 15:35:53.55', '29-FEB-1987 15:35:53.55', '0-MAR-1987 15:35:53.55', '2-MAR-1987 24:00:00.00', 'x 19-OCT-1987 15:35:53.55', '19-Oct-1987 15:35:53.55', '19-OCT-1987 15:35:53.5']) {
      expect({ line, direct: readReutersStamp(line, instant) }).toEqual({ line, direct: null });
      expect({ line, candidates: readReutersCandidates(line) }).toEqual({ line, candidates: null });
    }
    expect(readReutersStamp('29-FEB-1988 15:35:53.55', instant)).not.toBeNull();
  });
});
