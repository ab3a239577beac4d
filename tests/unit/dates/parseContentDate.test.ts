import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseContentDate } from '../../../src/dates/parseContentDate.js';

const SHANGHAI = 'Asia/Shanghai';
const EXPECTED = 'expected e.g. 2024-05-28, 2024-05-28 14:30:01 or 2024-05-28T14:30:01+08:00';

function instant(value: unknown, zone = SHANGHAI): string {
  const result = parseContentDate(value, zone);
  if (!result.ok) throw new Error(result.message);
  return result.date.toISOString();
}

function failure(value: unknown, zone = SHANGHAI): string {
  const result = parseContentDate(value, zone);
  if (result.ok) throw new Error(`expected a failure, got ${result.date.toISOString()}`);
  return result.message;
}

describe('wall-clock times in the site zone', () => {
  test.each([
    ['2024-05-28 14:30:01', '2024-05-28T06:30:01.000Z'],
    ['2024-05-28T14:30:01', '2024-05-28T06:30:01.000Z'],
    ['2024-05-28t14:30:01', '2024-05-28T06:30:01.000Z'],
    ['2024-05-28 14:30', '2024-05-28T06:30:00.000Z'],
    ['2024-05-28T14:30', '2024-05-28T06:30:00.000Z'],
    ['2024-05-28 14:30:01.5', '2024-05-28T06:30:01.500Z'],
    ['2024-05-28T14:30:01.123456789', '2024-05-28T06:30:01.123Z'],
    ['2024-05-28 06:30:01', '2024-05-27T22:30:01.000Z'],
    ['2024-05-28', '2024-05-27T16:00:00.000Z'],
    [' 2024-05-28 14:30:01 ', '2024-05-28T06:30:01.000Z'],
  ])('%s', (value, expected) => {
    expect(instant(value)).toBe(expected);
  });

  test('00:00 to 08:00 in Beijing is the previous day in UTC', () => {
    expect(instant('2024-06-01 03:15:00')).toBe('2024-05-31T19:15:00.000Z');
    expect(instant('2024-06-01 00:00')).toBe('2024-05-31T16:00:00.000Z');
    expect(instant('2024-06-01 07:59:59')).toBe('2024-05-31T23:59:59.000Z');
    expect(instant('2024-06-01 08:00')).toBe('2024-06-01T00:00:00.000Z');
  });

  test('leap days', () => {
    expect(instant('2024-02-29 12:00')).toBe('2024-02-29T04:00:00.000Z');
    expect(instant('2000-02-29')).toBe('2000-02-28T16:00:00.000Z');
  });

  test('the ends of the accepted range', () => {
    expect(instant('1970-01-01')).toBe('1969-12-31T16:00:00.000Z');
    expect(instant('2100-12-31 23:59:59')).toBe('2100-12-31T15:59:59.000Z');
  });
});

