import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/content/article.js';
import { buildKeywordIndex } from '../../../src/keywords/buildKeywordIndex.js';
import { listPages } from '../../../src/site/listPages.js';
import { pagePath } from '../../../src/site/pagePath.js';
import { siteSettingsSchema, type SiteSettings } from '../../../src/site/siteSettings.js';

const settings: SiteSettings = {
  ...siteSettingsSchema.parse({
    title: '资讯',
    url: 'https://it.example.com',
    timeZone: 'Asia/Shanghai',
    pageSize: { home: 2, keyword: 2, archive: 2 },
  }),
  portable: false,
};

/** Newest first, as loadSite sorts them; `date` is UTC. */
function article(name: string, date: string, keywords: string[]): Article {
  return {
    inputPath: `content/articles/${name}.md`,
    fileSlug: name,
    url: `/${name}/`,
    title: name,
    date: new Date(date),
    keywords,
    references: [],
    summary: '',
    draft: false,
    html: '',
    readingMinutes: 1,
  };
}

const articles = [
  article('c', '2024-06-01T02:00:00Z', ['芯片']),
  // 23:30 UTC on 31 May is 1 June in Beijing.
  article('b', '2024-05-31T23:30:00Z', ['芯片', 'AI']),
  article('a', '2024-05-30T15:00:00Z', ['AI']),
];

describe('pagePath', () => {
  it('keeps page 1 at the list path', () => {
    expect(pagePath('home', '/', 1)).toBe('/');
    expect(pagePath('keyword', '/tags/ai/', 1)).toBe('/tags/ai/');
  });

  it('numbers keyword pages directly and other lists under page/', () => {
    expect(pagePath('keyword', '/tags/ai/', 2)).toBe('/tags/ai/2/');
    expect(pagePath('home', '/', 3)).toBe('/page/3/');
    expect(pagePath('month', '/archive/2024/05/', 2)).toBe('/archive/2024/05/page/2/');
  });
});

describe('listPages', () => {
  const sources = articles.map((item) => ({ ...item, date: item.date.getTime() }));
  const { pages, periods } = listPages(articles, buildKeywordIndex(sources), settings);
  const summary = pages.map((page) => [page.path, page.pageNumber, page.pageCount, page.items]);

  it('pages the home list, then each keyword in index order, then the archive', () => {
    expect(summary).toEqual([
      ['/', 1, 2, [0, 1]],
      ['/page/2/', 2, 2, [2]],
      ['/tags/ai/', 1, 1, [1, 2]],
      ['/tags/芯片/', 1, 1, [0, 1]],
      ['/archive/2024/', 1, 2, [0, 1]],
      ['/archive/2024/page/2/', 2, 2, [2]],
      ['/archive/2024/06/', 1, 1, [0, 1]],
      ['/archive/2024/05/', 1, 1, [2]],
    ]);
  });

  it('files articles under their Beijing date', () => {
    expect(periods).toEqual([
      { kind: 'year', path: '/archive/2024/', title: '2024年', count: 3 },
      { kind: 'month', path: '/archive/2024/06/', title: '2024年6月', count: 2 },
      { kind: 'month', path: '/archive/2024/05/', title: '2024年5月', count: 1 },
    ]);
  });

  it('gives each list its title, total and feed', () => {
    const heads = pages
      .filter((page) => page.pageNumber === 1)
      .map((page) => [page.title, page.total, page.feedPath]);
    expect(heads).toEqual([
      ['资讯', 3, '/feed.xml'],
      ['AI', 2, '/tags/ai/feed.xml'],
      ['芯片', 2, '/tags/芯片/feed.xml'],
      ['2024年', 3, undefined],
      ['2024年6月', 2, undefined],
      ['2024年5月', 1, undefined],
    ]);
  });

  it('still writes one empty home page for a site without articles', () => {
    const empty = listPages([], buildKeywordIndex([]), settings);
    expect(empty.pages.map((page) => [page.path, page.pageCount, page.items])).toEqual([
      ['/', 1, []],
    ]);
    expect(empty.periods).toEqual([]);
  });
});
