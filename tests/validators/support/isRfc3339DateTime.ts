// RFC 3339 §5.6 date-time (https://www.rfc-editor.org/rfc/rfc3339#section-5.6), always with an
// explicit offset: "Z" or ±hh:mm. A date alone, or a time with no offset, is not enough.
const dateTime =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** True for an RFC 3339 date-time with its offset, such as `2024-05-28T06:30:01+08:00`, naming a real day. */
export function isRfc3339DateTime(text: string): boolean {
  const match = dateTime.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
