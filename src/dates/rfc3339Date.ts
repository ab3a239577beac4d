import { isoDate } from './isoDate.js';

/** Writes a date for Atom's `<updated>` and `<published>`, which must be RFC 3339 date-times. */
export function rfc3339Date(date: Date, zone: string): string {
  // Atom uses RFC 3339 dates: date-time with the zone's numeric offset, fractions omitted; that is
  // exactly the HTML global date-time form. https://www.rfc-editor.org/rfc/rfc4287#section-3.3
  return isoDate(date, zone, 'rfc3339Date');
}
