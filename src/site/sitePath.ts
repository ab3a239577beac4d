/** Prefixes a site-root path with the base path, so a site deployed under /news/ links correctly. */
export function sitePath(basePath: string, path: string): string {
  if (!path.startsWith('/')) return path;
  return basePath === '/' ? path : basePath + path.slice(1);
}
