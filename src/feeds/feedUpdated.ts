import type { FeedChannel, FeedEntry } from './feedTypes.js';

/**
 * The feed's own date: the newest entry's `updated ?? date`, or `channel.updated` for a feed with
 * no entries, so the same content always gives the same feed (never the build time).
 */
export function feedUpdated(
  channel: Pick<FeedChannel, 'updated'>,
  entries: readonly FeedEntry[],
): Date | undefined {
  let newest: Date | undefined;
  for (const entry of entries) {
    const date = entry.updated ?? entry.date;
    if (newest === undefined || date.getTime() > newest.getTime()) newest = date;
  }
  return newest ?? channel.updated;
}
