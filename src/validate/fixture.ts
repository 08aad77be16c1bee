/**
 * One fixture, checked: what runs in-process or in a validation worker (src/validate/serve.ts).
 * Reads the fixture and its golden and writes nothing. Reads are synchronous on purpose:
 * fixtures are small, and a promise-based read (open, fstat, read, close through the thread
 * pool) cost more than the parse itself (measured on 552 fixtures: about 0.3 s of 1 s). With
 * `update`, the golden to write comes back as data and the caller writes it. Everything it
 * takes and returns is plain data, so it crosses to and from a worker thread as it is.
 */
import { lstatSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArticle } from '../core/parse.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { toJson } from '../render/json.js';
import type { Article } from '../schema/article.js';
import { describeReadError } from '../errors.js';
import { readRegularFileSync } from '../files/read-file.js';
import { withoutByteLevelFields, withoutByteLevelLines } from './byte-level.js';
import { compareJson } from './compare.js';
import { describeChange } from './describe.js';
import { lineOf } from './lines.js';
import { checkDiagnostics, checkRequired } from './rules.js';
import type { FieldChange, Fixture, FixtureResult, GoldenStatus, Problem, ValidateOptions } from './types.js';

export interface FixtureOutcome {
  result: FixtureResult;
  /** With `update`: the golden to write (absolute path, exact bytes), or null when nothing changes. */
  write: { path: string; content: string } | null;
}

/**
 * {@link validateFixture}, with an exception (a bug: the parser never throws) turned into a
 * failure of this fixture only, so the batch goes on. In-process and in workers alike.
 */
