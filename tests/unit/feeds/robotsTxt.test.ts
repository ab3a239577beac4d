import { expect, it } from 'vitest';
import { robotsTxt } from '../../../src/feeds/robotsTxt.js';

it('allows every crawler and names the absolute sitemap URL', () => {
  expect(robotsTxt('https://news.example.com/news/sitemap.xml')).toBe(
    'User-agent: *\nAllow: /\n\nSitemap: https://news.example.com/news/sitemap.xml\n',
  );
});

it('percent-encodes a non-ASCII path and refuses a relative URL', () => {
  expect(robotsTxt('https://news.example.com/资讯/sitemap.xml')).toBe(
    'User-agent: *\nAllow: /\n\nSitemap: https://news.example.com/%E8%B5%84%E8%AE%AF/sitemap.xml\n',
  );
  expect(() => robotsTxt('/sitemap.xml')).toThrow(
    '[zixun] robotsTxt: sitemapUrl "/sitemap.xml" is not an absolute http(s) URL',
  );
});
