import { Settings } from 'luxon';
import { afterEach, describe, expect, test } from 'vitest';
import { relativeDate } from '../../../src/dates/relativeDate.js';

const SHANGHAI = 'Asia/Shanghai';
// 2024-06-01 15:00 in Beijing.
const NOW = new Date('2024-06-01T07:00:00Z');

const machineLocale = Settings.defaultLocale;
afterEach(() => {
  Settings.defaultLocale = machineLocale;
});

function ago(iso: string, now = NOW, zone = SHANGHAI): string {
  return relativeDate(new Date(iso), now, zone);
}

describe('past dates', () => {
  test.each([
    ['2024-06-01T07:00:00Z', '刚刚'],
    ['2024-06-01T06:59:00.001Z', '刚刚'],
    ['2024-06-01T06:59:00Z', '1 分钟前'],
    ['2024-06-01T06:55:00Z', '5 分钟前'],
    ['2024-06-01T06:00:00.001Z', '59 分钟前'],
    ['2024-06-01T06:00:00Z', '1 小时前'],
    ['2024-06-01T04:00:00Z', '3 小时前'],
    // 00:00 Beijing today is 16:00 UTC yesterday.
    ['2024-05-31T16:00:00Z', '15 小时前'],
    ['2024-05-31T15:59:59Z', '昨天'],
    ['2024-05-30T16:00:00Z', '昨天'],
    ['2024-05-30T15:59:59Z', '2 天前'],
    ['2024-05-29T07:00:00Z', '3 天前'],
    ['2024-05-25T16:00:00Z', '6 天前'],
    ['2024-05-25T15:59:59Z', '2024/5/25'],
    ['2024-02-28T16:00:00Z', '2024/2/29'],
  ])('%s', (iso, expected) => {
    expect(ago(iso)).toBe(expected);
  });

  test('under an hour wins over the change of day', () => {
    // 23:50 yesterday seen at 00:10 today in Beijing.
    expect(ago('2024-05-31T15:50:00Z', new Date('2024-05-31T16:10:00Z'))).toBe('20 分钟前');
    // 23:00 yesterday seen at 00:30 today.
    expect(ago('2024-05-31T15:00:00Z', new Date('2024-05-31T16:30:00Z'))).toBe('昨天');
  });

  test('days are counted in the zone, not in UTC', () => {
    // 07:00 Beijing on 1 June, 23:00 Beijing on 31 May: the same UTC day, different Beijing days.
    const now = new Date('2024-05-31T23:00:00Z');
    expect(ago('2024-05-31T15:00:00Z', now)).toBe('昨天');
    expect(ago('2024-05-31T15:00:00Z', now, 'UTC')).toBe('8 小时前');
  });

  test('days are counted by the calendar across a DST change', () => {
    // Berlin moved its clocks forward on 31 March 2024; the 30th is still yesterday on 1 April.
    const now = new Date('2024-04-01T10:00:00Z');
    expect(ago('2024-03-31T10:00:00Z', now, 'Europe/Berlin')).toBe('昨天');
    expect(ago('2024-03-30T10:00:00Z', now, 'Europe/Berlin')).toBe('2 天前');
    expect(ago('2024-03-25T10:00:00Z', now, 'Europe/Berlin')).toBe('2024/3/25');
  });
});

describe('future dates', () => {
  test('up to a minute ahead is clock drift and reads 刚刚', () => {
    expect(ago('2024-06-01T07:00:59.999Z')).toBe('刚刚');
  });

  test('further ahead shows the plain date', () => {
    expect(ago('2024-06-01T07:01:00Z')).toBe('2024/6/1');
    expect(ago('2024-06-01T17:00:00Z')).toBe('2024/6/2');
    expect(ago('2025-01-01T00:00:00Z')).toBe('2025/1/1');
  });
});

test('keeps Latin digits on a machine set to another locale', () => {
  Settings.defaultLocale = 'ar-EG';
  expect(ago('2024-05-01T00:00:00Z')).toBe('2024/5/1');
});

test('refuses an unknown zone or an invalid date', () => {
  expect(() => ago('2024-05-01T00:00:00Z', NOW, 'Asia/Beijing')).toThrow(
    '[zixun] relativeDate: the zone "Asia/Beijing" is not supported (expected valid Dates and an IANA zone, e.g. Asia/Shanghai)',
  );
  expect(() => relativeDate(NOW, new Date(''), SHANGHAI)).toThrow(
    '[zixun] relativeDate: a Date is invalid (expected valid Dates and an IANA zone, e.g. Asia/Shanghai)',
  );
});
