import { isAbsolute, relative, resolve, sep } from 'node:path';

/** A path as messages show it: relative to cwd when inside it, forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  // By segment: a folder named `..drafts` inside cwd is inside it.
  const outside = shown.split(sep)[0] === '..' || isAbsolute(shown);
  return (outside ? resolve(path) : shown).split('\\').join('/');
}
