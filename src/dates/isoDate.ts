import { DateTime, IANAZone } from 'luxon';

/** Writes a date for `<time datetime>`, `2024-05-28T06:30:01+08:00`, with the site zone's offset. */
export function isoDate(date: Date, zone: string): string {
  // An explicit locale keeps Latin digits whatever the machine's locale is.
  const dateTime = DateTime.fromJSDate(date, { zone: IANAZone.create(zone) }).setLocale('en-US');
  if (!dateTime.isValid) {
    const problem = dateTime.invalidExplanation ?? 'the Date is invalid';
    throw new Error(
      `[zixun] isoDate: ${problem} (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)`,
    );
  }
  // A valid global date and time string: an explicit offset, whole seconds are enough.
  // https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#valid-global-date-and-time-string
  return dateTime.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}
