import { absoluteUrl } from '../site/absoluteUrl.js';
import type { SiteModel } from '../site/loadSite.js';
import { sitemapUrls } from '../site/sitemapUrls.js';
import { ownerSitemapUrls, type CollectionPage } from './ownerSitemapUrls.js';
import { sitemapFiles } from './sitemap.js';

/**
 * The sitemap files with the owner's pages (Eleventy's `collections.all`) after Zixun's own;
 * the model's, computed while loading, when the site has no pages of its own.
 */
export function siteSitemap(
  model: SiteModel,
  pages: readonly CollectionPage[],
): { path: string; xml: string }[] {
  const { settings } = model;
  const absolute = (path: string) => absoluteUrl(settings.url, settings.basePath, path);
  const owner = ownerSitemapUrls(pages, absolute);
  if (owner.length === 0) return model.sitemap;
  return sitemapFiles(
    [...sitemapUrls(model.articles, model.lists, model.periods, absolute), ...owner],
    {
      siteUrl: absolute('/'),
      zone: settings.timeZone,
      maxUrlsPerFile: settings.sitemap.maxUrlsPerFile,
    },
  );
}
