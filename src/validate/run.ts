/**
 * A validate run: find the fixtures, settle each one's rules (flags over the nearest
 * `.wirestory-validate.json` over defaults), check them, write goldens for `--update`.
 * Returns results as data; the command picks a reporter and sets the exit code.
 *
 * Fixtures are checked on the main thread with a few reads in flight ({@link RunOptions.concurrency}):
 * parsing a story takes well under a millisecond, so reading files dominates. To spread a very
 * large set over cores, hand {@link validateFixture} (plain data in and out) to a worker pool
 * through {@link RunOptions.check}.
 */
import { dirname } from 'node:path';
import { writeFileAtomicSync } from '../batch/atomic-write.js';
import type { ParseOptions } from '../core/types.js';
import { ConfigFinder } from './config.js';
import { findFixtures, goldenPathFor } from './discover.js';
import { validateFixture, type FixtureOutcome } from './fixture.js';
import { DEFAULT_REQUIRE } from './rules.js';
import { summarize, type Fixture, type FixtureResult, type FixtureRules, type Summary, type ValidateOptions } from './types.js';

/** Rules given on the command line; an absent field falls back to the config file, then the default. */
export interface RuleFlags {
  require?: string[];
  strict?: boolean;
  tz?: string;
  dateOrder?: 'dmy' | 'mdy';
  referenceDate?: string;
}

export interface RunOptions extends ValidateOptions {
  /** Files and folders as given. */
  paths: string[];
  /** Folder relative paths are resolved against. */
  cwd: string;
  /** Fixture extensions, with the dot. Default `['.txt']`. */
  extensions?: string[];
  flags: RuleFlags;
  /** Fixtures checked at once. Default 16. */
  concurrency?: number;
  /** How one fixture is checked. Default {@link validateFixture}; a worker pool can stand in. */
  check?: (fixture: Fixture, options: ValidateOptions) => Promise<FixtureOutcome>;
}

export interface RunResult {
  results: FixtureResult[];
  summary: Summary;
}

export function resolveRules(flags: RuleFlags, config: RuleFlags | null): FixtureRules {
  const parse: ParseOptions = {};
  const tz = flags.tz ?? config?.tz;
  const dateOrder = flags.dateOrder ?? config?.dateOrder;
  const referenceDate = flags.referenceDate ?? config?.referenceDate;
  if (tz !== undefined) parse.tz = tz;
  if (dateOrder !== undefined) parse.dateOrder = dateOrder;
  if (referenceDate !== undefined) parse.referenceDate = referenceDate;
  return {
    require: [...(flags.require ?? config?.require ?? DEFAULT_REQUIRE)],
    strict: flags.strict ?? config?.strict ?? false,
    parse,
  };
}

/** Finds the fixtures and settles their rules. Throws a UsageError for bad paths or config files. */
export async function planFixtures(options: RunOptions): Promise<Fixture[]> {
  const extensions = options.extensions ?? ['.txt'];
  const found = await findFixtures(options.paths, options.cwd, extensions);
  const configs = new ConfigFinder();
  return Promise.all(
    found.map(async (fixture): Promise<Fixture> => {
      const config = await configs.find(dirname(fixture.absolute));
      return {
        absolute: fixture.absolute,
        file: fixture.file,
        goldenAbsolute: goldenPathFor(fixture.absolute, options.format, extensions),
        golden: goldenPathFor(fixture.file, options.format, extensions),
        rules: resolveRules(options.flags, config?.config ?? null),
        config: config?.file ?? null,
      };
    }),
  );
}

export async function runValidate(options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const fixtures = await planFixtures(options);
  const check = options.check ?? validateFixture;
  const results = await mapLimit(fixtures, options.concurrency ?? 16, async (fixture) => {
    const outcome = await check(fixture, options);
    if (outcome.write) writeGolden(outcome, outcome.write);
    return outcome.result;
  });
  return { results, summary: summarize(results, Math.round(performance.now() - started)) };
}

/** Writes next to the target and renames, so a golden is never left half-written. */
function writeGolden(outcome: FixtureOutcome, write: NonNullable<FixtureOutcome['write']>): void {
  try {
    writeFileAtomicSync(write.path, write.content);
  } catch (error) {
    outcome.result.problems.push({
      rule: 'golden-write-failed',
      severity: 'failure',
      message: `cannot write the golden: ${error instanceof Error ? error.message : String(error)}`,
      line: null,
      path: null,
    });
    outcome.result.status = 'fail';
  }
}

/** `Promise.all(items.map(fn))` with at most `limit` calls in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}
