import { rfc3339Date } from '../dates/rfc3339Date.js';
import { absoluteAsciiUrl } from './absoluteAsciiUrl.js';
import type { FeedChannel, FeedEntry } from './feedTypes.js';

/** Writes a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the same content as the Atom feed. */
export function jsonFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: absoluteAsciiUrl(channel.homeUrl, 'jsonFeed: channel.homeUrl'),
    feed_url: absoluteAsciiUrl(channel.feedUrl, 'jsonFeed: channel.feedUrl'),
    description: channel.description,
    language: channel.language,
    items: entries.map((entry) => jsonItem(entry, channel.zone)),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function jsonItem(entry: FeedEntry, zone: string): Record<string, unknown> {
  const url = absoluteAsciiUrl(entry.url, 'jsonFeed: entry.url');
  // An item must have content_html or content_text; the summary stands in when the site
  // publishes summaries only. Optional fields are left out rather than written empty.
  const item: Record<string, unknown> = {
    id: url,
    url,
    title: entry.title,
    ...(entry.contentHtml === undefined
      ? { content_text: entry.summary }
      : { content_html: entry.contentHtml }),
    summary: entry.summary,
    date_published: rfc3339Date(entry.date, zone),
  };
  if (entry.updated !== undefined) item['date_modified'] = rfc3339Date(entry.updated, zone);
  if (entry.keywords.length > 0) item['tags'] = entry.keywords;
  if (entry.authors.length > 0) item['authors'] = entry.authors.map((name) => ({ name }));
  return item;
}
