import { DateTime, IANAZone } from 'luxon';

/** Writes a date for RSS 2.0's `<pubDate>`, `Tue, 28 May 2024 06:30:01 +0800`, in any machine locale. */
export function rfc822Date(date: Date, zone: string): string {
  const dateTime = DateTime.fromJSDate(date, { zone: IANAZone.create(zone) });
  if (!dateTime.isValid) {
    const problem = dateTime.invalidExplanation ?? 'the Date is invalid';
    throw new Error(
      `[zixun] rfc822Date: ${problem} (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)`,
    );
  }
  // RSS 2.0 dates follow RFC 822 with a four-digit year (the spec prefers four); luxon's RFC 2822
  // writer uses English names and Latin digits whatever the locale, and a numeric offset.
  // https://www.rssboard.org/rss-specification, https://www.rfc-editor.org/rfc/rfc822#section-5
  return dateTime.toRFC2822();
}
