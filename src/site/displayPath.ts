import { relative, resolve } from 'node:path';

/** A path as messages show it: relative to cwd when inside it, forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return (shown.startsWith('..') ? resolve(path) : shown).split('\\').join('/');
}
