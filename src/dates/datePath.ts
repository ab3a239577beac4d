import { DateTime, IANAZone } from 'luxon';

/** Gives the `2024/05/28` part of an article URL, dated in the site's zone so URLs match the page. */
export function datePath(date: Date, zone: string): string {
  // An explicit locale keeps Latin digits whatever the machine's locale is.
  const dateTime = DateTime.fromJSDate(date, { zone: IANAZone.create(zone) }).setLocale('en-US');
  if (!dateTime.isValid) {
    const problem = dateTime.invalidExplanation ?? 'the Date is invalid';
    throw new Error(
      `[zixun] datePath: ${problem} (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)`,
    );
  }
  return dateTime.toFormat('yyyy/MM/dd');
}
