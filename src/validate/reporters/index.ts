/** Reporter by name. Each one is a pure function: results in, text out. */
import { githubReport } from './github.js';
import { humanReport } from './human.js';
import { jsonReport } from './json.js';
import { junitReport } from './junit.js';
import type { Reporter, ReporterName } from './types.js';

export { type ReporterName, type ReportInput, type ReporterOptions, type Reporter } from './types.js';

export const reporters: Record<ReporterName, Reporter> = {
  human: humanReport,
  json: jsonReport,
  junit: junitReport,
  github: githubReport,
};
