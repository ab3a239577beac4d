import type { KeywordEntry } from '../keywords/buildKeywordIndex.js';
import type { SiteModel } from '../site/loadSite.js';
import { atomFeed } from './atomFeed.js';
import { feedChannel, feedEntries } from './feedChannel.js';

/** Site path of a keyword's Atom feed. */
export function keywordFeedPath(entry: KeywordEntry): string {
  return `/tags/${entry.slug}/feed.xml`;
}

/**
 * A keyword's Atom feed: summaries of the newest page of its articles. Thousands of keywords with
 * full bodies would multiply the site's size for little gain.
 */
export function keywordFeedXml(model: SiteModel, entry: KeywordEntry): string {
  const { settings } = model;
  const channel = feedChannel(
    settings,
    keywordFeedPath(entry),
    `/tags/${entry.slug}/`,
    `${settings.title} · ${entry.name}`,
  );
  return atomFeed(
    channel,
    feedEntries(model, entry.articles.slice(0, settings.pageSize.keyword), false),
  );
}
