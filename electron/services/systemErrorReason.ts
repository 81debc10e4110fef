/** The first half of a sentence a person can act on, for a system error code met in `dataDir`. */
export function systemErrorReason(code: string, dataDir: string): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full';
    case 'EACCES':
    case 'EPERM':
      return `Newsroom is not allowed to use its data folder (${dataDir})`;
    case 'EROFS':
      return `The data folder (${dataDir}) is on a disk that cannot be written to`;
    case 'EBUSY':
      return 'Another program is using the file';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open';
    case 'ENOENT':
    case 'ENOTDIR':
      return `The data folder (${dataDir}) is missing or is not a folder`;
    default:
      return `The disk reported an error (${code})`;
  }
}
