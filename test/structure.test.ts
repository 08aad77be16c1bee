/**
 * The house has no upward stairs: lower floors never import upper ones. Read from the import
 * statements of src/ (static and dynamic), so a new upward import fails here with its file.
 * The few that remain are listed with the reason; the list must shrink, never grow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

const src = join(repoRoot, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** `from` → every module of src/ it imports, as paths relative to src/ (`cli/io.ts`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(src, join(dirname(file), specifier)).replace(/\.js$/, '.ts'));
}

/** Floors, lowest first: a module may import its own floor and those below. */
const FLOORS: Array<[floor: string, below: readonly string[]]> = [
  // The output's schema: the ground floor, it imports nothing of wirestory's.
  ['schema/', []],
  // Leaves: shapes and helpers every floor may use, importing only the schema's types.
  ['line.ts', []],
  ['diagnostic.ts', ['schema/']],
  // The extractors read lines and make diagnostics from the leaves; the core stages call them.
  ['extract/', ['schema/', 'line.ts', 'diagnostic.ts', 'options.ts', 'errors.ts']],
  ['core/', ['extract/', 'schema/', 'line.ts', 'diagnostic.ts', 'options.ts', 'errors.ts', 'version.ts']],
  ['render/', ['core/', 'extract/', 'schema/', 'line.ts', 'diagnostic.ts', 'options.ts', 'errors.ts', 'version.ts']],
  ['files/', ['errors.ts', 'options.ts']],
  // The two commands' engines use the worker plumbing (pool, messages, entry) and the file
  // machinery (walker, atomic writer), never each other. The worker entry starts either one's
  // work, so workers/ shares their floor.
  ['validate/', ['workers/', 'files/', 'render/', 'core/', 'extract/', 'schema/', 'options.ts', 'errors.ts', 'version.ts']],
  ['batch/', ['workers/', 'files/', 'render/', 'core/', 'extract/', 'schema/', 'options.ts', 'errors.ts', 'version.ts']],
  ['workers/', ['batch/', 'validate/', 'files/', 'render/', 'core/', 'extract/', 'schema/', 'options.ts', 'errors.ts', 'version.ts']],
];

/** Upward imports still allowed, with why (none left: keep it so). */
const KNOWN_TARGETS: Readonly<Record<string, readonly string[]>> = {};

describe('structure', () => {
  it('lower floors do not import upper ones (the known exceptions aside)', () => {
    const upward: string[] = [];
    for (const file of sources(src)) {
      const from = relative(src, file);
      const floor = FLOORS.find(([name]) => from.startsWith(name));
      if (!floor) continue;
      const [name, below] = floor;
      for (const target of importsOf(file)) {
        if (target.startsWith(name) || below.some((allowed) => target.startsWith(allowed))) continue;
        upward.push(`${from} -> ${target}`);
      }
    }
    const known = (edge: string) => {
      const [from, target] = edge.split(' -> ') as [string, string];
      return Object.entries(KNOWN_TARGETS).some(([floor, targets]) => from.startsWith(floor) && targets.includes(target));
    };
    expect(upward.filter((edge) => !known(edge)), 'new upward imports').toEqual([]);
  });
});
