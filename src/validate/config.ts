/**
 * Per-folder fixture settings: a `.wirestory-validate.json` file applies to the fixtures in its
 * folder and below. The nearest one wins (they are not merged); the search goes up from the
 * fixture's folder and stops at a repository root (a folder holding `.git`) or the file-system
 * root. Flags given on the command line override it.
 *
 * ```json
 * { "require": ["title", "body"], "strict": false, "tz": "Europe/London", "dateOrder": "dmy", "referenceDate": "2005-01-01" }
 * ```
 */
import { stat } from 'node:fs/promises';
import { readRegularFile } from '../files/read-file.js';
import { dirname, join } from 'node:path';
import { checkDateOrder, checkLanguage, checkReferenceDate, checkTimeZone, type DateOrder } from '../options.js';
import { UsageError } from '../errors.js';
import { checkRequireList } from './rules.js';

export const CONFIG_FILE = '.wirestory-validate.json';

/** The contents of a config file; every field is optional. */
export interface FolderConfig {
  /** Fields that must be present, as `--require`. */
  require?: string[];
  /** Warnings fail fixtures too and byte-level fields are compared, as `--strict`. */
  strict?: boolean;
  /** As `--tz`. */
  tz?: string;
  /** As `--date-order`. */
  dateOrder?: DateOrder;
  /** As `--reference-date`. */
  referenceDate?: string;
  /** As `--lang`. */
  lang?: string;
}

const KEYS = ['$schema', 'require', 'strict', 'tz', 'dateOrder', 'referenceDate', 'lang'] as const;

/** Checks a parsed config file; throws a UsageError naming the file, the key and what is accepted. */
export function readConfig(value: unknown, file: string): FolderConfig {
  const fail = (message: string): never => {
    throw new UsageError(`${file}: ${message}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('expected a JSON object such as {"require": ["title", "body"]}');
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      fail(`unknown key \`${key}\`, expected ${KEYS.filter((k) => k !== '$schema').map((k) => `\`${k}\``).join(', ')}`);
    }
  }
  const config: FolderConfig = {};
  if (record.require !== undefined) {
    if (!Array.isArray(record.require) || !record.require.every((field) => typeof field === 'string')) {
      fail('`require` must be a list of field names, such as ["title", "body"]');
    }
    const bad = checkRequireList(record.require as string[]);
    if (bad) fail(bad);
    config.require = [...(record.require as string[])];
  }
  if (record.strict !== undefined) {
    if (typeof record.strict !== 'boolean') fail('`strict` must be true or false');
    config.strict = record.strict as boolean;
  }
  for (const key of ['tz', 'dateOrder', 'referenceDate', 'lang'] as const) {
    if (record[key] === undefined) continue;
    const check = key === 'tz' ? checkTimeZone : key === 'dateOrder' ? checkDateOrder : key === 'lang' ? checkLanguage : checkReferenceDate;
    const problem = check(record[key], `\`${key}\``);
    if (problem) fail(problem);
  }
  if (record.tz !== undefined) config.tz = record.tz as string;
  if (record.dateOrder !== undefined) config.dateOrder = record.dateOrder as DateOrder;
  if (record.referenceDate !== undefined) config.referenceDate = record.referenceDate as string;
  if (record.lang !== undefined) config.lang = record.lang as string;
  return config;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export interface LoadedConfig {
  /** Absolute path of the file. */
  file: string;
  config: FolderConfig;
}

/** Finds and reads the config that applies to a folder; caches per folder, so each file is read once. */
export class ConfigFinder {
  readonly #cache = new Map<string, Promise<LoadedConfig | null>>();

  /** `folder` must be absolute. */
  find(folder: string): Promise<LoadedConfig | null> {
    let found = this.#cache.get(folder);
    if (!found) {
      found = this.#lookUp(folder);
      this.#cache.set(folder, found);
    }
    return found;
  }

  async #lookUp(folder: string): Promise<LoadedConfig | null> {
    const file = join(folder, CONFIG_FILE);
    if (await exists(file)) {
      let value: unknown;
      try {
        // A BOM (editors on Windows add one) is not part of the JSON; a pipe is never waited on.
        value = JSON.parse((await readRegularFile(file)).toString('utf8').replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new UsageError(`${file}: cannot read the config: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { file, config: readConfig(value, file) };
    }
    const parent = dirname(folder);
    if (parent === folder || (await exists(join(folder, '.git')))) return null;
    return this.find(parent);
  }
}
