import { rfc822Date } from '../dates/rfc822Date.js';
import { absoluteAsciiUrl } from './absoluteAsciiUrl.js';
import { escapeXml } from './escapeXml.js';
import { feedUpdated } from './feedUpdated.js';
import type { FeedChannel, FeedEntry } from './feedTypes.js';

/** Writes an RSS 2.0 feed (https://www.rssboard.org/rss-specification) for readers without Atom. */
export function rssFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const feedUrl = escapeXml(absoluteAsciiUrl(channel.feedUrl, 'rssFeed: channel.feedUrl'));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(absoluteAsciiUrl(channel.homeUrl, 'rssFeed: channel.homeUrl'))}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${escapeXml(channel.language)}</language>`,
  ];
  // lastBuildDate is optional in RSS, so a feed with no entries and no channel.updated omits it.
  const updated = feedUpdated(channel, entries);
  if (updated !== undefined) {
    lines.push(`    <lastBuildDate>${rfc822Date(updated, channel.zone)}</lastBuildDate>`);
  }
  if (channel.generator !== undefined) {
    lines.push(`    <generator>${escapeXml(channel.generator)}</generator>`);
  }
  // The self link the RSS Advisory Board recommends: https://www.rssboard.org/rss-profile#namespace-elements-atom-link
  lines.push(`    <atom:link href="${feedUrl}" rel="self" type="application/rss+xml"/>`);
  for (const entry of entries) lines.push(...rssItem(entry, channel.zone));
  lines.push('  </channel>', '</rss>', '');
  return lines.join('\n');
}

function rssItem(entry: FeedEntry, zone: string): string[] {
  const url = escapeXml(absoluteAsciiUrl(entry.url, 'rssFeed: entry.url'));
  // <description> is entity-encoded HTML, so the plain-text summary is escaped as HTML first:
  // a summary "a<b" must show as text, not open a tag.
  const description = entry.contentHtml ?? escapeXml(entry.summary);
  const lines = [
    '    <item>',
    `      <title>${escapeXml(entry.title)}</title>`,
    `      <link>${url}</link>`,
    `      <guid isPermaLink="true">${url}</guid>`,
    `      <pubDate>${rfc822Date(entry.date, zone)}</pubDate>`,
    `      <description>${escapeXml(description)}</description>`,
  ];
  for (const keyword of entry.keywords)
    lines.push(`      <category>${escapeXml(keyword)}</category>`);
  for (const author of entry.authors)
    lines.push(`      <dc:creator>${escapeXml(author)}</dc:creator>`);
  lines.push('    </item>');
  return lines;
}
