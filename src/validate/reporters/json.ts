/**
 * `--reporter json`: one JSON document on stdout, for scripts and dashboards.
 *
 * `{ tool, version, ok, summary, fixtures: [{ file, golden, status, goldenStatus, problems, changes, durationMs, explain }] }`;
 * a problem is `{ rule, severity, message, line, path, expected?, actual? }` (`expected`/`actual`
 * are left out when the field is absent on that side).
 */
import { VERSION } from '../../version.js';
import type { ReportInput } from './types.js';

export const JSON_REPORT_VERSION = 1;

export function jsonReport(input: ReportInput): string {
  const document = {
    tool: 'wirestory validate',
    version: VERSION,
    reportVersion: JSON_REPORT_VERSION,
    ok: input.summary.failed === 0,
    update: input.update,
    summary: input.summary,
    fixtures: input.results,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
