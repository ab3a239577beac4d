import type { ListKind } from './listPages.js';

/**
 * Site path of page n of a list. Keyword pages use `/tags/<slug>/2/` (a slug never contains `/`);
 * home and archives use `/page/2/` so `/archive/2024/page/2/` cannot be mistaken for a month.
 */
export function pagePath(kind: ListKind, firstPath: string, pageNumber: number): string {
  if (pageNumber === 1) return firstPath;
  return kind === 'keyword' ? `${firstPath}${pageNumber}/` : `${firstPath}page/${pageNumber}/`;
}
