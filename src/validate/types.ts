/**
 * The data `wirestory validate` produces: one {@link FixtureResult} per fixture, each with its
 * problems as data. Reporters turn these into text; nothing here writes anything.
 */
import type { ParseOptions } from '../core/types.js';

/** Golden kinds: `json` compares `name.expected.json` field by field; `md` compares `name.expected.md` line by line. */
export type GoldenFormat = 'json' | 'md';

/** `failure` fails the fixture (exit 1); `note` is shown but does not fail it. */
export type ProblemSeverity = 'failure' | 'note';

/**
 * Stable rule ids of validate's own checks. Parser diagnostics promoted to failures keep the
 * parser's rule id (e.g. `title-long`), so the set is open.
 */
export type ValidateRule =
  | 'fixture-unreadable'
  | 'parse-failed'
  | 'required-field'
  | 'diagnostic'
  | 'golden-missing'
  | 'golden-invalid'
  | 'golden-mismatch'
  | 'golden-write-failed'
  | 'internal-error';

export interface Problem {
  /** Rule id: one of {@link ValidateRule}, or the parser's own (`empty-input`, `title-long`). */
  rule: string;
  severity: ProblemSeverity;
  /** One readable sentence; for mismatches `path: expected … got …` (a word diff for long text). */
  message: string;
  /** 1-based line in the fixture the problem points at, or null when unknown. */
  line: number | null;
  /** For field problems: the field path (`title`, `timestamp.iso`, `body[2]`), else null. */
  path: string | null;
  /** For mismatches: the golden's value (`undefined` when the golden lacks the field). */
  expected?: unknown;
  /** For mismatches: the current value (`undefined` when the output lacks the field). */
  actual?: unknown;
}

/**
 * What happened to the golden: compared (`match`, `mismatch`), absent (`missing`), unreadable
 * (`invalid`), written by `--update` (`created`, `updated`, `unchanged`), to be written but the
 * write failed (`unwritten`: full disk, permissions), or not looked at because the fixture did
 * not parse (`skipped`).
 */
export type GoldenStatus = 'match' | 'mismatch' | 'missing' | 'invalid' | 'created' | 'updated' | 'unchanged' | 'unwritten' | 'skipped';

/** One golden difference, kept for `--update` reports (what changed) and mismatches. */
export interface FieldChange {
  path: string;
  expected: unknown;
  actual: unknown;
}

export interface FixtureResult {
  /** The fixture path for display: as given on the command line, joined with the path found under a folder. */
  file: string;
  /** The golden path for display. */
  golden: string;
  /** `pass` when no problem is a failure. */
  status: 'pass' | 'fail';
  goldenStatus: GoldenStatus;
  problems: Problem[];
  /** With `--update`: the field changes written into the golden (empty when created or unchanged). */
  changes: FieldChange[];
  /** Time spent parsing and comparing this fixture, in milliseconds (reads excluded: they overlap). */
  durationMs: number;
  /**
   * For a failing fixture that parsed: the command that shows how each of its lines was read
   * (`wirestory explain FILE` with the fixture's parse options), else null.
   */
  explain: string | null;
}

/** The rules one fixture is checked against, after config files and flags are merged. */
export interface FixtureRules {
  /** Fields that must be present (not null, not empty). Default `['title', 'timestamp', 'body']`. */
  require: string[];
  /** Warnings fail the fixture too, not only error diagnostics, and goldens compare byte-level fields (src/validate/byte-level.ts). Default false. */
  strict: boolean;
  /** Parse options for this fixture (`fileName` is set by validate itself). Default none. */
  parse: ParseOptions;
}

/** A fixture found on disk, with everything needed to check it. */
export interface Fixture {
  /** Absolute path of the fixture. */
  absolute: string;
  /** Display path (see {@link FixtureResult.file}). */
  file: string;
  /** Absolute path of the golden. */
  goldenAbsolute: string;
  /** Display path of the golden. */
  golden: string;
  rules: FixtureRules;
  /** Config file the rules came from (absolute path), or null for flags and defaults only. */
  config: string | null;
  /** Why the fixture cannot be read, when the folder walk already knows (a named pipe, a dangling link). */
  unreadable?: string;
}

/** Options of {@link validateFixture} that are the same for every fixture. */
export interface ValidateOptions {
  /** Which golden to compare against. Default `json`. */
  format: GoldenFormat;
  /** Write or rewrite goldens of fixtures that parse, instead of failing on mismatch. Default false. */
  update: boolean;
  /** A missing golden fails the fixture (else it is a note). Default: true when `CI` is set, or with `--require-golden`. */
  requireGolden: boolean;
  /** Why a missing golden fails (`CI is set`, `--require-golden`), for the message; null when it does not. */
  requireGoldenReason: string | null;
  /** Largest fixture read, in bytes (`--max-bytes`). Default 64 MiB. */
  maxBytes?: number;
}

/** Counts for tallies. */
export interface Summary {
  fixtures: number;
  passed: number;
  failed: number;
  /** Fixtures with at least one note (e.g. a missing golden locally). */
  withNotes: number;
  goldens: Record<GoldenStatus, number>;
  durationMs: number;
  /** Files in the folders and globs walked that lack an `--ext` extension (goldens aside). */
  skippedByExtension?: number;
  /** Files and folders left out by `--exclude`. */
  excluded?: number;
}

export function summarize(results: readonly FixtureResult[], durationMs: number): Summary {
  const goldens: Record<GoldenStatus, number> = {
    match: 0,
    mismatch: 0,
    missing: 0,
    invalid: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    unwritten: 0,
    skipped: 0,
  };
  let passed = 0;
  let withNotes = 0;
  for (const result of results) {
    goldens[result.goldenStatus]++;
    if (result.status === 'pass') passed++;
    if (result.problems.some((problem) => problem.severity === 'note')) withNotes++;
  }
  return { fixtures: results.length, passed, failed: results.length - passed, withNotes, goldens, durationMs };
}
