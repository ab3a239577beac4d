import { Settings } from 'luxon';
import { afterEach, expect, test } from 'vitest';
import { rfc822Date } from '../../../src/dates/rfc822Date.js';

const SHANGHAI = 'Asia/Shanghai';

const machineLocale = Settings.defaultLocale;
afterEach(() => {
  Settings.defaultLocale = machineLocale;
});

test('writes English names, a four-digit year and a numeric offset', () => {
  expect(rfc822Date(new Date('2024-05-27T22:30:01Z'), SHANGHAI)).toBe(
    'Tue, 28 May 2024 06:30:01 +0800',
  );
  expect(rfc822Date(new Date('2024-02-29T04:05:06.789Z'), SHANGHAI)).toBe(
    'Thu, 29 Feb 2024 12:05:06 +0800',
  );
});

test('pads the day to two digits', () => {
  expect(rfc822Date(new Date('2024-06-01T00:00:00Z'), SHANGHAI)).toBe(
    'Sat, 01 Jun 2024 08:00:00 +0800',
  );
});

test('the Beijing early morning keeps the Beijing day of the week', () => {
  expect(rfc822Date(new Date('2024-05-31T19:15:00Z'), SHANGHAI)).toBe(
    'Sat, 01 Jun 2024 03:15:00 +0800',
  );
});

test('other zones', () => {
  expect(rfc822Date(new Date('2024-05-27T22:00:00Z'), 'UTC')).toBe(
    'Mon, 27 May 2024 22:00:00 +0000',
  );
  expect(rfc822Date(new Date('2024-12-24T17:00:00Z'), 'Europe/Berlin')).toBe(
    'Tue, 24 Dec 2024 18:00:00 +0100',
  );
  expect(rfc822Date(new Date('2024-11-03T05:30:00Z'), 'America/New_York')).toBe(
    'Sun, 03 Nov 2024 01:30:00 -0400',
  );
});

test.each(['zh-CN', 'de-DE', 'ar-EG'])('stays English on a machine set to %s', (locale) => {
  Settings.defaultLocale = locale;
  expect(rfc822Date(new Date('2024-05-27T22:30:01Z'), SHANGHAI)).toBe(
    'Tue, 28 May 2024 06:30:01 +0800',
  );
});

test('refuses an invalid date', () => {
  expect(() => rfc822Date(new Date('x'), SHANGHAI)).toThrow(
    '[zixun] rfc822Date: the Date is invalid (expected a valid Date and an IANA zone, e.g. Asia/Shanghai)',
  );
});
