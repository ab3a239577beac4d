import { Settings } from 'luxon';
import { afterEach, expect, test } from 'vitest';
import { isoDate } from '../../../src/dates/isoDate.js';
import { parseContentDate } from '../../../src/dates/parseContentDate.js';

const SHANGHAI = 'Asia/Shanghai';

const machineLocale = Settings.defaultLocale;
afterEach(() => {
  Settings.defaultLocale = machineLocale;
});

function parsed(value: string, zone = SHANGHAI): Date {
  const result = parseContentDate(value, zone);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

test('writes the zone offset and whole seconds', () => {
  expect(isoDate(new Date('2024-05-27T22:30:01Z'), SHANGHAI)).toBe('2024-05-28T06:30:01+08:00');
  expect(isoDate(new Date('2024-05-27T22:30:01.999Z'), SHANGHAI)).toBe('2024-05-28T06:30:01+08:00');
});

test('round-trips every front-matter form', () => {
  expect(isoDate(parsed('2024-05-28 14:30:01'), SHANGHAI)).toBe('2024-05-28T14:30:01+08:00');
  expect(isoDate(parsed('2024-05-28T14:30'), SHANGHAI)).toBe('2024-05-28T14:30:00+08:00');
  expect(isoDate(parsed('2024-05-28'), SHANGHAI)).toBe('2024-05-28T00:00:00+08:00');
  expect(isoDate(parsed('2024-05-27T22:00:00Z'), SHANGHAI)).toBe('2024-05-28T06:00:00+08:00');
  expect(isoDate(parsed('2024-05-28T06:30:01+0800'), SHANGHAI)).toBe('2024-05-28T06:30:01+08:00');
});

test('00:00 to 08:00 in Beijing keeps the Beijing date', () => {
  const date = parsed('2024-06-01 03:15:00');
  expect(date.getUTCDate()).toBe(31);
  expect(isoDate(date, SHANGHAI)).toBe('2024-06-01T03:15:00+08:00');
});

test('a leap day', () => {
  expect(isoDate(parsed('2024-02-29 23:59:59'), SHANGHAI)).toBe('2024-02-29T23:59:59+08:00');
});

test('other zones, including both sides of a DST change', () => {
  expect(isoDate(new Date('2024-05-27T22:00:00Z'), 'UTC')).toBe('2024-05-27T22:00:00+00:00');
  expect(isoDate(new Date('2024-01-15T11:00:00Z'), 'Europe/Berlin')).toBe(
    '2024-01-15T12:00:00+01:00',
  );
  expect(isoDate(new Date('2024-07-15T10:00:00Z'), 'Europe/Berlin')).toBe(
    '2024-07-15T12:00:00+02:00',
  );
  expect(isoDate(new Date('2024-03-10T07:30:00Z'), 'America/New_York')).toBe(
    '2024-03-10T03:30:00-04:00',
  );
});

test('keeps Latin digits on a machine set to another locale', () => {
  Settings.defaultLocale = 'ar-EG';
  expect(isoDate(new Date('2024-05-27T22:30:01Z'), SHANGHAI)).toBe('2024-05-28T06:30:01+08:00');
});

test('refuses an unknown zone or an invalid date', () => {
  expect(() => isoDate(new Date('2024-05-28T06:30:01Z'), 'Mars/Olympus')).toThrow(
    '[zixun] isoDate: the zone "Mars/Olympus" is not supported (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)',
  );
  expect(() => isoDate(new Date(Number.NaN), SHANGHAI)).toThrow(
    '[zixun] isoDate: the Date is invalid (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)',
  );
});