describe('other zones', () => {
  test('UTC', () => {
    expect(instant('2024-05-28 14:30:01', 'UTC')).toBe('2024-05-28T14:30:01.000Z');
    expect(instant('2024-05-28', 'UTC')).toBe('2024-05-28T00:00:00.000Z');
  });

  test('Europe/Berlin in winter (+01:00) and summer (+02:00)', () => {
    expect(instant('2024-01-15 12:00', 'Europe/Berlin')).toBe('2024-01-15T11:00:00.000Z');
    expect(instant('2024-07-15 12:00', 'Europe/Berlin')).toBe('2024-07-15T10:00:00.000Z');
  });

  test('on the day clocks go forward, times either side of the gap', () => {
    expect(instant('2024-03-31 01:59', 'Europe/Berlin')).toBe('2024-03-31T00:59:00.000Z');
    expect(instant('2024-03-31 03:00', 'Europe/Berlin')).toBe('2024-03-31T01:00:00.000Z');
  });

  test('a time that happens twice when clocks go back means the first one', () => {
    expect(instant('2024-10-27 02:30', 'Europe/Berlin')).toBe('2024-10-27T00:30:00.000Z');
    expect(instant('2024-11-03 01:30', 'America/New_York')).toBe('2024-11-03T05:30:00.000Z');
  });

  test('a time in the gap when clocks go forward is refused', () => {
    expect(failure('2024-03-10 02:30', 'America/New_York')).toBe(
      '"2024-03-10 02:30" is not a real time in America/New_York (the clocks go forward past it ' +
        'that day; expected a time that exists there, e.g. 03:30, or a time with an offset)',
    );
    expect(failure('2024-03-31 02:00', 'Europe/Berlin')).toBe(
      '"2024-03-31 02:00" is not a real time in Europe/Berlin (the clocks go forward past it ' +
        'that day; expected a time that exists there, e.g. 03:00, or a time with an offset)',
    );
  });

  test('the same wall time with an offset is fine', () => {
    expect(instant('2024-03-10T02:30:00-05:00', 'America/New_York')).toBe(
      '2024-03-10T07:30:00.000Z',
    );
  });

  test('an unknown zone is refused, whatever the value', () => {
    const message =
      'time zone "Asia/Shangai" is not a known IANA time zone (expected e.g. Asia/Shanghai, Europe/Berlin or UTC)';
    expect(failure('2024-05-28', 'Asia/Shangai')).toBe(message);
    expect(failure('2024-05-27T22:00:00Z', 'Asia/Shangai')).toBe(message);
    expect(failure(new Date('2024-05-27T22:00:00Z'), 'Asia/Shangai')).toBe(message);
    expect(failure('2024-05-28', '')).toBe(
      'time zone "" is not a known IANA time zone (expected e.g. Asia/Shanghai, Europe/Berlin or UTC)',
    );
  });
});

describe('instants with an offset or Z', () => {
  test.each([
    ['2024-05-27T22:00:00Z', '2024-05-27T22:00:00.000Z'],
    ['2024-05-27T22:00:00z', '2024-05-27T22:00:00.000Z'],
    ['2024-05-27 22:00Z', '2024-05-27T22:00:00.000Z'],
    ['2024-05-28T06:30:01+08:00', '2024-05-27T22:30:01.000Z'],
    ['2024-05-28T06:30:01+0800', '2024-05-27T22:30:01.000Z'],
    ['2024-05-28 06:30:01+08:00', '2024-05-27T22:30:01.000Z'],
    ['2024-05-28T06:30+08:00', '2024-05-27T22:30:00.000Z'],
    ['2024-05-28T06:30:01.25+08:00', '2024-05-27T22:30:01.250Z'],
    ['2024-05-27T17:00:00-05:00', '2024-05-27T22:00:00.000Z'],
    ['2024-05-28T03:30:00+05:30', '2024-05-27T22:00:00.000Z'],
    ['2024-05-27T22:00:00-00:00', '2024-05-27T22:00:00.000Z'],
  ])('%s', (value, expected) => {
    expect(instant(value)).toBe(expected);
  });

  test('the offset wins over the site zone', () => {
    expect(instant('2024-05-28T06:30:01+08:00', 'Europe/Berlin')).toBe('2024-05-27T22:30:01.000Z');
    expect(instant('2024-05-27T22:00:00Z', 'America/New_York')).toBe('2024-05-27T22:00:00.000Z');
  });
});

describe('quoted and unquoted front matter read the same', () => {
  // The content reader parses front matter with js-yaml's core schema, which keeps timestamps as text.
  test.each([
    ['2024-05-28 14:30:01', '2024-05-28T06:30:01.000Z'],
    ['2024-05-28T14:30:01', '2024-05-28T06:30:01.000Z'],
    ['2024-05-28', '2024-05-27T16:00:00.000Z'],
    ['2024-05-27T22:00:00Z', '2024-05-27T22:00:00.000Z'],
    ['2024-05-28T06:30:01+08:00', '2024-05-27T22:30:01.000Z'],
  ])('%s', (text, expected) => {
    const read = (yaml: string) => (load(yaml, { schema: CORE_SCHEMA }) as { date: unknown }).date;
    expect(read(`date: ${text}`)).toBe(text);
    expect(instant(read(`date: ${text}`))).toBe(expected);
    expect(instant(read(`date: "${text}"`))).toBe(expected);
    expect(instant(read(`date: '${text}'`))).toBe(expected);
  });
});

