/**
 * The rules every fixture is checked against, golden or not: required fields present, no error
 * diagnostics (with `strict`, no warnings either). Pure: article in, problems out.
 */
import type { Article, Diagnostic } from '../schema/article.js';
import type { Problem } from './types.js';

/** Default of `--require`. */
export const DEFAULT_REQUIRE: readonly string[] = ['title', 'timestamp', 'body'];

/** The top-level fields of an article; the compiler checks this list against the schema's type. */
const ARTICLE_FIELDS = {
  schemaVersion: true,
  title: true,
  timestamp: true,
  updated: true,
  byline: true,
  dateline: true,
  credits: true,
  language: true,
  body: true,
  removed: true,
  warnings: true,
  provenance: true,
  stats: true,
  source: true,
} as const satisfies Record<keyof Article, true>;

export const ARTICLE_FIELD_NAMES: readonly string[] = Object.keys(ARTICLE_FIELDS);

/**
 * Checks a `--require` list: each entry is a top-level field (`title`) or a path into one
 * (`byline.agency`). Returns an error message naming the bad entry, or null.
 */
export function checkRequireList(fields: readonly string[]): string | null {
  for (const field of fields) {
    const head = field.split('.')[0]!;
    if (!Object.hasOwn(ARTICLE_FIELDS, head) || field.split('.').some((part) => part === '')) {
      return `Unknown field \`${field}\` to require, expected a field of the article: ${ARTICLE_FIELD_NAMES.map((name) => `\`${name}\``).join(', ')} (or a path into one, such as \`byline.agency\`)`;
    }
  }
  return null;
}

/** A comma-separated `--require` value as a list; `''` or `none` means no required fields. */
export function parseRequireList(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'none') return [];
  return trimmed
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
}

/** Null, absent, an empty string and an empty list count as missing. */
function present(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function lookup(article: Article, path: string): unknown {
  let value: unknown = article;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

export function checkRequired(article: Article, require: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const field of require) {
    if (present(lookup(article, field))) continue;
    const why = field === 'timestamp' ? missingTimestampReason(article) : '';
    problems.push({
      rule: 'required-field',
      severity: 'failure',
      message: `required field \`${field}\` is missing${why} (--require ${require.join(',')})`,
      line: null,
      path: field,
    });
  }
  return problems;
}

function missingTimestampReason(article: Article): string {
  const note = article.warnings.find((d) => d.rule.startsWith('timestamp'));
  return note ? `: ${note.message}` : '';
}

/** Error diagnostics fail a fixture; with `strict`, warnings do too. Notes (`info`) never do. */
export function checkDiagnostics(warnings: readonly Diagnostic[], strict: boolean): Problem[] {
  return warnings
    .filter((d) => d.severity === 'error' || (strict && d.severity === 'warning'))
    .map((d) => ({
      rule: d.rule,
      severity: 'failure' as const,
      message: `${d.severity === 'error' ? 'error' : 'warning (--strict)'} ${d.rule}: ${d.message}`,
      line: d.line,
      path: null,
    }));
}
