import { formatOffset } from './formatOffset.js';
import { pad2 } from './pad2.js';
import { zonedParts } from './zonedParts.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Writes a date for RSS 2.0's `<pubDate>`, `Tue, 28 May 2024 06:30:01 +0800`, in any machine locale. */
export function rfc822Date(date: Date, zone: string): string {
  const p = zonedParts(date, zone, 'rfc822Date');
  // RSS 2.0 dates follow RFC 822 with a four-digit year, English names and a numeric offset.
  // https://www.rssboard.org/rss-specification, https://www.rfc-editor.org/rfc/rfc822#section-5
  return (
    `${DAYS[p.weekday]}, ${pad2(p.day)} ${MONTHS[p.month - 1]} ${p.year} ` +
    `${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)} ${formatOffset(p.offsetMinutes, '')}`
  );
}
