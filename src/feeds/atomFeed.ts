import { rfc3339Date } from '../dates/rfc3339Date.js';
import { absoluteAsciiUrl } from './absoluteAsciiUrl.js';
import { escapeXml } from './escapeXml.js';
import { feedUpdated } from './feedUpdated.js';
import type { FeedChannel, FeedEntry } from './feedTypes.js';

/**
 * Writes an Atom 1.0 feed (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287), entries in the
 * given order; it validates against the RFC's RELAX NG schema.
 */
export function atomFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  // atom:feed needs exactly one atom:updated (§4.1.1); see feedUpdated for the empty-feed rule.
  const updated = feedUpdated(channel, entries);
  if (updated === undefined) {
    throw new Error(
      `[zixun] atomFeed: feed "${channel.title}" has no entries and no channel.updated (pass channel.updated, e.g. the newest article's date, so the empty feed's <updated> is deterministic)`,
    );
  }
  const homeUrl = escapeXml(absoluteAsciiUrl(channel.homeUrl, 'atomFeed: channel.homeUrl'));
  const feedUrl = escapeXml(absoluteAsciiUrl(channel.feedUrl, 'atomFeed: channel.feedUrl'));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.language)}">`,
    `  <id>${homeUrl}</id>`,
    `  <title type="text">${escapeXml(channel.title)}</title>`,
  ];
  if (channel.description !== '') {
    lines.push(`  <subtitle type="text">${escapeXml(channel.description)}</subtitle>`);
  }
  lines.push(
    `  <updated>${rfc3339Date(updated, channel.zone)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${feedUrl}"/>`,
    `  <link rel="alternate" type="text/html" href="${homeUrl}"/>`,
    // A feed needs an author unless every entry has one (§4.1.1); entries without authors inherit it.
    `  <author><name>${escapeXml(channel.title)}</name></author>`,
  );
  if (channel.generator !== undefined) {
    lines.push(`  <generator>${escapeXml(channel.generator)}</generator>`);
  }
  for (const entry of entries) lines.push(...atomEntry(entry, channel.zone));
  lines.push('</feed>', '');
  return lines.join('\n');
}

function atomEntry(entry: FeedEntry, zone: string): string[] {
  const url = escapeXml(absoluteAsciiUrl(entry.url, 'atomFeed: entry.url'));
  const lines = [
    '  <entry>',
    // The article URL is the id: unique, and stable for as long as the permalink is (§4.2.6).
    `    <id>${url}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${url}"/>`,
    `    <published>${rfc3339Date(entry.date, zone)}</published>`,
    `    <updated>${rfc3339Date(entry.updated ?? entry.date, zone)}</updated>`,
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
  ];
  if (entry.contentHtml !== undefined) {
    // type="html" carries escaped markup (§3.1.1.2); xml:base lets readers resolve the in-page
    // links (#footnotes, heading anchors) against the article rather than the feed.
    lines.push(
      `    <content type="html" xml:base="${url}">${escapeXml(entry.contentHtml)}</content>`,
    );
  }
  for (const keyword of entry.keywords) {
    lines.push(`    <category term="${escapeXml(keyword)}"/>`);
  }
  for (const author of entry.authors) {
    lines.push(`    <author><name>${escapeXml(author)}</name></author>`);
  }
  lines.push('  </entry>');
  return lines;
}
