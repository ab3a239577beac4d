import type { Article } from '../content/article.js';
import { atomFeed } from '../feeds/atomFeed.js';
import { feedEntry } from '../feeds/feedEntry.js';
import type { FeedChannel } from '../feeds/feedTypes.js';
import { jsonFeed } from '../feeds/jsonFeed.js';
import { robotsTxt } from '../feeds/robotsTxt.js';
import { rssFeed } from '../feeds/rssFeed.js';
import type { KeywordEntry } from '../keywords/buildKeywordIndex.js';
import { absoluteUrl } from '../site/absoluteUrl.js';
import type { SiteModel } from '../site/loadSite.js';
import type { EleventyConfig } from './eleventyConfig.js';

type Data = { zixun: SiteModel };

/**
 * Registers the site feeds (Atom, RSS 2.0, JSON Feed), one Atom feed per keyword, the sitemap and
 * robots.txt. @11ty/eleventy-plugin-rss is not used: its virtual feed reads Eleventy collections
 * (which Zixun keeps keywords out of, for speed) and its absolute-URL filter runs posthtml over
 * every entry; here entries come straight from the site model and links are made absolute in one
 * regex pass over our own markdown output.
 */
export function feedsPlugin(eleventyConfig: EleventyConfig): void {
  const site = (data: Data, feedPath: string, homePath: string, title: string): FeedChannel => {
    const { settings } = data.zixun;
    const absolute = (path: string) => absoluteUrl(settings.url, settings.basePath, path);
    return {
      title,
      description: settings.description,
      language: settings.language,
      homeUrl: absolute(homePath),
      feedUrl: absolute(feedPath),
      zone: settings.timeZone,
      generator: 'Zixun',
      // Only used by a feed with no entries; a fixed date keeps such a build deterministic.
      updated: new Date(0),
    };
  };
  const entries = (model: SiteModel, indices: readonly number[], full: boolean) => {
    const { settings } = model;
    const absolute = (path: string) => absoluteUrl(settings.url, settings.basePath, path);
    return indices.map((index) =>
      feedEntry(
        model.articles[index] as Article,
        (model.keywordIndex.articleKeywords[index] ?? []).map((keyword) => keyword.name),
        absolute,
        full ? settings.url : undefined,
      ),
    );
  };
  const siteEntries = (model: SiteModel) =>
    entries(
      model,
      model.articles.slice(0, model.settings.feed.items).map((_, index) => index),
      model.settings.feed.content === 'full',
    );
  const siteFeed = (name: string, path: string, write: typeof atomFeed) =>
    eleventyConfig.addTemplate(`zixun-feed-${name}.11ty.js`, {
      data: { permalink: path, eleventyExcludeFromCollections: true },
      render: (data: Data) =>
        write(site(data, path, '/', data.zixun.settings.title), siteEntries(data.zixun)),
    });

  siteFeed('atom', '/feed.xml', atomFeed);
  siteFeed('rss', '/rss.xml', rssFeed);
  siteFeed('json', '/feed.json', jsonFeed);

  // Keyword feeds carry summaries of the newest page of articles: thousands of keywords with full
  // bodies would multiply the site's size for little gain.
  eleventyConfig.addTemplate('zixun-keyword-feeds.11ty.js', {
    data: {
      pagination: { data: 'zixun.keywordIndex.entries', size: 1, alias: 'keyword' },
      permalink: (data: { keyword: KeywordEntry }) => `/tags/${data.keyword.slug}/feed.xml`,
      eleventyExcludeFromCollections: true,
    },
    render: (data: Data & { keyword: KeywordEntry }) => {
      const { keyword, zixun } = data;
      const path = `/tags/${keyword.slug}/`;
      const channel = site(
        data,
        `${path}feed.xml`,
        path,
        `${zixun.settings.title} · ${keyword.name}`,
      );
      return atomFeed(
        channel,
        entries(zixun, keyword.articles.slice(0, zixun.settings.pageSize.keyword), false),
      );
    },
  });

  eleventyConfig.addTemplate('zixun-sitemap.11ty.js', {
    data: {
      pagination: { data: 'zixun.sitemap', size: 1, alias: 'sitemapFile' },
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
