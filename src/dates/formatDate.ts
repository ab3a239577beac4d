import { DateTime, IANAZone } from 'luxon';

/** Shows a date the way Chinese readers write it, `2024/5/28 14:30:01`, in the site's time zone. */
export function formatDate(date: Date, zone: string): string {
  // An explicit locale keeps Latin digits whatever the machine's locale is.
  const dateTime = DateTime.fromJSDate(date, { zone: IANAZone.create(zone) }).setLocale('en-US');
  if (!dateTime.isValid) {
    const problem = dateTime.invalidExplanation ?? 'the Date is invalid';
    throw new Error(
      `[zixun] formatDate: ${problem} (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)`,
    );
  }
  return dateTime.toFormat('yyyy/L/d H:mm:ss');
}
