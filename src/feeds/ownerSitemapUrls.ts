import type { SitemapUrl } from './sitemap.js';

/** What Eleventy's `collections.all` holds for each page, as far as read here. */
export interface CollectionPage {
  url: unknown;
  data?: { sitemap?: unknown };
}

/**
 * The owner's pages for the sitemap: every HTML page in `collections.all` (a URL ending in `/` or
 * `.html`) unless its front matter says `sitemap: false`. They carry no lastmod: Eleventy's page
 * date is the file's creation time unless the front matter sets one, which says nothing of changes.
 */
export function ownerSitemapUrls(
  pages: readonly CollectionPage[],
  absolute: (path: string) => string,
): SitemapUrl[] {
  const urls: SitemapUrl[] = [];
  for (const page of pages) {
    const { url } = page;
    if (typeof url !== 'string' || !(url.endsWith('/') || url.endsWith('.html'))) continue;
    if (page.data?.sitemap === false) continue;
    urls.push({ loc: absolute(url) });
  }
  return urls;
}
