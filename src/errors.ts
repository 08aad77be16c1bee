/**
 * Errors that several floors raise or describe: the command line, the batch runner and
 * validate. A neutral module, so `batch/` and `validate/` never import from `cli/`.
 */

/** An error the user caused (bad option value, no such file, bad config): printed as one line, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One-line reasons for failures to read an input, naming what the user can fix. */
export function describeReadError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder (use `wirestory convert DIR --out OUT` for folders)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'ENOTREG':
    case 'ETOOLARGE':
      return (error as Error).message;
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return error instanceof Error ? `cannot read: ${error.message}` : 'cannot read';
  }
}

/** One-line reasons for failures to write an output, naming what the user can fix. */
export function describeWriteError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EISDIR':
      return 'a folder of that name is in the way';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file is in the way of a folder on the output path';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
