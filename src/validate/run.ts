/**
 * A validate run: find the fixtures, settle each one's rules (flags over the nearest
 * `.wirestory-validate.json` over defaults), check them, write goldens for `--update`.
 * Returns results as data; the command picks a reporter and sets the exit code.
 *
 * Where fixtures are checked: a fixture takes well under a millisecond, and a worker thread
 * about 100 ms to start and a thousand fixtures or so to warm up, so sets are checked on the
 * main thread unless they have {@link POOL_MIN_FIXTURES} or more; those are spread over worker
 * threads ({@link RunOptions.jobs}, src/validate/pool.ts). Results are the same either way, in
 * the same (sorted) order; goldens are always written here, on the main thread.
 */
import { excludeMatcher } from '../files/exclude.js';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { writeFileAtomicSync } from '../files/atomic-write.js';
import type { SkipCounts } from '../files/walk.js';
import { describeWriteError } from '../errors.js';
import { workerEntry, type WorkerEntry } from '../workers/worker-entry.js';
import type { ParseOptions } from '../core/types.js';
import { ConfigFinder } from './config.js';
import { findFixtures, goldenPathFor } from './discover.js';
import { checkFixture, type FixtureOutcome } from './fixture.js';
import { DEFAULT_REQUIRE } from './rules.js';
import { summarize, type Fixture, type FixtureResult, type FixtureRules, type Summary, type ValidateOptions } from './types.js';

/** Rules given on the command line; an absent field falls back to the config file, then the default. */
export interface RuleFlags {
  require?: string[];
  strict?: boolean;
  tz?: string;
  dateOrder?: 'dmy' | 'mdy';
  referenceDate?: string;
  lang?: string;
}

export interface RunOptions extends ValidateOptions {
  /** Files and folders as given. */
  paths: string[];
  /** Folder relative paths are resolved against. */
  cwd: string;
  /** Fixture extensions, lower case with the dot. Default `['.txt', '.text']`. */
  extensions?: string[];
  /** `--exclude` globs: files and folders under the folders given that are not fixtures. Default none. */
  exclude?: readonly string[];
  flags: RuleFlags;
  /**
   * Threads to check fixtures on. Default `os.availableParallelism()`; 1 checks on the main
   * thread. Worker threads are used only for {@link POOL_MIN_FIXTURES} fixtures or more, one per
   * {@link FIXTURES_PER_WORKER}, at most `jobs`.
   */
  jobs?: number;
  /** Fixtures checked at once on the main thread. Default 16. */
  concurrency?: number;
  /** How one fixture is checked, on the main thread (no workers then). Default {@link checkFixture}. */
  check?: (fixture: Fixture, options: ValidateOptions) => Promise<FixtureOutcome>;
}

/**
 * Fixtures per worker thread, at least. A worker costs ~100 ms to start, and its first thousand
 * or so fixtures run slower than the main thread's (its own JIT warm-up), so it must be given
 * many. Measured on 2 cores (copies of fixtures/reuters, `validate DIR --reporter json`, medians
 * of quiet runs): 2 workers against the main thread took 1.09x the time at 3,000 fixtures,
 * 0.98x at 5,000, 0.82x at 10,000, 0.68x at 20,000 (test/bench/validate.mjs).
 */
export const FIXTURES_PER_WORKER = 2500;
/** The smallest set checked on worker threads (two workers' worth); below, the main thread is as fast or faster. */
export const POOL_MIN_FIXTURES = 2 * FIXTURES_PER_WORKER;

/** Worker threads for `fixtures` fixtures with `jobs` allowed: 0 (the main thread) below {@link POOL_MIN_FIXTURES}. */
export function workersFor(fixtures: number, jobs: number): number {
  const workers = Math.min(jobs, Math.floor(fixtures / FIXTURES_PER_WORKER));
  return workers >= 2 ? workers : 0;
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
  const lang = flags.lang ?? config?.lang;
  if (lang !== undefined) parse.lang = lang;
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
export async function planFixtures(options: RunOptions, skipped?: SkipCounts): Promise<Fixture[]> {
  const extensions = options.extensions ?? ['.txt', '.text'];
  const found = await findFixtures(options.paths, options.cwd, extensions, excludeMatcher(options.exclude ?? []), skipped);
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
        ...(fixture.unreadable === undefined ? {} : { unreadable: fixture.unreadable }),
      };
    }),
  );
}

export async function runValidate(options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const skipped: SkipCounts = { extension: 0, excluded: 0 };
  const fixtures = await planFixtures(options, skipped);
  const results = new Array<FixtureResult>(fixtures.length);
  const take = (index: number, outcome: FixtureOutcome) => {
    if (outcome.write) writeGolden(outcome, outcome.write);
    results[index] = outcome.result;
  };
  const workers = options.check ? 0 : workersFor(fixtures.length, options.jobs ?? availableParallelism());
  const entry = workers > 0 ? findWorker() : null;
  if (entry) {
    const { checkInWorkers } = await import('./pool.js');
    await checkInWorkers(entry, workers, fixtures, options, take);
  } else {
    const check = options.check ?? checkFixture;
    const indexes = fixtures.map((_, index) => index);
    await mapLimit(indexes, options.concurrency ?? 16, async (index) => take(index, await check(fixtures[index]!, options)));
  }
  const summary = summarize(results, Math.round(performance.now() - started));
  return { results, summary: { ...summary, skippedByExtension: skipped.extension, excluded: skipped.excluded } };
}

/**
 * The built worker script, or null where there is none (the library run from its TypeScript
 * sources, as in unit tests): the pool only makes a run faster, so the main thread does it.
 */
function findWorker(): WorkerEntry | null {
  try {
    return workerEntry();
  } catch {
    return null;
  }
}

/** Writes next to the target and renames, so a golden is never left half-written. */
function writeGolden(outcome: FixtureOutcome, write: NonNullable<FixtureOutcome['write']>): void {
  try {
    writeFileAtomicSync(write.path, write.content);
  } catch (error) {
    outcome.result.problems.push({
      rule: 'golden-write-failed',
      severity: 'failure',
      message: `cannot write the golden: ${describeWriteError(error)}`,
      line: null,
      path: null,
    });
    outcome.result.status = 'fail';
    outcome.result.goldenStatus = 'unwritten';
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
