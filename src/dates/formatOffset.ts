import { pad2 } from './pad2.js';

/** `+08:00` (RFC 3339, HTML) or `+0800` (RFC 822) for an offset in minutes. */
export function formatOffset(offsetMinutes: number, separator: ':' | ''): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(minutes / 60))}${separator}${pad2(minutes % 60)}`;
}
