/** The counts of a batch run and the one line that reports them. Pure. */

export interface BatchCounts {
  /** Outputs written (or NDJSON records of articles). */
  converted: number;
  /** Inputs that could not be converted: broken, unreadable, not a story, output clash, write error. */
  failed: number;
  /** Warnings in the converted articles (notes not counted). */
  warnings: number;
  /** Inputs left alone because their output is up to date (`--skip-unchanged`). */
  skipped: number;
  /** Inputs not started because the run was interrupted. */
  cancelled: number;
  /** Bytes of input read. */
  bytes: number;
}

export interface BatchSummary extends BatchCounts {
  elapsedMs: number;
  /** The signal that stopped the run, if one did. */
  interrupted: 'SIGINT' | 'SIGTERM' | null;
  /** Interrupted: inputs never converted (cancelled in flight, and those the walk had not reached). */
  notStarted?: number | null;
  /** True when counting the inputs not reached was cut short: `notStarted` is a lower bound. */
  notStartedAtLeast?: boolean;
  /** `--out -`: the error that stopped writing stdout (the command line reports it). */
  stdoutError?: Error | null;
  /** Files in folders and globs left out for their extension (`--ext`). */
  skippedByExtension?: number;
  /** Files and folders left out by `--exclude`. */
  excluded?: number;
  /** Warnings per rule id; with warnings, a second line counts them, most frequent first. */
  warningRules?: ReadonlyMap<string, number>;
  /** The warnings were printed (`--verbose`): no hint on how to see them. */
  warningsShown?: boolean;
}

export function emptyCounts(): BatchCounts {
  return { converted: 0, failed: 0, warnings: 0, skipped: 0, cancelled: 0, bytes: 0 };
}

/** Made on first use: loading ICU's number data cost a `--quiet` run, which prints no count, several ms. */
let number: Intl.NumberFormat | undefined;

export function formatCount(value: number): string {
  number ??= new Intl.NumberFormat('en-US');
  return number.format(value);
}

export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
  const seconds = Math.round(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}h${String(minutes).padStart(2, '0')}m${rest}s` : `${minutes}m${rest}s`;
}

/**
 * `wirestory: 2,998 converted, 2 failed, 5 warnings, 0 skipped in 3.21s (934 files/s, 1.9 MB/s)`,
 * prefixed with `interrupted (SIGINT):` and followed by the count not started when stopped.
 */
export function formatSummary(summary: BatchSummary): string {
  const done = summary.converted + summary.failed + summary.skipped;
  const seconds = Math.max(summary.elapsedMs, 1) / 1000;
  const parts = [
    `${formatCount(summary.converted)} converted`,
    `${formatCount(summary.failed)} failed`,
    `${formatCount(summary.warnings)} ${summary.warnings === 1 ? 'warning' : 'warnings'}`,
    `${formatCount(summary.skipped)} skipped (up to date)`,
  ];
  if (summary.interrupted) {
    const count = formatCount(summary.notStarted ?? summary.cancelled);
    parts.push(`${summary.notStartedAtLeast ? 'at least ' : ''}${count} not started`);
  }
  if (summary.skippedByExtension) parts.push(`${formatCount(summary.skippedByExtension)} not matching --ext`);
  if (summary.excluded) parts.push(`${formatCount(summary.excluded)} excluded`);
  // A rate over nothing converted says nothing ("0 converted ... 565 files/s").
  const rate =
    summary.converted === 0 ? '' : ` (${formatCount(Math.round(done / seconds))} files/s, ${(summary.bytes / 1e6 / seconds).toFixed(1)} MB/s)`;
  const head = summary.interrupted ? `wirestory: interrupted (${summary.interrupted}): ` : 'wirestory: ';
  return `${head}${parts.join(', ')} in ${formatDuration(summary.elapsedMs)}${rate}\n${formatWarningRules(summary)}`;
}

/**
 * `wirestory: 12 warnings: 9 timestamp-missing, 3 title-missing (--verbose prints each; …)`:
 * most frequent rule first, ties by name. '' without warnings.
 */
export function formatWarningRules(summary: BatchSummary): string {
  const rules = [...(summary.warningRules ?? [])].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  if (summary.warnings === 0 || rules.length === 0) return '';
  const counts = rules.map(([rule, count]) => `${formatCount(count)} ${rule}`).join(', ');
  const hint = summary.warningsShown ? '' : ' (--verbose prints each; `wirestory explain FILE` shows how a file was read)';
  return `wirestory: ${formatCount(summary.warnings)} ${summary.warnings === 1 ? 'warning' : 'warnings'}: ${counts}${hint}\n`;
}
