import { atomFeed } from '../feeds/atomFeed.js';
import { feedChannel, feedEntries } from '../feeds/feedChannel.js';
import { jsonFeed } from '../feeds/jsonFeed.js';
import type { CollectionPage } from '../feeds/ownerSitemapUrls.js';
import { robotsTxt } from '../feeds/robotsTxt.js';
import { rssFeed } from '../feeds/rssFeed.js';
import { siteSitemap } from '../feeds/siteSitemap.js';
import { absoluteUrl } from '../site/absoluteUrl.js';
import type { SiteModel } from '../site/loadSite.js';
import type { EleventyConfig } from './eleventyConfig.js';

type Data = { zixun: SiteModel };

/**
 * Registers the site feeds (Atom, RSS 2.0, JSON Feed), the sitemap (with the owner's pages) and
 * robots.txt. The keyword
 * feeds, one per keyword, are written with the keyword pages (src/render/writeSitePages.ts).
 * @11ty/eleventy-plugin-rss is not used: its virtual feed reads Eleventy collections
 * (which Zixun keeps keywords out of, for speed) and its absolute-URL filter runs posthtml over
 * every entry; here entries come straight from the site model and links are made absolute in one
 * regex pass over our own markdown output.
 */
export function feedsPlugin(eleventyConfig: EleventyConfig): void {
  const siteEntries = (model: SiteModel) =>
    feedEntries(
      model,
      model.articles.slice(0, model.settings.feed.items).map((_, index) => index),
      model.settings.feed.content === 'full',
    );
  const siteFeed = (name: string, path: string, write: typeof atomFeed) =>
    eleventyConfig.addTemplate(`zixun-feed-${name}.11ty.js`, {
      data: { permalink: path, eleventyExcludeFromCollections: true },
      render: (data: Data) =>
        write(
          feedChannel(data.zixun.settings, path, '/', data.zixun.settings.title),
          siteEntries(data.zixun),
        ),
    });

  siteFeed('atom', '/feed.xml', atomFeed);
  siteFeed('rss', '/rss.xml', rssFeed);
  siteFeed('json', '/feed.json', jsonFeed);

  eleventyConfig.addTemplate('zixun-sitemap.11ty.js', {
    data: {
      // Over collections.all, so Eleventy paginates it once every owner's page has its URL.
      pagination: {
        data: 'collections.all',
        size: 1,
        alias: 'sitemapFile',
        before: (pages: CollectionPage[], data: Data) => siteSitemap(data.zixun, pages),
      },
      permalink: (data: { sitemapFile: { path: string } }) => data.sitemapFile.path,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { sitemapFile: { xml: string } }) => data.sitemapFile.xml,
  });
  eleventyConfig.addTemplate('zixun-robots.11ty.js', {
    data: { permalink: '/robots.txt', eleventyExcludeFromCollections: true },
    render: (data: Data) => {
      const { settings } = data.zixun;
      return robotsTxt(absoluteUrl(settings.url, settings.basePath, '/sitemap.xml'));
    },
  });
}
