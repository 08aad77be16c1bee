/**
 * Timestamp extraction: finds publication stamps in one header line.
 * CONTRACT (implemented by the timestamp work package; see test/extract/timestamp.test.ts).
 */
import type { Diagnostic, Timestamp } from '../schema/article.js';
import type { DateOrder } from '../core/types.js';

export interface StampOptions {
  /** Zone for stamps without one (IANA name or `+03:00`), or null. */
  tz: string | null;
  dateOrder: DateOrder;
  /** `YYYY-MM-DD`, used only to complete stamps without a year; null = do not guess. */
  referenceDate: string | null;
}

export interface StampMatch extends Timestamp {
  /** 1-based column where `text` starts in the line. */
  column: number;
  /**
   * True when the line holds nothing but stamps, their labels (`Published:`, `Posted on`),
   * separators (`/`, `|`, `-`) and relative extras (`Updated 2 hours ago`), so the core may
   * take the whole line out of the body.
   */
  wholeLine: boolean;
}

export interface StampResult {
  /** Stamps found in the line, in order of column. */
  matches: StampMatch[];
  /** E.g. `timestamp-ambiguous-date`, `timestamp-no-year`, `timestamp-unknown-zone`. */
  warnings: Diagnostic[];
}

export function findTimestamps(line: { no: number; text: string }, options: StampOptions): StampResult {
  void line;
  void options;
  return { matches: [], warnings: [] };
}

export function isValidTimeZone(tz: string): boolean {
  if (/^[+-]\d{2}:?\d{2}$/.test(tz)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
