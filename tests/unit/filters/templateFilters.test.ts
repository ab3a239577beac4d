import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createMarkdown } from '../../../src/markdown/createMarkdown.js';
import { readableText } from '../../../src/markdown/readableText.js';
import { templateFilters, type FilterSettings } from '../../../src/filters/templateFilters.js';
import { readingMinutes } from '../../../src/text/readingMinutes.js';
import { splitFrontMatter } from '../../../src/content/splitFrontMatter.js';

const shanghai: FilterSettings = {
  timeZone: 'Asia/Shanghai',
  url: 'https://zixun.example.com',
  basePath: '/',
  keywordSlugs: {},
};
const now = new Date('2024-05-28T12:00:00+08:00');
const f = templateFilters(shanghai, () => now);
const berlin = templateFilters({ ...shanghai, timeZone: 'Europe/Berlin' }, () => now);
const news = templateFilters({
  ...shanghai,
  basePath: '/news/',
  keywordSlugs: { 'C sharp': 'c-sharp-words', 坏: 'Bad Slug' },
});
const expected =
  'expected a Date or a date such as 2024-05-28, 2024-05-28 14:30:01 or 2024-05-28T14:30:01+08:00';

describe('date filters read a Date or a front-matter date and use the site zone', () => {
  test('formatDate', () => {
    expect(f.formatDate('2024-05-27T22:30:01Z')).toBe('2024/5/28 6:30:01');
    expect(f.formatDate(new Date('2024-05-27T22:30:01Z'))).toBe('2024/5/28 6:30:01');
    expect(f.formatDate('2024-05-28 06:30:01')).toBe('2024/5/28 6:30:01');
    expect(f.formatDate('2024-05-28 06:30')).toBe('2024/5/28 6:30:00');
    expect(f.formatDate('2024-05-28')).toBe('2024/5/28 0:00:00');
    // The site's zone, not a fixed one.
    expect(berlin.formatDate('2024-05-27T22:30:01Z')).toBe('2024/5/28 0:30:01');
    expect(berlin.formatDate('2024-05-28 06:30:01')).toBe('2024/5/28 6:30:01');
  });

  test('an explicit zone wins over the site zone, for reading a wall time too', () => {
    expect(f.formatDate('2024-05-27T22:30:01Z', 'UTC')).toBe('2024/5/27 22:30:01');
    expect(f.isoDate('2024-05-28 06:30:01', 'UTC')).toBe('2024-05-28T06:30:01+00:00');
    expect(f.formatDate('2024-05-27T22:30:01Z', null)).toBe('2024/5/28 6:30:01');
  });

  test('isoDate, rfc3339Date and rfc822Date', () => {
    expect(f.isoDate('2024-05-28 06:30:01')).toBe('2024-05-28T06:30:01+08:00');
    expect(berlin.isoDate('2024-05-28 06:30:01')).toBe('2024-05-28T06:30:01+02:00');
    expect(f.rfc3339Date('2024-05-27T22:30:01Z')).toBe('2024-05-28T06:30:01+08:00');
    expect(f.rfc822Date('2024-05-28 06:30:01')).toBe('Tue, 28 May 2024 06:30:01 +0800');
    expect(berlin.rfc822Date(new Date('2024-01-02T03:04:05Z'))).toBe(
      'Tue, 02 Jan 2024 04:04:05 +0100',
    );
  });

  test('relativeDate counts from now in the site zone', () => {
    expect(f.relativeDate('2024-05-28 11:59:30')).toBe('刚刚');
    expect(f.relativeDate('2024-05-28 11:55')).toBe('5 分钟前');
    expect(f.relativeDate('2024-05-28 09:00')).toBe('3 小时前');
    expect(f.relativeDate('2024-05-27 23:00')).toBe('昨天');
    expect(f.relativeDate('2024-05-25')).toBe('3 天前');
    expect(f.relativeDate('2024-04-01T00:00:00+08:00')).toBe('2024/4/1');
  });

  test('a bad value names the filter, the value and what is expected', () => {
    expect(() => f.formatDate('2024-02-30')).toThrow(
      `[zixun] formatDate: "2024-02-30" is not a real date (February 2024 has 29 days); ${expected}`,
    );
    expect(() => f.isoDate('yesterday')).toThrow(
      `[zixun] isoDate: "yesterday" is not a date; ${expected}`,
    );
    expect(() => f.rfc822Date(1716850201000)).toThrow(
      `[zixun] rfc822Date: the number 1716850201000 is not a date; ${expected}`,
    );
    expect(() => f.relativeDate(undefined)).toThrow(
      `[zixun] relativeDate: a missing value is not a date; ${expected}`,
    );
    expect(() => f.rfc3339Date(new Date(Number.NaN))).toThrow(
      `[zixun] rfc3339Date: an invalid Date is not a date; ${expected}`,
    );
  });

  test('a bad zone argument says so', () => {
    expect(() => f.formatDate('2024-05-28', 'Mars/Olympus')).toThrow(
      '[zixun] formatDate: the time zone "Mars/Olympus" is not a known IANA time zone; expected e.g. Asia/Shanghai, Europe/Berlin or UTC',
    );
    expect(() => f.formatDate('2024-05-28', 8)).toThrow(
      '[zixun] formatDate: the zone argument is number 8; expected an IANA time zone such as "Asia/Shanghai", or none for the site\'s',
    );
  });
});

