import type { ContentProblem } from '../content/contentProblem.js';
import type { SearchablePage } from './readOwnerPages.js';

/**
 * A page indexed for search (read by Zixun before Eleventy renders) that Eleventy does not build at
 * the URL the index gives it: its permalink comes from data Zixun cannot see, or it is ignored.
 */
export function searchedPageProblems(
  searched: readonly SearchablePage[],
  built: ReadonlyMap<string, readonly unknown[]>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const page of searched) {
    const urls = built.get(page.inputPath);
    if (urls?.includes(page.url)) continue;
    const found = urls?.find((url) => typeof url === 'string');
    problems.push({
      file: page.inputPath,
      field: 'search',
      message: found
        ? `true indexes the page as ${page.url}, but Eleventy builds it at ${String(found)}; expected the URL set in the page's own front matter (permalink: ${String(found)})`
        : `true indexes the page as ${page.url}, but Eleventy does not build it; expected a page Eleventy builds, or no search: true`,
      severity: 'error',
    });
  }
  return problems;
}
