import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { fileKind } from './fileKind.js';

/** The file's bytes, or why they were not read, as the message of a `file` problem. */
export type ArticleFileRead = { bytes: Uint8Array } | { problem: string };

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer, so a file
// swapped for one after findArticleFiles looked at it still cannot hang the build; fstat then
// checks the very file that was opened, before a byte is read.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reads one article file, only if it is a regular file no larger than maxBytes. */
export function readArticleFile(path: string, maxBytes: number): ArticleFileRead {
  let fd: number;
  try {
    fd = openSync(path, openFlags);
  } catch (error) {
    return { problem: openProblem(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: `is ${fileKind(stat)}; expected a regular markdown file` };
    if (stat.size > maxBytes) {
      return {
        problem: `is ${bytes(stat.size)}; expected at most ${bytes(maxBytes)} (content.maxArticleBytes in _data/site.json)`,
      };
    }
    const buffer = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < stat.size) {
      const read = readSync(fd, buffer, filled, stat.size - filled, null);
      if (read === 0) break;
      filled += read;
    }
    return { bytes: buffer.subarray(0, filled) };
  } catch (error) {
    return { problem: openProblem(error) };
  } finally {
    closeSync(fd);
  }
}

function openProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return 'could not be read (permission denied); expected a file the build can read';
  }
  if (code === 'ENOENT') return 'was removed while the build ran; expected it to stay until the build ends';
  if (code === 'ELOOP') return 'is a link that loops back on itself; expected a link to an existing markdown file';
  if (code === 'EISDIR') return 'is a folder; expected a regular markdown file';
  return `could not be read (${code ?? String(error)}); expected a regular markdown file the build can read`;
}

function bytes(count: number): string {
  return `${count.toLocaleString('en-US')} bytes`;
}
