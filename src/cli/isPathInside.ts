import { isAbsolute, relative, sep } from 'node:path';

/** True when `child` is `parent` itself or a path below it; both must be absolute and resolved. */
export function isPathInside(parent: string, child: string): boolean {
  const path = relative(parent, child);
  // `..foo` is a name inside, `..` and `../foo` are outside.
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}
