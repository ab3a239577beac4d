import type { Article } from '../content/article.js';
import { datePath } from '../dates/datePath.js';
import type { KeywordEntry, KeywordIndex } from '../keywords/buildKeywordIndex.js';
import { pagePath } from './pagePath.js';
import type { SiteSettings } from './siteSettings.js';

/** The kinds of paginated list a site has; each renders with its own layout. */
export type ListKind = 'home' | 'keyword' | 'year' | 'month';

/** One page of one paginated list, precomputed in one pass so the build threads render each page on its own. */
export interface ListPage {
  kind: ListKind;
  /** Site path of this page, e.g. `/tags/人工智能/2/`. */
  path: string;
  /** Site path of page 1 of this list. */
  firstPath: string;
  pageNumber: number;
  pageCount: number;
  /** Articles in the whole list, not just this page. */
  total: number;
  /** Article indices (into the newest-first list) on this page. */
  items: readonly number[];
  /** Heading: the keyword, `2024年`, `2024年5月`, or the site title. */
  title: string;
  keyword?: KeywordEntry;
  /** Atom feed of this list, when it has one. */
  feedPath?: string;
}

/** A year or month of the date archive, for the archive index. */
export interface ArchivePeriod {
  kind: 'year' | 'month';
  path: string;
  title: string;
  count: number;
}

/** Every list page of the site in one pass over the articles: home, keyword pages and date archives. */
export function listPages(
  articles: readonly Article[],
  keywords: KeywordIndex,
  settings: SiteSettings,
): { pages: ListPage[]; periods: ArchivePeriod[] } {
  const pages: ListPage[] = [];
  const all = articles.map((_, index) => index);
  addList(
    pages,
    { kind: 'home', firstPath: '/', title: settings.title, feedPath: '/feed.xml' },
    all,
    settings.pageSize.home,
  );
  for (const keyword of keywords.entries) {
    addList(
      pages,
      {
        kind: 'keyword',
        firstPath: `/tags/${keyword.slug}/`,
        title: keyword.name,
        keyword,
        feedPath: `/tags/${keyword.slug}/feed.xml`,
      },
      keyword.articles,
      settings.pageSize.keyword,
    );
  }
  const periods = archivePeriods(articles, settings.timeZone);
  for (const period of periods) {
    addList(
      pages,
      { kind: period.kind, firstPath: period.path, title: period.title },
      period.items,
      settings.pageSize.archive,
    );
  }
  return {
    pages,
    periods: periods.map(({ items, ...period }) => ({ ...period, count: items.length })),
  };
}

type ListHead = Pick<ListPage, 'kind' | 'firstPath' | 'title' | 'keyword' | 'feedPath'>;

function addList(pages: ListPage[], head: ListHead, items: readonly number[], size: number): void {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
    pages.push({
      ...head,
      path: pagePath(head.kind, head.firstPath, pageNumber),
      pageNumber,
      pageCount,
      total: items.length,
      items: items.slice((pageNumber - 1) * size, pageNumber * size),
    });
  }
}

/** Years and months, newest first, each with its articles newest first. */
function archivePeriods(
  articles: readonly Article[],
  zone: string,
): (ArchivePeriod & { items: number[] })[] {
  const periods = new Map<string, ArchivePeriod & { items: number[] }>();
  articles.forEach((article, index) => {
    const [year = '', month = ''] = datePath(article.date, zone).split('/');
    for (const [key, kind, title] of [
      [year, 'year', `${year}年`],
      [`${year}/${month}`, 'month', `${year}年${Number(month)}月`],
    ] as const) {
      let period = periods.get(key);
      if (!period) {
        period = { kind, path: `/archive/${key}/`, title, count: 0, items: [] };
        periods.set(key, period);
      }
      period.items.push(index);
    }
  });
  return [...periods.values()];
}
