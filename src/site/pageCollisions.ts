import type { Article } from '../content/article.js';
import type { ContentProblem } from '../content/contentProblem.js';

/**
 * Articles whose URL another page of the site already has (`taken` maps a URL to a description of
 * that page). Article and list pages are written by Zixun's build threads, not by Eleventy, so
 * Eleventy's own duplicate-permalink check never sees them; without this, one would silently
 * overwrite the other.
 */
export function pageCollisions(
  articles: readonly Pick<Article, 'url' | 'inputPath'>[],
  taken: ReadonlyMap<string, string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const owner = taken.get(article.url);
    if (owner === undefined) continue;
    problems.push({
      file: article.inputPath,
      field: 'permalink',
      message: `gives the URL ${article.url}, which ${owner} already uses; expected a URL no other page of the site has (set a different permalink)`,
      severity: 'error',
    });
  }
  // Newest-first is the model's order; editors read problems in file order.
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
