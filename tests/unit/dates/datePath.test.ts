import { Settings } from 'luxon';
import { afterEach, expect, test } from 'vitest';
import { datePath } from '../../../src/dates/datePath.js';

const SHANGHAI = 'Asia/Shanghai';

const machineLocale = Settings.defaultLocale;
afterEach(() => {
  Settings.defaultLocale = machineLocale;
});

test('zero-pads month and day', () => {
  expect(datePath(new Date('2024-05-28T06:30:01Z'), SHANGHAI)).toBe('2024/05/28');
  expect(datePath(new Date('2024-01-04T06:30:01Z'), SHANGHAI)).toBe('2024/01/04');
});

test('00:00 to 08:00 in Beijing uses the Beijing date, a day after the UTC one', () => {
  const date = new Date('2024-05-31T19:15:00Z');
  expect(date.getUTCDate()).toBe(31);
  expect(datePath(date, SHANGHAI)).toBe('2024/06/01');
  expect(datePath(new Date('2024-12-31T16:00:00Z'), SHANGHAI)).toBe('2025/01/01');
});

test('a leap day', () => {
  expect(datePath(new Date('2024-02-28T16:00:00Z'), SHANGHAI)).toBe('2024/02/29');
});

test('other zones', () => {
  const date = new Date('2024-05-31T23:30:00Z');
  expect(datePath(date, 'UTC')).toBe('2024/05/31');
  expect(datePath(date, 'Europe/Berlin')).toBe('2024/06/01');
  expect(datePath(date, 'America/New_York')).toBe('2024/05/31');
});

test('keeps Latin digits on a machine set to another locale', () => {
  Settings.defaultLocale = 'ar-EG';
  expect(datePath(new Date('2024-05-28T06:30:01Z'), SHANGHAI)).toBe('2024/05/28');
});

test('refuses an unknown zone', () => {
  expect(() => datePath(new Date('2024-05-28T06:30:01Z'), 'local')).toThrow(
    '[zixun] datePath: the zone "local" is not supported (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)',
  );
});
