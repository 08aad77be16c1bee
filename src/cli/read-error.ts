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
