import { formatOffset } from './formatOffset.js';
import { pad2 } from './pad2.js';
import { zonedParts } from './zonedParts.js';

/** Writes a date for `<time datetime>`, `2024-05-28T06:30:01+08:00`, with the site zone's offset. */
export function isoDate(date: Date, zone: string, caller = 'isoDate'): string {
  const p = zonedParts(date, zone, caller);
  // A valid global date and time string: an explicit offset, whole seconds are enough.
  // https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#valid-global-date-and-time-string
  return (
    `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}` +
    `T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}${formatOffset(p.offsetMinutes, ':')}`
  );
}
