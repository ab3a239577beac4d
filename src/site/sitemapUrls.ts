import type { Article } from '../content/article.js';
import type { SitemapUrl } from '../feeds/sitemap.js';
import type { ArchivePeriod, ListPage } from './listPages.js';

/**
 * Every HTML page a search engine should know: articles (lastmod from `updated` or `date`),
 * every list page and the two indexes (lastmod from their newest article). The 404 page is left out.
 */
export function sitemapUrls(
  articles: readonly Article[],
  lists: readonly ListPage[],
  periods: readonly ArchivePeriod[],
  absolute: (path: string) => string,
): SitemapUrl[] {
  const newest = articles[0]?.date;
  const urls: SitemapUrl[] = [];
  for (const list of lists) {
    const first = list.items[0];
    urls.push({
      loc: absolute(list.path),
      lastmod: first === undefined ? undefined : articles[first]?.date,
    });
  }
  if (articles.length > 0) urls.push({ loc: absolute('/tags/'), lastmod: newest });
  if (articles.length > 0) urls.push({ loc: absolute('/keywords/'), lastmod: newest });
  if (periods.length > 0) urls.push({ loc: absolute('/archive/'), lastmod: newest });
  for (const article of articles) {
    urls.push({ loc: absolute(article.url), lastmod: article.updated ?? article.date });
  }
  return urls;
}
