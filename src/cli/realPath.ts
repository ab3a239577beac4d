import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The absolute path with every symbolic link, `.` and `..` resolved, for a path that may not exist yet. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    // The root always exists, so this ends.
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}
