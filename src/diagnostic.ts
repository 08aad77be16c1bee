/**
 * The one way to make a warning (or an error) that travels with an article: a leaf, so the
 * extractors and the core stages build the same shape without importing each other.
 */
import type { Diagnostic, Severity } from './schema/article.js';

export function diagnostic(
  rule: string,
  message: string,
  line: number | null = null,
  severity: Severity = 'warning',
  column: number | null = null,
): Diagnostic {
  return { rule, severity, message, line, column };
}
