/**
 * Diagnostics → text for stderr. The core hands over diagnostics as data; here they become
 * vfile messages and vfile-reporter formats them (`file:line:col warning message rule`).
 * Loaded only when there is something to say.
 */
import type { Diagnostic } from '../schema/article.js';

/** `errors`: only failures; `warnings`: failures and warnings (default); `all`: notes too. */
export type ReportLevel = 'errors' | 'warnings' | 'all';

export interface FileDiagnostics {
  /** Shown as given; null for stdin. */
  path: string | null;
  diagnostics: readonly Diagnostic[];
}

export function shown(diagnostic: Diagnostic, level: ReportLevel): boolean {
  if (diagnostic.severity === 'error') return true;
  if (diagnostic.severity === 'warning') return level !== 'errors';
  return level === 'all';
}

/** The report text, or '' when nothing is to be shown at this level. */
export async function formatReport(files: readonly FileDiagnostics[], level: ReportLevel, color: boolean): Promise<string> {
  if (!files.some((file) => file.diagnostics.some((d) => shown(d, level)))) return '';
  return (await loadReportFormatter())(files, level, color);
}

export type ReportFormatter = (files: readonly FileDiagnostics[], level: ReportLevel, color: boolean) => string;

/** The formatter itself, synchronous once loaded (for `convert --verbose`, which reports as results come). */
export async function loadReportFormatter(): Promise<ReportFormatter> {
  const [{ VFile }, { reporter }] = await Promise.all([import('vfile'), import('vfile-reporter')]);
  return (files, level, color) => {
    const visible = files
      .map((file) => ({ ...file, diagnostics: file.diagnostics.filter((d) => shown(d, level)) }))
      .filter((file) => file.diagnostics.length > 0);
    if (visible.length === 0) return '';
    const vfiles = visible.map((file) => {
      const vfile = new VFile(file.path === null ? undefined : { path: file.path });
      for (const d of file.diagnostics) {
        const place = d.line === null ? undefined : { line: d.line, column: d.column ?? 1 };
        const message = vfile.message(d.message, { place, ruleId: d.rule, source: 'wirestory' });
        message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined;
      }
      return vfile;
    });
    const text = reporter(vfiles, { color, defaultName: '<stdin>', quiet: true });
    return text === '' ? '' : `${text}\n`;
  };
}
