import { normalize, sep } from 'node:path';

/** A path with forward slashes and no trailing slash (except the root), as Eleventy keeps them. */
function tidy(path: string): string {
  const tidied = normalize(path).split(sep).join('/');
  return tidied !== '/' && tidied.endsWith('/') ? tidied.slice(0, -1) : tidied;
}

/** `path` without the folder `subPath` in front of it, compared by whole segments; unchanged when outside it. */
export function stripLeadingSubPath(path: string, subPath: string): string {
  const tidyPath = tidy(path);
  const folder = tidy(subPath);
  if (folder === '.') return tidyPath;
  if (tidyPath === folder) return '';
  // `/srv/site-content/a` starts with the text `/srv/site` but is not inside that folder.
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return tidyPath.startsWith(prefix) ? tidyPath.slice(prefix.length) : tidyPath;
}
