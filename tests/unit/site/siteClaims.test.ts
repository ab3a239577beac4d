import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content/contentProblem.js';
import { buildKeywordIndex } from '../../../src/keywords/buildKeywordIndex.js';
import type { ListPage } from '../../../src/site/listPages.js';
import { outputClaims } from '../../../src/site/outputClaims.js';
import { siteClaims } from '../../../src/site/siteClaims.js';
import { siteFiles } from '../../../src/site/siteFiles.js';

const articles = [
  { inputPath: 'content/articles/a.md', url: '/2024/05/29/a/', keywords: ['C#'] },
  {
    inputPath: 'content/articles/b.md',
    url: '/2024/05/28/b/',
    keywords: ['C sharp', 'index.html'],
  },
];
const keywordIndex = buildKeywordIndex(
  articles.map((article, index) => ({ ...article, date: -index })),
);
const list = (page: Partial<ListPage> & Pick<ListPage, 'kind' | 'path' | 'title'>): ListPage => ({
  firstPath: page.path,
  pageNumber: 1,
  pageCount: 1,
  total: 0,
  items: [],
  ...page,
});
const [csharp, , html] = keywordIndex.entries;
const lists: ListPage[] = [
  list({ kind: 'home', path: '/', title: '站' }),
  list({ kind: 'home', path: '/page/2/', title: '站', pageNumber: 2 }),
  list({ kind: 'year', path: '/archive/2024/', title: '2024年' }),
  ...keywordIndex.entries.map((keyword) =>
    list({ kind: 'keyword', path: `/tags/${keyword.slug}/`, title: keyword.name, keyword }),
  ),
];
const claims = siteClaims({
  articles,
  keywordIndex,
  lists,
  sitemap: ['/sitemap.xml', '/sitemap-1.xml'],
  settingsFile: 'content/_data/site.json',
});

describe('siteClaims', () => {
  it('claims the fixed files, then the sitemap, list pages, keyword feeds and articles', () => {
    expect(claims.slice(0, siteFiles.length)).toEqual(siteFiles);
    expect(claims.slice(siteFiles.length).map((claim) => [claim.path, claim.source])).toEqual([
      ['/sitemap.xml', 'the sitemap'],
      ['/sitemap-1.xml', 'part 1 of the sitemap'],
      ['/', 'the home page'],
      ['/page/2/', 'page 2 of the home list'],
      ['/archive/2024/', 'the archive of 2024年'],
      [`/tags/${csharp?.slug}/`, `the keyword page "${csharp?.name}"`],
      ['/tags/index.html/', 'the keyword page "index.html"'],
      [`/tags/${csharp?.slug}/feed.xml`, `the feed of the keyword "${csharp?.name}"`],
      ['/tags/index.html/feed.xml', 'the feed of the keyword "index.html"'],
      ['/2024/05/29/a/', 'content/articles/a.md'],
      ['/2024/05/28/b/', 'content/articles/b.md'],
    ]);
    expect(html?.slug).toBe('index.html');
  });

  it('leaves out the pages of a keyword that lost its slug, whose clash buildKeywordIndex reports', () => {
    expect(keywordIndex.problems.map((problem) => problem.field)).toEqual(['keywords']);
    expect(outputClaims(claims).map(formatProblem)).toEqual([
      '[zixun] content/articles/b.md: keywords: "index.html" gets the page /tags/index.html/, which writes /tags/index.html/index.html, but the keyword index is the file /tags/index.html; expected a keyword page no other page or file uses (pin "index.html" to another slug under "keywordSlugs" in content/_data/site.json)',
    ]);
  });
});
