import { Settings } from 'luxon';
import { afterEach, expect, test } from 'vitest';
import { rfc3339Date } from '../../../src/dates/rfc3339Date.js';

const SHANGHAI = 'Asia/Shanghai';
// RFC 3339 §5.6 date-time with a numeric offset and no fraction.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

const machineLocale = Settings.defaultLocale;
afterEach(() => {
  Settings.defaultLocale = machineLocale;
});

test('writes an RFC 3339 date-time with the zone offset and no milliseconds', () => {
  const written = rfc3339Date(new Date('2024-05-27T22:30:01.456Z'), SHANGHAI);
  expect(written).toBe('2024-05-28T06:30:01+08:00');
  expect(written).toMatch(RFC3339);
});

test('the Beijing early morning keeps the Beijing date', () => {
  expect(rfc3339Date(new Date('2024-05-31T19:15:00Z'), SHANGHAI)).toBe('2024-06-01T03:15:00+08:00');
});

test('a leap day', () => {
  expect(rfc3339Date(new Date('2024-02-28T16:00:00Z'), SHANGHAI)).toBe('2024-02-29T00:00:00+08:00');
});

test('other zones', () => {
  expect(rfc3339Date(new Date('2024-05-27T22:00:00Z'), 'UTC')).toBe('2024-05-27T22:00:00+00:00');
  expect(rfc3339Date(new Date('2024-10-27T00:30:00Z'), 'Europe/Berlin')).toBe(
    '2024-10-27T02:30:00+02:00',
  );
  expect(rfc3339Date(new Date('2024-10-27T01:30:00Z'), 'Europe/Berlin')).toBe(
    '2024-10-27T02:30:00+01:00',
  );
});

test('keeps Latin digits on a machine set to another locale', () => {
  Settings.defaultLocale = 'ar-EG';
  expect(rfc3339Date(new Date('2024-05-27T22:30:01Z'), SHANGHAI)).toBe('2024-05-28T06:30:01+08:00');
});

test('refuses an unknown zone', () => {
  expect(() => rfc3339Date(new Date('2024-05-28T06:30:01Z'), 'Beijing')).toThrow(
    '[zixun] rfc3339Date: the zone "Beijing" is not supported (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)',
  );
});
