import { IANAZone } from 'luxon';

/** A moment as a wall clock in some zone shows it, plus that zone's offset from UTC at that moment. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  /** Minutes east of UTC, e.g. 480 for Asia/Shanghai. */
  offsetMinutes: number;
}

const DAY = 86_400_000;
const zones = new Map<string, { zone: IANAZone; offsets: Map<number, number | null> }>();

/**
 * Splits a date into wall-clock parts in a zone. Pages print tens of thousands of dates per build,
 * and luxon costs ~90 µs a call, so the zone offset is looked up once per UTC day (twice when a
 * daylight-saving change falls on that day) and the rest is plain arithmetic.
 */
export function zonedParts(date: Date, zoneName: string, caller: string): ZonedParts {
  const time = date.getTime();
  let entry = zones.get(zoneName);
  if (!entry) {
    if (!IANAZone.isValidZone(zoneName)) {
      throw new Error(
        `[zixun] ${caller}: the zone "${zoneName}" is not supported (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)`,
      );
    }
    entry = { zone: IANAZone.create(zoneName), offsets: new Map() };
    zones.set(zoneName, entry);
  }
  if (!Number.isFinite(time)) {
    throw new Error(
      `[zixun] ${caller}: the Date is invalid (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)`,
    );
  }
  const offsetMinutes = offsetAt(entry, time);
  const local = new Date(time + offsetMinutes * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
    offsetMinutes,
  };
}

function offsetAt(
  entry: { zone: IANAZone; offsets: Map<number, number | null> },
  time: number,
): number {
  const day = Math.floor(time / DAY);
  let offset = entry.offsets.get(day);
  if (offset === undefined) {
    const start = entry.zone.offset(day * DAY);
    // null marks a day with an offset change: those few times are looked up exactly.
    offset = start === entry.zone.offset(day * DAY + DAY - 1) ? start : null;
    entry.offsets.set(day, offset);
  }
  return offset ?? entry.zone.offset(time);
}
