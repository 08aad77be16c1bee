/** What every reporter takes: the results, the tally and how the run was made. Reporters return text and write nothing. */
import type { FixtureResult, Summary } from '../types.js';

export type ReporterName = 'human' | 'json' | 'junit' | 'github';


export interface ReportInput {
  results: readonly FixtureResult[];
  summary: Summary;
  /** True for `--update` runs (reports say what was written). */
  update: boolean;
  /** Why missing goldens fail (`CI is set`), or null when they are notes. */
  requireGoldenReason: string | null;
}

export interface ReporterOptions {
  /** ANSI colour (human reporter only). Default false. */
  color?: boolean;
  /** Problems shown per fixture before `… and N more` (human and github). Default 10; no limit with `verbose`. */
  maxProblems?: number;
  /**
   * How much the human and github reporters say (the json and junit documents are always whole).
   * `quiet`: failures only (no notes, no goldens written, no tally); `verbose`: every problem
   * and change, and a line per passing fixture. Default `normal`.
   */
  level?: ReportLevel;
}

export type ReportLevel = 'quiet' | 'normal' | 'verbose';

export type Reporter = (input: ReportInput, options?: ReporterOptions) => string;
