import { IANAZone } from 'luxon';
import { parseContentDate } from '../dates/parseContentDate.js';

const EXPECTED =
  'expected a Date or a date such as 2024-05-28, 2024-05-28 14:30:01 or 2024-05-28T14:30:01+08:00';

/** The instant a date filter was given: a Date, or a date written as front matter may write it (wall times in `zone`). */
export function filterDate(value: unknown, zone: string, filter: string): Date {
  if (!IANAZone.isValidZone(zone)) {
    throw new Error(
      `[zixun] ${filter}: the time zone "${zone}" is not a known IANA time zone; expected e.g. Asia/Shanghai, Europe/Berlin or UTC`,
    );
  }
  const parsed = parseContentDate(value, zone);
  if (parsed.ok) return parsed.date;
  // What a filter accepts replaces the front-matter hint, which names strings only.
  const problem = parsed.message.replace(/ \(expected e\.g\. [^)]*\)$/, '');
  throw new Error(`[zixun] ${filter}: ${problem}; ${EXPECTED}`);
}
