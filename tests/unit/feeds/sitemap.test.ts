import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { sitemapFiles, type SitemapUrl } from '../../../src/feeds/sitemap.js';
import { assertWellFormedXml } from './wellFormedXml.js';

const options = { siteUrl: 'https://news.example.com', zone: 'Asia/Shanghai' };
const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function parse(xml: string) {
  assertWellFormedXml(xml);
  return load(xml, { xml: true });
}

function locs(xml: string): string[] {
  const $ = parse(xml);
  return $('loc')
    .map((_, loc) => $(loc).text())
    .get();
}

// Pages /p/0/, /p/1/, …; lastmod only where a test gives one (formatting 50,000 dates is slow).
function pages(count: number): SitemapUrl[] {
  return Array.from({ length: count }, (_, index) => ({
    loc: `https://news.example.com/p/${index}/`,
  }));
}

describe('sitemapFiles', () => {
  it('writes one urlset with absolute, ASCII locs and lastmod in +08:00', () => {
    const files = sitemapFiles(
      [
        { loc: 'https://news.example.com/', lastmod: new Date('2024-05-31T19:15:00Z') },
        { loc: 'https://news.example.com/tags/人工智能/' },
        { loc: 'https://news.example.com/tags/%E5%A4%A7%E6%A8%A1%E5%9E%8B/' },
        { loc: 'https://news.example.com/search/?q=c++&page=2' },
      ],
      options,
    );
    expect(files.map((file) => file.path)).toEqual(['/sitemap.xml']);
    const xml = files[0]!.xml;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const $ = parse(xml);
    expect($('urlset').attr('xmlns')).toBe(namespace);
    expect(locs(xml)).toEqual([
      'https://news.example.com/',
      'https://news.example.com/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/',
      // Already encoded: not encoded twice.
      'https://news.example.com/tags/%E5%A4%A7%E6%A8%A1%E5%9E%8B/',
      'https://news.example.com/search/?q=c++&page=2',
    ]);
    expect(xml).toContain('<loc>https://news.example.com/search/?q=c++&amp;page=2</loc>');
    expect(/^[\x20-\x7E\n]*$/.test(xml)).toBe(true);
    expect($('url').eq(0).children('lastmod').text()).toBe('2024-06-01T03:15:00+08:00');
    expect($('url').eq(1).children('lastmod').length).toBe(0);
  });

  it('encodes a stray % and a space, but keeps %XX escapes', () => {
    const [file] = sitemapFiles([{ loc: 'https://news.example.com/100%/a b/%e4%b8%ad/' }], options);
    expect(locs(file!.xml)).toEqual(['https://news.example.com/100%25/a%20b/%e4%b8%ad/']);
  });

  it('keeps exactly 50,000 URLs in one file', () => {
    const files = sitemapFiles(pages(50_000), options);
    expect(files.map((file) => file.path)).toEqual(['/sitemap.xml']);
    const xml = files[0]!.xml;
    expect(xml.match(/<url>/g)?.length).toBe(50_000);
    expect(xml).toContain('<urlset');
    expect(xml).not.toContain('<sitemapindex');
  });

  it('turns 50,001 URLs into an index of two sitemaps', () => {
    const urls = pages(50_001);
    // Each child's lastmod is its newest page's, wherever that page is in the child.
    urls[0]!.lastmod = new Date('2024-05-31T19:15:00Z');
    urls[49_999]!.lastmod = new Date('2024-05-01T00:00:00Z');
    urls[50_000]!.lastmod = new Date('2024-04-01T00:00:00Z');
    const files = sitemapFiles(urls, options);
    expect(files.map((file) => file.path)).toEqual([
      '/sitemap.xml',
      '/sitemap-1.xml',
      '/sitemap-2.xml',
    ]);
    const [index, first, second] = files.map((file) => file.xml);
    const $ = parse(index!);
    expect($('sitemapindex').attr('xmlns')).toBe(namespace);
    expect($('url').length).toBe(0);
    expect(locs(index!)).toEqual([
      'https://news.example.com/sitemap-1.xml',
      'https://news.example.com/sitemap-2.xml',
    ]);
    expect(
      $('sitemap > lastmod')
        .map((_, lastmod) => $(lastmod).text())
        .get(),
    ).toEqual(['2024-06-01T03:15:00+08:00', '2024-04-01T08:00:00+08:00']);
    expect(first!.match(/<url>/g)?.length).toBe(50_000);
    expect(first).toContain(
      '<url><loc>https://news.example.com/p/0/</loc><lastmod>2024-06-01T03:15:00+08:00</lastmod></url>',
    );
    expect(first).toContain('<loc>https://news.example.com/p/49999/</loc>');
    expect(locs(second!)).toEqual(['https://news.example.com/p/50000/']);
  });

  it('splits by maxUrlsPerFile, in order, under the base path', () => {
    const files = sitemapFiles(pages(5), {
      ...options,
      siteUrl: 'https://news.example.com/资讯/',
      maxUrlsPerFile: 2,
    });
    expect(files.map((file) => file.path)).toEqual([
      '/sitemap.xml',
      '/sitemap-1.xml',
      '/sitemap-2.xml',
      '/sitemap-3.xml',
    ]);
    expect(locs(files[0]!.xml)).toEqual([
      'https://news.example.com/%E8%B5%84%E8%AE%AF/sitemap-1.xml',
      'https://news.example.com/%E8%B5%84%E8%AE%AF/sitemap-2.xml',
      'https://news.example.com/%E8%B5%84%E8%AE%AF/sitemap-3.xml',
    ]);
    expect(files.slice(1).map((file) => locs(file.xml))).toEqual([
      ['https://news.example.com/p/0/', 'https://news.example.com/p/1/'],
      ['https://news.example.com/p/2/', 'https://news.example.com/p/3/'],
      ['https://news.example.com/p/4/'],
    ]);
  });

  it('leaves lastmod out of an index entry whose pages have none', () => {
    const urls = [
      { loc: 'https://news.example.com/a/' },
      { loc: 'https://news.example.com/b/', lastmod: new Date('2024-05-31T19:15:00Z') },
    ];
    const $ = parse(sitemapFiles(urls, { ...options, maxUrlsPerFile: 1 })[0]!.xml);
    expect($('sitemap').eq(0).children('lastmod').length).toBe(0);
    expect($('sitemap').eq(1).children('lastmod').text()).toBe('2024-06-01T03:15:00+08:00');
  });

  it('writes an empty urlset for no URLs', () => {
    const files = sitemapFiles([], options);
    expect(files.map((file) => file.path)).toEqual(['/sitemap.xml']);
    expect(parse(files[0]!.xml)('urlset').children().length).toBe(0);
  });

  it('refuses relative and over-long locs and an out-of-range maxUrlsPerFile', () => {
    expect(() => sitemapFiles([{ loc: '/tags/ai/' }], options)).toThrow(
      '[zixun] sitemapFiles: loc "/tags/ai/" is not an absolute http(s) URL (build it with absoluteUrl(siteUrl, basePath, path) from src/site/absoluteUrl.ts)',
    );
    const long = `https://news.example.com/${'长'.repeat(300)}/`;
    expect(() => sitemapFiles([{ loc: long }], options)).toThrow(
      'is 2726 characters once percent-encoded (the sitemap protocol allows fewer than 2,048; give the page a shorter permalink)',
    );
    for (const maxUrlsPerFile of [0, 1.5, 50_001]) {
      expect(() => sitemapFiles(pages(1), { ...options, maxUrlsPerFile })).toThrow(
        `[zixun] sitemapFiles: maxUrlsPerFile ${maxUrlsPerFile} is out of range (expected a whole number from 1 to 50000, the protocol's limit)`,
      );
    }
  });
});
