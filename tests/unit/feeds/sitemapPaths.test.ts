import { describe, expect, it } from 'vitest';
import { sitemapFiles } from '../../../src/feeds/sitemap.js';
import { sitemapPaths } from '../../../src/feeds/sitemapPaths.js';

describe('sitemapPaths', () => {
  it('gives one file up to the limit, then an index and its parts', () => {
    expect(sitemapPaths(0, 2)).toEqual(['/sitemap.xml']);
    expect(sitemapPaths(2, 2)).toEqual(['/sitemap.xml']);
    expect(sitemapPaths(5, 2)).toEqual([
      '/sitemap.xml',
      '/sitemap-1.xml',
      '/sitemap-2.xml',
      '/sitemap-3.xml',
    ]);
  });

  it('names the files sitemapFiles writes', () => {
    const urls = Array.from({ length: 5 }, (_, index) => ({ loc: `https://a.example/${index}/` }));
    const files = sitemapFiles(urls, {
      siteUrl: 'https://a.example',
      zone: 'UTC',
      maxUrlsPerFile: 2,
    });
    expect(files.map((file) => file.path)).toEqual(sitemapPaths(5, 2));
  });
});