export async function checkFixture(fixture: Fixture, options: ValidateOptions): Promise<FixtureOutcome> {
  try {
    return await validateFixture(fixture, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return uncheckedOutcome(fixture, `internal error: ${message} (please report it)`);
  }
}

/** The outcome of a fixture that could not be checked (an internal error, a lost worker): a failure, golden `skipped`. */
export function uncheckedOutcome(fixture: Fixture, reason: string): FixtureOutcome {
  return {
    result: {
      file: fixture.file,
      golden: fixture.golden,
      status: 'fail',
      goldenStatus: 'skipped',
      problems: [problem('internal-error', reason)],
      changes: [],
      durationMs: 0,
      explain: null,
    },
    write: null,
  };
}

export async function validateFixture(fixture: Fixture, options: ValidateOptions): Promise<FixtureOutcome> {
  // Time spent working on this fixture (parse, checks, compare), not waiting for reads, which
  // overlap with other fixtures' work.
  let spent = 0;
  const timed = <T>(work: () => T): T => {
    const start = performance.now();
    try {
      return work();
    } finally {
      spent += performance.now() - start;
    }
  };
  const problems: Problem[] = [];
  let parsed = false;
  const finish = (goldenStatus: GoldenStatus, changes: FieldChange[] = [], write: FixtureOutcome['write'] = null): FixtureOutcome => {
    const status = problems.some((problem) => problem.severity === 'failure') ? 'fail' : 'pass';
    return {
      result: {
        file: fixture.file,
        golden: fixture.golden,
        status,
        goldenStatus,
        problems,
        changes,
        durationMs: Math.round(spent * 1000) / 1000,
        explain: status === 'fail' && parsed ? explainCommand(fixture) : null,
      },
      write,
    };
  };

  if (fixture.unreadable !== undefined) {
    problems.push(problem('fixture-unreadable', `cannot read the fixture: ${fixture.unreadable}`));
    return finish('skipped');
  }
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(fixture.absolute, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (error) {
    const dangling = (error as { code?: string }).code === 'ENOENT' && isLink(fixture.absolute);
    const reason = dangling ? 'dangling symbolic link (its target does not exist)' : describeReadError(error);
    problems.push(problem('fixture-unreadable', `cannot read the fixture: ${reason}`));
    return finish('skipped');
  }
  // source.file is the name relative to the golden's folder, so goldens do not depend on where
  // validate was run from: `wirestory story.txt` in the fixture's folder prints the same bytes.
  const result = timed(() => parseArticle(bytes, { ...fixture.rules.parse, fileName: basename(fixture.absolute) }));
  if (!result.ok) {
    problems.push(problem(result.error.rule, `does not parse: ${result.error.message}`));
    return finish('skipped');
  }
  parsed = true;
  const article = result.article;
  problems.push(...timed(() => [...checkRequired(article, fixture.rules.require), ...checkDiagnostics(article.warnings, fixture.rules.strict)]));

  const toText = options.format === 'md' ? (await import('../render/markdown.js')).toMarkdown : toJson;
  const rendered = timed(() => toText(article));
  const goldenName = basename(fixture.goldenAbsolute);
  let golden: string | null;
  try {
    // A BOM (editors on Windows add one) is not part of the JSON or Markdown text.
    golden = readRegularFileSync(fixture.goldenAbsolute).toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') {
      problems.push(problem('golden-invalid', `cannot read the golden \`${goldenName}\`: ${describeReadError(error)}`));
      return finish('invalid');
    }
    golden = null;
  }

  if (options.update) {
    const write = { path: fixture.goldenAbsolute, content: rendered };
    if (golden === null) return finish('created', [], write);
    if (golden === rendered) return finish('unchanged');
    const changed = timed(() => differences(golden, rendered, options.format)) ?? [];
    // A CRLF checkout is not a reason to rewrite a golden: without strict, byte-level changes alone leave it be.
    const byteLevelOnly = !fixture.rules.strict && changed.length > 0 && differences(golden, rendered, options.format, false)?.length === 0;
    if (byteLevelOnly) return finish('unchanged');
    return finish('updated', changed, write);
  }

  if (golden === null) {
    const hint = `create it with \`wirestory validate ${fixture.file} --update\` and review it before committing`;
    problems.push(
      options.requireGolden
        ? problem('golden-missing', `no golden \`${goldenName}\` (required: ${options.requireGoldenReason ?? '--require-golden'}); ${hint}`)
        : { ...problem('golden-missing', `no golden \`${goldenName}\` yet; ${hint}`), severity: 'note' },
    );
    return finish('missing');
  }
  const changes = timed(() => differences(golden, rendered, options.format, fixture.rules.strict));
  if (changes === null) {
    problems.push(
      problem(
        'golden-invalid',
        `the golden \`${goldenName}\` ${tooDeep(golden) ? `is nested more than ${MAX_GOLDEN_DEPTH} levels deep (no article is)` : 'is not valid JSON'}; rewrite it with \`wirestory validate ${fixture.file} --update\``,
      ),
    );
    return finish('invalid');
  }
  const goldenJson = options.format === 'json' && changes.length > 0 ? safeParse(golden) : null;
  for (const change of changes) {
    problems.push({
      rule: 'golden-mismatch',
      severity: 'failure',
      message: describeChange(change),
      line: options.format === 'json' ? lineOf(change.path, article, goldenJson) : null,
      path: change.path,
      expected: change.expected,
      actual: change.actual,
    });
  }
  return finish(changes.length === 0 ? 'match' : 'mismatch', changes);
}

/** `wirestory explain 'my story.txt' --tz Europe/London`: the fixture read with its own parse options. */
export function explainCommand(fixture: Pick<Fixture, 'file' | 'rules'>): string {
  const { tz, dateOrder, referenceDate, lang } = fixture.rules.parse;
  const flags = [
    tz === undefined ? [] : ['--tz', tz],
    dateOrder === undefined || dateOrder === 'dmy' ? [] : ['--date-order', dateOrder],
    referenceDate === undefined ? [] : ['--reference-date', referenceDate],
    lang === undefined ? [] : ['--lang', lang],
  ].flat();
  // A name starting with `-` would be read as an option.
  const file = fixture.file.startsWith('-') ? `./${fixture.file}` : fixture.file;
  return ['wirestory', 'explain', file, ...flags].map(shellWord).join(' ');
}

/** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function problem(rule: string, message: string): Problem {
  return { rule, severity: 'failure', message, line: null, path: null };
}

/**
 * Nesting a golden may have: an article is 5 levels deep. Deeper values are refused before the
 * recursive comparison could overflow the stack (a 100,000-level golden).
 */
export const MAX_GOLDEN_DEPTH = 100;

/** The parsed golden, or null when it is not JSON or is nested deeper than {@link MAX_GOLDEN_DEPTH}. */
function safeParse(text: string): unknown {
  try {
    const value = JSON.parse(text) as unknown;
    return depthOver(value, MAX_GOLDEN_DEPTH) ? null : value;
  } catch {
    return null;
  }
}

function tooDeep(text: string): boolean {
  try {
    return depthOver(JSON.parse(text) as unknown, MAX_GOLDEN_DEPTH);
  } catch {
    return false;
  }
}

/** True when `value` nests objects or arrays more than `limit` levels deep (iterative: no stack). */
function depthOver(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * JSON goldens: field differences between the parsed golden and the parsed output (null when the
 * golden is not JSON). Markdown goldens: line differences, as paths `line 3`. Byte-level fields
 * (src/validate/byte-level.ts: `source.sha256`, `source.lineEnding`, …) count only when `strict`.
 */
export function differences(golden: string, rendered: string, format: 'json' | 'md', strict = true): FieldChange[] | null {
  if (format === 'md') {
    const split = (text: string) => text.replace(/\r\n?/g, '\n').split('\n');
    const lines = strict ? split : (text: string) => withoutByteLevelLines(split(text));
    return compareJson(lines(golden), lines(rendered)).map((change) => ({
      ...change,
      path: change.path.replace(/^\[(\d+)\]$/, (_, index: string) => `line ${Number(index) + 1}`),
    }));
  }
  const expected = safeParse(golden);
  if (expected === null && golden.trim() !== 'null') return null;
  const actual = JSON.parse(rendered) as Article;
  return strict ? compareJson(expected, actual) : compareJson(withoutByteLevelFields(expected), withoutByteLevelFields(actual));
}