describe('JavaScript dates', () => {
  test('are taken as instants, whatever the zone', () => {
    expect(instant(new Date('2024-05-27T22:00:00Z'))).toBe('2024-05-27T22:00:00.000Z');
    expect(instant(new Date('2024-05-27T22:00:00Z'), 'Europe/Berlin')).toBe(
      '2024-05-27T22:00:00.000Z',
    );
  });

  test('are copied, so later changes to the original do not move the article', () => {
    const original = new Date('2024-05-27T22:00:00Z');
    const result = parseContentDate(original, SHANGHAI);
    original.setUTCFullYear(2000);
    expect(result.ok && result.date.toISOString()).toBe('2024-05-27T22:00:00.000Z');
  });

  test('an invalid Date is refused', () => {
    expect(failure(new Date('not a date'))).toBe(`an invalid Date is not a date (${EXPECTED})`);
  });

  test('the year range applies in the site zone', () => {
    expect(instant(new Date('1969-12-31T16:00:00Z'))).toBe('1969-12-31T16:00:00.000Z');
    expect(failure(new Date('1969-12-31T15:59:59Z'))).toBe(
      '1969-12-31T15:59:59.000Z is out of range (expected a year between 1970 and 2100)',
    );
  });
});

describe('failures say what was found and what is expected', () => {
  test.each([
    ['2024-02-30', '"2024-02-30" is not a real date (February 2024 has 29 days)'],
    ['2023-02-29', '"2023-02-29" is not a real date (February 2023 has 28 days)'],
    ['2100-02-29', '"2100-02-29" is not a real date (February 2100 has 28 days)'],
    ['2024-04-31 10:00', '"2024-04-31 10:00" is not a real date (April 2024 has 30 days)'],
    ['2024-05-00', '"2024-05-00" is not a real date (days start at 01)'],
    ['2024-13-01', '"2024-13-01" is not a real date (months run from 01 to 12)'],
    ['2024-00-10', '"2024-00-10" is not a real date (months run from 01 to 12)'],
    ['2024-05-28 24:00', '"2024-05-28 24:00" is not a real time (hours run from 00 to 23)'],
    ['2024-05-28 14:60', '"2024-05-28 14:60" is not a real time (minutes run from 00 to 59)'],
    ['2024-05-28 14:30:60', '"2024-05-28 14:30:60" is not a real time (seconds run from 00 to 59)'],
    [
      '2024-05-28T14:30+24:00',
      '"2024-05-28T14:30+24:00" has an impossible offset (offsets run from -23:59 to +23:59)',
    ],
    ['1969-12-31', '"1969-12-31" is out of range (expected a year between 1970 and 2100)'],
    ['2101-01-01', '"2101-01-01" is out of range (expected a year between 1970 and 2100)'],
    ['0024-05-28', '"0024-05-28" is out of range (expected a year between 1970 and 2100)'],
  ])('%s', (value, message) => {
    expect(failure(value)).toBe(message);
  });

  test.each([
    'tomorrow',
    '',
    '2024-5-28',
    '2024/05/28',
    '28.05.2024',
    '2024-05-28 14',
    '2024-05-28T14:30:01+08',
    '2024-05-28 14:30:01 +08:00',
    '2024-05-28T14:30:01.+08:00',
    '2024-05-28T14:30:01Z extra',
  ])('text that is not a date: %j', (value) => {
    expect(failure(value)).toBe(`${JSON.stringify(value)} is not a date (${EXPECTED})`);
  });

  test.each([
    [20240528, `the number 20240528 is not a date (${EXPECTED})`],
    [true, `the boolean true is not a date (${EXPECTED})`],
    [null, `an empty value is not a date (${EXPECTED})`],
    [undefined, `a missing value is not a date (${EXPECTED})`],
    [['2024-05-28'], `a list is not a date (${EXPECTED})`],
    [{ year: 2024 }, `an object is not a date (${EXPECTED})`],
  ])('other values: %j', (value, message) => {
    expect(failure(value)).toBe(message);
  });
});
