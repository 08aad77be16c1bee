/** Parsing options shared by `parse`, `convert` and `validate`: defined once, checked once. */
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import type { ParseOptions } from '../core/types.js';
import { isValidTimeZone } from '../extract/timestamp.js';
import { UsageError } from './io.js';

export interface ParseFlags {
  tz?: string;
  dateOrder?: 'dmy' | 'mdy';
  referenceDate?: string;
}

export function addParseOptions(command: Command): Command {
  return command
    .option('--tz <zone>', 'zone for stamps that carry none: IANA name (Europe/Moscow) or offset (+03:00)')
    .addOption(
      new Option('--date-order <order>', 'reading of ambiguous numeric dates like 05/06/2019')
        .choices(['dmy', 'mdy'])
        .default('dmy'),
    )
    .option('--reference-date <YYYY-MM-DD>', 'completes stamps written without a year (default: they are not guessed)');
}

/** Turns flags into core options, or throws a UsageError naming the bad value. */
export function parseOptionsFrom(flags: ParseFlags): ParseOptions {
  const options: ParseOptions = {};
  if (flags.tz !== undefined) {
    if (!isValidTimeZone(flags.tz)) {
      throw new UsageError(
        `Unknown time zone \`${flags.tz}\` for --tz, expected an IANA name such as \`Europe/Moscow\` or an offset such as \`+03:00\``,
      );
    }
    options.tz = flags.tz;
  }
  if (flags.dateOrder !== undefined) options.dateOrder = flags.dateOrder;
  if (flags.referenceDate !== undefined) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(flags.referenceDate);
    const valid = match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12 && Number(match[3]) >= 1 && Number(match[3]) <= 31;
    if (!valid) {
      throw new UsageError(`Bad --reference-date \`${flags.referenceDate}\`, expected a date as YYYY-MM-DD`);
    }
    options.referenceDate = flags.referenceDate;
  }
  return options;
}

/** `--jobs` of convert and validate: worker threads, 1 to 256; default the available cores. */
export function parseJobs(value: string | undefined): number {
  const jobs = value === undefined ? availableParallelism() : Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new UsageError(`Bad --jobs \`${value}\`, expected a whole number from 1 to 256`);
  }
  return jobs;
}
