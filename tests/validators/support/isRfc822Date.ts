// RSS 2.0 dates are RFC 822 date-times (https://www.rssboard.org/rss-specification, "pubDate"),
// written as the RSS Advisory Board's profile advises: a four-digit year and a numeric offset
// rather than a zone name (https://www.rssboard.org/rss-profile#data-types-datetime).
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const rfc822 =
  /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d) [+-](?:[01]\d|2[0-3])[0-5]\d$/;

/** True for a date such as `Sat, 01 Jun 2024 03:15:00 +0800` whose day of the week is right. */
export function isRfc822Date(text: string): boolean {
  const match = rfc822.exec(text);
  if (match === null) return false;
  const month = months.indexOf(match[3] ?? '');
  const [day, year] = [Number(match[2]), Number(match[4])];
  const date = new Date(Date.UTC(year, month, day));
  return (
    month >= 0 &&
    date.getUTCMonth() === month &&
    date.getUTCDate() === day &&
    days[date.getUTCDay()] === match[1]
  );
}
