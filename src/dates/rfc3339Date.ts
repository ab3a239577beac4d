import { DateTime, IANAZone } from 'luxon';

/** Writes a date for Atom's `<updated>` and `<published>`, which must be RFC 3339 date-times. */
export function rfc3339Date(date: Date, zone: string): string {
  // An explicit locale keeps Latin digits whatever the machine's locale is.
  const dateTime = DateTime.fromJSDate(date, { zone: IANAZone.create(zone) }).setLocale('en-US');
  if (!dateTime.isValid) {
    const problem = dateTime.invalidExplanation ?? 'the Date is invalid';
    throw new Error(
      `[zixun] rfc3339Date: ${problem} (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)`,
    );
  }
  // Atom uses RFC 3339 dates: date-time with the zone's numeric offset, fractions omitted.
  // https://www.rfc-editor.org/rfc/rfc4287#section-3.3, https://www.rfc-editor.org/rfc/rfc3339#section-5.8
  return dateTime.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}
