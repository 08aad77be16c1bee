/**
 * Parsing options shared by `parse`, `convert`, `stream` and `validate`: defined once here,
 * checked by the validators of src/options.ts (the same ones the library and config files use).
 */
import { availableParallelism } from 'node:os';
// Types only: the lean parse path (fast.ts) uses this module without loading commander.
import type { Command } from 'commander';
import type { ParseOptions } from '../core/types.js';
import { checkLanguage, checkReferenceDate, checkTimeZone, DATE_ORDERS, DEFAULT_MAX_BYTES, parseByteSize, type DateOrder } from '../options.js';
import { UsageError } from './io.js';

export interface ParseFlags {
  tz?: string;
  dateOrder?: DateOrder;
  referenceDate?: string;
  /** Keep scraped-page clutter in the body. Default false. */
  keepBoilerplate?: boolean;
  /** The story's language (ISO 639-1); default detected. */
  lang?: string;
  /** Largest input read, as given (`64M`). Default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: string;
}

export function addParseOptions(command: Command): Command {
  return command
    .option('--tz <zone>', 'zone for stamps that carry none: IANA name (Europe/Moscow) or offset (+03:00)')
    .addOption(
      command
        .createOption('--date-order <order>', 'reading of ambiguous numeric dates like 05/06/2019')
        .choices([...DATE_ORDERS])
        .default('dmy'),
    )
    .option('--reference-date <YYYY-MM-DD>', 'completes stamps written without a year (default: they are not guessed)')
    .option('--lang <code>', 'language of the stories as an ISO 639-1 code (de, pt, ru); default: detected from the body')
    .option('--keep-boilerplate', 'keep the clutter of scraped pages (menus, share links, adverts, comments) in the body');
}

/** `--max-bytes`: the largest input a command reads. */
export function addMaxBytesOption(command: Command, what: string): Command {
  return command.option('--max-bytes <size>', `largest ${what} read: bytes, or with k, M, G (default: 64M)`);
}

/** Turns flags into core options, or throws a UsageError naming the bad value. */
export function parseOptionsFrom(flags: ParseFlags): ParseOptions {
  const options: ParseOptions = {};
  if (flags.tz !== undefined) {
    const problem = checkTimeZone(flags.tz, '--tz');
    if (problem) throw new UsageError(problem);
    options.tz = flags.tz;
  }
  if (flags.dateOrder !== undefined) options.dateOrder = flags.dateOrder;
  if (flags.referenceDate !== undefined) {
    const problem = checkReferenceDate(flags.referenceDate, '--reference-date');
    if (problem) throw new UsageError(problem);
    options.referenceDate = flags.referenceDate;
  }
  if (flags.keepBoilerplate === true) options.keepBoilerplate = true;
  if (flags.lang !== undefined) {
    const problem = checkLanguage(flags.lang, '--lang');
    if (problem) throw new UsageError(problem);
    options.lang = flags.lang;
  }
  return options;
}

/** `--max-bytes` in bytes, or throws a UsageError. */
export function maxBytesFrom(flags: ParseFlags): number {
  if (flags.maxBytes === undefined) return DEFAULT_MAX_BYTES;
  const bytes = parseByteSize(flags.maxBytes, '--max-bytes');
  if (typeof bytes === 'string') throw new UsageError(bytes);
  return bytes;
}

/** `--jobs` of convert and validate: worker threads, 1 to 256; default the available cores. */
export function parseJobs(value: string | undefined): number {
  const jobs = value === undefined ? availableParallelism() : Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new UsageError(`Bad --jobs \`${value}\`, expected a whole number from 1 to 256`);
  }
  return jobs;
}
