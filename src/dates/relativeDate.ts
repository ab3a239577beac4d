import { DateTime, IANAZone } from 'luxon';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Says how long ago something happened, in Chinese (`刚刚`, `5 分钟前`, `昨天`), counting days in the site's zone. */
export function relativeDate(date: Date, now: Date, zone: string): string {
  const timeZone = IANAZone.create(zone);
  // An explicit locale keeps Latin digits whatever the machine's locale is.
  const then = DateTime.fromJSDate(date, { zone: timeZone }).setLocale('en-US');
  const today = DateTime.fromJSDate(now, { zone: timeZone }).setLocale('en-US');
  if (!then.isValid || !today.isValid) {
    const problem = then.invalidExplanation ?? today.invalidExplanation ?? 'a Date is invalid';
    throw new Error(
      `[zixun] relativeDate: ${problem} (expected valid Dates and an IANA zone, e.g. Asia/Shanghai)`,
    );
  }

  const elapsed = now.getTime() - date.getTime();
  // Up to a minute ahead is clock drift between the editor's machine and the build; further
  // ahead (a scheduled article) gets its plain date, since "in 3 hours" reads wrong on a news page.
  if (elapsed < MINUTE && elapsed > -MINUTE) return '刚刚';
  if (elapsed < 0) return then.toFormat('yyyy/L/d');
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} 分钟前`;

  // Calendar days, not 24-hour spans: 23:00 yesterday is 昨天 even at 00:30 today.
  const days = Math.round(today.startOf('day').diff(then.startOf('day'), 'days').days);
  if (days === 0) return `${Math.floor(elapsed / HOUR)} 小时前`;
  if (days === 1) return '昨天';
  if (days < 7) return `${days} 天前`;
  return then.toFormat('yyyy/L/d');
}
