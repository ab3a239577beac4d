import { dirname } from 'node:path';

// Calls whose path is itself a folder.
const folderCalls = new Set(['mkdir', 'rename', 'rmdir', 'scandir', 'opendir']);

const causes: Record<string, [found: string, expected: string]> = {
  ENOSPC: ['no space left on the device', 'enough free space for the whole site'],
  EDQUOT: ['the disk quota is used up', 'enough quota for the whole site'],
  EACCES: ['permission denied', 'a folder this user may write to'],
  EPERM: ['operation not permitted', 'a folder this user may write to'],
  EROFS: ['the file system is read-only', 'a writable file system'],
  EBUSY: ['the folder is busy (a mount point or in use)', 'a folder that can be renamed'],
  EMFILE: ['too many open files', 'a higher open-file limit (ulimit -n)'],
  ENOTDIR: ['a file stands where a folder should be', 'a folder'],
  EEXIST: ['something already exists there', 'nothing in the way'],
};

/** One `[zixun]` line for a file-system error: the folder, what was found, what is expected. */
export function describeFault(error: NodeJS.ErrnoException, fallbackPath: string): string {
  const code = error.code ?? 'unknown';
  const [found, expected] = causes[code] ?? [
    error.message.split('\n')[0] ?? code,
    'the operation to succeed',
  ];
  // A file that could not be written is named by its folder, which is what the reader must fix.
  const where = !error.path
    ? fallbackPath
    : folderCalls.has(error.syscall ?? '')
      ? error.path
      : dirname(error.path);
  return `[zixun] ${where}: ${found} (${code}, ${error.syscall ?? 'unknown call'}); expected ${expected}`;
}
