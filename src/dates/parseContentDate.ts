import { DateTime, IANAZone } from 'luxon';

const EXPECTED = 'expected e.g. 2024-05-28, 2024-05-28 14:30:01 or 2024-05-28T14:30:01+08:00';
const MIN_YEAR = 1970;
const MAX_YEAR = 2100;

// Date, then an optional time (T, t or a space; seconds and fractions optional), then an optional
// Z or numeric offset, with or without its colon: RFC 3339 §5.6 plus the forms editors type.
// https://www.rfc-editor.org/rfc/rfc3339#section-5.6
const FORM =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|([+-])(\d{2}):?(\d{2}))?)?$/;

type Result = { ok: true; date: Date } | { ok: false; message: string };

/** Reads a front-matter `date`/`updated` value as an instant, so every page agrees on when it happened. */
export function parseContentDate(value: unknown, zone: string): Result {
  const timeZone = IANAZone.create(zone);
  if (!timeZone.isValid) {
    return fail(
      `time zone "${zone}" is not a known IANA time zone (expected e.g. Asia/Shanghai, Europe/Berlin or UTC)`,
    );
  }
  if (value instanceof Date) return checkDate(value, timeZone);
  if (typeof value !== 'string') return fail(`${describe(value)} is not a date (${EXPECTED})`);

  const text = value.trim();
  const quoted = JSON.stringify(text);
  const match = FORM.exec(text);
  if (!match) return fail(`${quoted} is not a date (${EXPECTED})`);

  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', offsetText, sign, oh, om] =
    match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail(`${quoted} is out of range (expected a year between ${MIN_YEAR} and ${MAX_YEAR})`);
  }
  if (month < 1 || month > 12) {
    return fail(`${quoted} is not a real date (months run from 01 to 12)`);
  }
  if (day < 1) return fail(`${quoted} is not a real date (days start at 01)`);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) {
    const name = DateTime.utc(year, month).setLocale('en-US').toFormat('LLLL yyyy');
    return fail(`${quoted} is not a real date (${name} has ${daysInMonth} days)`);
  }
  if (hour > 23) return fail(`${quoted} is not a real time (hours run from 00 to 23)`);
  if (minute > 59) return fail(`${quoted} is not a real time (minutes run from 00 to 59)`);
  // JavaScript dates have no leap seconds, so RFC 3339's second 60 cannot be kept.
  if (second > 59) return fail(`${quoted} is not a real time (seconds run from 00 to 59)`);

  // Dates hold milliseconds: further digits are dropped, not rounded, so the second never changes.
  const millisecond = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);

  if (offsetText !== undefined) {
    const offsetHours = Number(oh ?? 0);
    const offsetMinutes = Number(om ?? 0);
    if (offsetHours > 23 || offsetMinutes > 59) {
      return fail(`${quoted} has an impossible offset (offsets run from -23:59 to +23:59)`);
    }
    const offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
    return { ok: true, date: new Date(wall - offset * 60_000) };
  }

  // A wall time names the instant(s) whose local time in the zone reads the same. Try the offsets in
  // force a day before and a day after (zones change offset at most once within that span).
  const candidates = [timeZone.offset(wall - 86_400_000), timeZone.offset(wall + 86_400_000)]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => instant + timeZone.offset(instant) * 60_000 === wall)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first === undefined) {
    const shifted = DateTime.fromMillis(wall - timeZone.offset(wall - 86_400_000) * 60_000, {
      zone: timeZone,
    }).toFormat('HH:mm');
    return fail(
      `${quoted} is not a real time in ${zone} (the clocks go forward past it that day; ` +
        `expected a time that exists there, e.g. ${shifted}, or a time with an offset)`,
    );
  }
  // When clocks go back, a wall time happens twice; like RFC 5545 we take the first occurrence.
  // https://www.rfc-editor.org/rfc/rfc5545#section-3.3.5
  return { ok: true, date: new Date(first) };
}

function checkDate(value: Date, zone: IANAZone): Result {
  if (Number.isNaN(value.getTime())) return fail(`an invalid Date is not a date (${EXPECTED})`);
  const year = DateTime.fromJSDate(value, { zone }).year;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail(
      `${value.toISOString()} is out of range (expected a year between ${MIN_YEAR} and ${MAX_YEAR})`,
    );
  }
  return { ok: true, date: new Date(value.getTime()) };
}

function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (value === undefined) return 'a missing value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `the ${typeof value} ${String(value)}`;
  }
  return `a ${typeof value}`;
}

function fail(message: string): Result {
  return { ok: false, message };
}