describe('keyword filters give the keyword pages’ slugs and URLs', () => {
  test('keywordSlug', () => {
    expect(f.keywordSlug('人工智能')).toBe('人工智能');
    expect(f.keywordSlug('C#')).toBe('c-sharp');
    expect(f.keywordSlug('ｘＡＩ')).toBe('xai');
    expect(f.keywordSlug('Node.js')).toBe('node.js');
  });

  test('pinned slugs in keywordSlugs win, matched as keywords are (case, width, spacing)', () => {
    expect(news.keywordSlug('C sharp')).toBe('c-sharp-words');
    expect(news.keywordSlug('c  SHARP')).toBe('c-sharp-words');
    // A faulty pin is an error in the build; the filter ignores it as the index does.
    expect(news.keywordSlug('坏')).toBe('坏');
  });

  test('keywordUrl is under the base path', () => {
    expect(f.keywordUrl('人工智能')).toBe('/tags/人工智能/');
    expect(news.keywordUrl('C sharp')).toBe('/news/tags/c-sharp-words/');
    expect(news.keywordUrl('AI 安全')).toBe('/news/tags/ai-安全/');
  });

  test('an empty or missing keyword says what is expected', () => {
    expect(() => f.keywordSlug('  ')).toThrow(
      '[zixun] keywordSlug: found an empty string; expected a keyword such as "人工智能"',
    );
    expect(() => f.keywordUrl(undefined)).toThrow(
      '[zixun] keywordUrl: found nothing; expected a keyword such as "人工智能"',
    );
  });
});

describe('absoluteUrl', () => {
  test('site url + base path + path, percent-encoded as feeds and sitemaps are', () => {
    expect(f.absoluteUrl('/tags/')).toBe('https://zixun.example.com/tags/');
    expect(news.absoluteUrl('/tags/人工智能/')).toBe(
      'https://zixun.example.com/news/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/',
    );
    expect(news.absoluteUrl('/')).toBe('https://zixun.example.com/news/');
  });

  test('an http(s) URL is already absolute', () => {
    expect(news.absoluteUrl('https://other.example.org/a')).toBe('https://other.example.org/a');
  });

  test('a relative path is refused', () => {
    expect(() => f.absoluteUrl('tags/')).toThrow(
      '[zixun] absoluteUrl: found "tags/"; expected a site path such as "/tags/" or an http(s) URL',
    );
  });
});

describe('readingMinutes', () => {
  test('counts CJK characters and Latin words', () => {
    expect(f.readingMinutes('字'.repeat(450))).toBe(1);
    expect(f.readingMinutes('字'.repeat(451))).toBe(2);
    expect(f.readingMinutes(Array.from({ length: 221 }, () => 'word').join(' '))).toBe(2);
  });

  test('reads markdown as article pages do: footnotes and image alt text are not read', () => {
    const body = `${'字'.repeat(440)}![${'图'.repeat(100)}](/a.png)[^1]\n\n[^1]: ${'注'.repeat(100)}\n`;
    expect(f.readingMinutes(body)).toBe(1);
    expect(f.readingMinutes(body.replace(/!\[/, '['))).toBe(2);
  });

  test('the same count as the sample article’s page', () => {
    const file = 'content/articles/2024/ai/马斯克与LeCun.md';
    const split = splitFrontMatter(readFileSync(file, 'utf8'), file);
    if (!split.ok) throw new Error('the sample article has no front matter');
    const page = readingMinutes(readableText(createMarkdown().parse(split.body, {})));
    expect(f.readingMinutes(split.body)).toBe(page);
  });

  test('a value that is not text is refused', () => {
    expect(() => f.readingMinutes(42)).toThrow(
      '[zixun] readingMinutes: found number 42; expected markdown or plain text',
    );
  });
});
