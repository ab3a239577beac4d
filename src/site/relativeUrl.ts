/**
 * The link from one page to a site path that works when the site is opened from disk (file://):
 * relative, and naming index.html explicitly because no server maps `/x/` to `/x/index.html`.
 */
export function relativeUrl(fromPath: string, toPath: string): string {
  if (!toPath.startsWith('/')) return toPath;
  const hashAt = toPath.search(/[?#]/);
  const path = hashAt === -1 ? toPath : toPath.slice(0, hashAt);
  const suffix = hashAt === -1 ? '' : toPath.slice(hashAt);
  const target = path.endsWith('/') ? `${path}index.html` : path;
  const fromDir = fromPath.slice(0, fromPath.lastIndexOf('/') + 1);
  const from = fromDir.split('/').filter(Boolean);
  const to = target.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = '../'.repeat(from.length - common);
  return `${up}${to.slice(common).join('/')}${suffix}` || 'index.html';
}
