import { Settings } from 'luxon';
import { afterEach, expect, test } from 'vitest';
import { formatDate } from '../../../src/dates/formatDate.js';

const SHANGHAI = 'Asia/Shanghai';

const machineLocale = Settings.defaultLocale;
afterEach(() => {
  Settings.defaultLocale = machineLocale;
});

test('shows the wall time in the zone, month, day and hour without padding', () => {
  expect(formatDate(new Date('2024-05-28T06:30:01Z'), SHANGHAI)).toBe('2024/5/28 14:30:01');
  expect(formatDate(new Date('2024-05-27T22:30:01Z'), SHANGHAI)).toBe('2024/5/28 6:30:01');
  expect(formatDate(new Date('2024-05-27T22:00:00Z'), SHANGHAI)).toBe('2024/5/28 6:00:00');
  expect(formatDate(new Date('2024-12-31T16:05:09Z'), SHANGHAI)).toBe('2025/1/1 0:05:09');
});

test('00:00 to 08:00 in Beijing shows the Beijing date, not the UTC one', () => {
  expect(formatDate(new Date('2024-05-31T19:15:00Z'), SHANGHAI)).toBe('2024/6/1 3:15:00');
});

test('a leap day', () => {
  expect(formatDate(new Date('2024-02-28T16:00:00Z'), SHANGHAI)).toBe('2024/2/29 0:00:00');
});

test('other zones', () => {
  const date = new Date('2024-07-15T10:00:00Z');
  expect(formatDate(date, 'UTC')).toBe('2024/7/15 10:00:00');
  expect(formatDate(date, 'Europe/Berlin')).toBe('2024/7/15 12:00:00');
  expect(formatDate(new Date('2024-01-15T10:00:00Z'), 'Europe/Berlin')).toBe('2024/1/15 11:00:00');
});

test('drops milliseconds', () => {
  expect(formatDate(new Date('2024-05-28T06:30:01.999Z'), SHANGHAI)).toBe('2024/5/28 14:30:01');
});

test('keeps Latin digits on a machine set to another locale', () => {
  Settings.defaultLocale = 'ar-EG';
  expect(formatDate(new Date('2024-05-28T06:30:01Z'), SHANGHAI)).toBe('2024/5/28 14:30:01');
});

test('refuses an unknown zone or an invalid date', () => {
  expect(() => formatDate(new Date('2024-05-28T06:30:01Z'), 'Asia/Shangai')).toThrow(
    '[zixun] formatDate: the zone "Asia/Shangai" is not supported (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)',
  );
  expect(() => formatDate(new Date('nope'), SHANGHAI)).toThrow(
    '[zixun] formatDate: the Date is invalid (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)',
  );
});
