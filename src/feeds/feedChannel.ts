import type { Article } from '../content/article.js';
import { absoluteUrl } from '../site/absoluteUrl.js';
import type { SiteModel } from '../site/loadSite.js';
import type { SiteSettings } from '../site/siteSettings.js';
import { feedEntry } from './feedEntry.js';
import type { FeedChannel, FeedEntry } from './feedTypes.js';

/** A feed's channel: title, links and zone from the site settings. */
export function feedChannel(
  settings: SiteSettings,
  feedPath: string,
  homePath: string,
  title: string,
): FeedChannel {
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
}

/** Feed entries for the articles at these indices; `full` puts each body in, with absolute links. */
export function feedEntries(
  model: SiteModel,
  indices: readonly number[],
  full: boolean,
): FeedEntry[] {
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
}
