import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, makeSite, runBuild, type BuildResult } from '../support/buildFixture.js';
import { checkInternalLinks } from '../support/checkInternalLinks.js';

let build: BuildResult;
const xml = (path: string) => load(build.read(path), { xml: true });

beforeAll(async () => {
  build = await runBuild(fixture('basic'));
  expect(build.code, build.output).toBe(0);
});

describe('site feeds', () => {
  it('Atom: absolute URLs, RFC 3339 dates with +08:00, unique ids, full content, keywords', () => {
    const $ = xml('/feed.xml');
    expect($('feed > id').text()).toBe('https://test.example.com/');
    expect($('feed > link[rel="self"]').attr('href')).toBe('https://test.example.com/feed.xml');
    const entries = $('entry');
    expect(entries.length).toBe(13);
    const ids = entries.map((_, e) => $(e).children('id').text()).get();
    expect(new Set(ids).size).toBe(13);
    expect(ids[0]).toBe('https://test.example.com/2024/06/01/early-morning/');
    expect(entries.first().children('published').text()).toBe('2024-06-01T03:15:00+08:00');
    const full = entries.filter((_, e) => $(e).children('id').text().endsWith('/full/'));
    expect(
      full
        .children('category')
        .map((_, c) => $(c).attr('term'))
        .get(),
    ).toEqual(['大模型', '人工智能', 'API']);
    expect(full.children('updated').text()).toBe('2024-05-21T10:00:00+08:00');
    const content = full.children('content').text();
    expect(content).toContain(
      '<a href="https://test.example.com/2024/05/28/plain-space/">站内链接</a>',
    );
    expect(content).toContain('src="https://test.example.com/images/lead.svg"');
  });

  it('RSS 2.0: RFC 822 dates with +0800 and permalink guids', () => {
    const $ = xml('/rss.xml');
    expect($('channel > link').first().text()).toBe('https://test.example.com/');
    const first = $('item').first();
    expect(first.children('pubDate').text()).toBe('Sat, 01 Jun 2024 03:15:00 +0800');
    expect(first.children('guid').text()).toBe(
      'https://test.example.com/2024/06/01/early-morning/',
    );
    expect(first.children('guid').attr('isPermaLink')).toBe('true');
    expect($('item').length).toBe(13);
  });

  it('JSON Feed 1.1: required fields and RFC 3339 dates', () => {
    const feed = JSON.parse(build.read('/feed.json')) as {
      version: string;
      feed_url: string;
      items: {
        id: string;
        url: string;
        date_published: string;
        content_html?: string;
        tags?: string[];
      }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://test.example.com/feed.json');
    expect(feed.items).toHaveLength(13);
    expect(feed.items[0]).toMatchObject({
      id: 'https://test.example.com/2024/06/01/early-morning/',
      url: 'https://test.example.com/2024/06/01/early-morning/',
      date_published: '2024-06-01T03:15:00+08:00',
    });
  });

  it('a per-keyword Atom feed lists only that keyword, with summaries', () => {
    const $ = xml('/tags/大模型/feed.xml');
    expect($('feed > id').text()).toBe(
      'https://test.example.com/tags/%E5%A4%A7%E6%A8%A1%E5%9E%8B/',
    );
    expect(
      $('entry > id')
        .map((_, e) => $(e).text())
        .get(),
    ).toEqual(['https://test.example.com/2024/05/20/full/']);
    expect($('entry > content').length).toBe(0);
    expect($('entry > summary').text()).toBe('这是一段手写的摘要。');
  });

  it('keeps hostile titles as text in well-formed XML', () => {
    const $ = xml('/feed.xml');
    const titles = $('entry > title')
      .map((_, t) => $(t).text())
      .get();
    expect(titles).toContain('<script>alert("title")</script>标题 & 更多');
  });
});

describe('sitemap and robots', () => {
  it('lists every page with an absolute, percent-encoded loc and a lastmod, and no drafts or future pages', () => {
    const $ = xml('/sitemap.xml');
    const locs = $('url > loc')
      .map((_, l) => $(l).text())
      .get();
    expect(locs.every((loc) => /^https:\/\/test\.example\.com\/[\x21-\x7e]*$/.test(loc))).toBe(
      true,
    );
    expect(locs).toContain(
      'https://test.example.com/2024/05/18/%E9%A9%AC%E6%96%AF%E5%85%8B%E4%B8%8Elecun/',
    );
    expect(locs).toContain('https://test.example.com/about-zixun/');
    expect(locs.some((loc) => loc.includes('draft') || loc.includes('2099'))).toBe(false);
    const full = $('url').filter((_, u) => $(u).children('loc').text().endsWith('/full/'));
    expect(full.children('lastmod').text()).toBe('2024-05-21T10:00:00+08:00');
    expect(new Set(locs).size).toBe(locs.length);
  });

  it('names the sitemap in robots.txt', () => {
    expect(build.read('/robots.txt')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://test.example.com/sitemap.xml\n',
    );
  });

  it('becomes a sitemap index with child sitemaps past the per-file limit', async () => {
    const articles: Record<string, string> = {};
    for (let n = 0; n < 7; n++)
      articles[`a${n}.md`] =
        `---\ntitle: 第${n}篇\ndate: 2024-05-0${n + 1} 08:00:00\n---\n\n正文。\n`;
    const split = await runBuild(makeSite(articles, { sitemap: { maxUrlsPerFile: 5 } }));
    expect(split.code, split.output).toBe(0);
    // 7 articles + home + /tags/ + /keywords/ + /archive/ + its year and month = 13 URLs → 3 files of ≤ 5.
    const index = load(split.read('/sitemap.xml'), { xml: true });
    expect(
      index('sitemapindex > sitemap > loc')
        .map((_, l) => index(l).text())
        .get(),
    ).toEqual([
      'https://test.example.com/sitemap-1.xml',
      'https://test.example.com/sitemap-2.xml',
      'https://test.example.com/sitemap-3.xml',
    ]);
    const counts = [1, 2, 3].map(
      (n) => load(split.read(`/sitemap-${n}.xml`), { xml: true })('url').length,
    );
    expect(counts).toEqual([5, 5, 3]);
  });
});

describe('drafts and future articles appear nowhere', () => {
  it('not in any page, feed, keyword count or sitemap', () => {
    const files = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' });
    for (const file of files) {
      if (!/\.(html|xml|json)$/.test(file)) continue;
      const text = build.read(`/${file}`);
      expect(text, file).not.toContain('草稿文章');
      expect(text, file).not.toContain('未来文章');
    }
    expect(existsSync(join(build.outDir, '2099'))).toBe(false);
  });
});

describe('internal links', () => {
  it('every internal href and src of every page resolves to a file', () => {
    expect(checkInternalLinks(build.outDir)).toEqual([]);
  });

  it('holds for the sample site too', async () => {
    const sample = await runBuild(join(fixture('basic'), '../../../../content'));
    expect(sample.code, sample.output).toBe(0);
    expect(checkInternalLinks(sample.outDir)).toEqual([]);
  });
});
