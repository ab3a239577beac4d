import { constants, createWriteStream } from 'node:fs';
import { lstat, mkdir, open, rm, utimes } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ContentError, type ContentProblem } from '../content/contentProblem.js';
import { fileKind } from '../content/fileKind.js';
import type { ContentFile } from '../content/walkContentFolder.js';
import { displayPath } from './displayPath.js';

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer, so a file
// swapped for one after findImageFiles looked at it still cannot hang the build; fstat then
// checks the very file that was opened, before a byte is copied.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Files copied at once: enough to keep the disk busy, few enough to stay far below the open-file limit. */
const concurrency = 16;

/**
 * Copies the images findImageFiles listed to `<outputDir>/images/`, as regular files whatever
 * links led to them. A file already there with the same size and time is kept (dev-server
 * rebuilds). Throws a ContentError naming every file that stopped being a regular file.
 */
export async function copyImages(
  images: readonly ContentFile[],
  outputDir: string,
  cwd = process.cwd(),
): Promise<void> {
  const problems: ContentProblem[] = [];
  // Folders are made one level at a time below the output folder, never the output folder itself:
  // if a failed build has removed it, a copy still in flight stops instead of making it again.
  const root = resolve(outputDir);
  const folders = new Map<string, Promise<void>>([[root, Promise.resolve()]]);
  const folder = (path: string): Promise<void> => {
    let made = folders.get(path);
    if (!made) {
      if (dirname(path) === path) return Promise.reject(new Error(`${root} is not above ${path}`));
      made = folder(dirname(path)).then(() =>
        mkdir(path).then(
          () => undefined,
          (error: NodeJS.ErrnoException) => {
            if (error.code !== 'EEXIST') throw error;
          },
        ),
      );
      folders.set(path, made);
    }
    return made;
  };
  let next = 0;
  const copyNext = async (): Promise<void> => {
    for (let image = images[next++]; image; image = images[next++]) {
      const target = join(root, 'images', image.relativePath);
      await folder(dirname(target));
      const problem = await copyImage(image.path, target);
      if (problem) {
        problems.push({
          file: displayPath(image.path, cwd),
          field: 'file',
          message: problem,
          severity: 'error',
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, images.length) }, copyNext));
  if (problems.length > 0) {
    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    throw new ContentError(problems);
  }
}

/** Copies one file, or says why it was not copied. */
async function copyImage(source: string, target: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(source, openFlags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return 'was removed while the build ran; expected it to stay until the build ends';
    return `could not be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String(code)}); expected a file the build can read`;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return `is ${fileKind(stat)}; expected a regular file`;
    const existing = await lstat(target).catch(() => undefined);
    // Times are set and read back through floating-point seconds, so they agree to within 1 ms.
    const sameTime = Math.abs((existing?.mtimeMs ?? 0) - stat.mtimeMs) < 1;
    if (existing?.isFile() && existing.size === stat.size && sameTime) {
      return undefined;
    }
    // Never write through a link (or into a folder) an earlier build left at this path.
    if (existing && !existing.isFile()) await rm(target, { recursive: true, force: true });
    await pipeline(handle.createReadStream({ autoClose: false }), createWriteStream(target));
    await utimes(target, stat.atimeMs / 1000, stat.mtimeMs / 1000);
    return undefined;
  } finally {
    await handle.close();
  }
}
