import type { KeywordEntry } from '../keywords/buildKeywordIndex.js';
import type { SiteModel } from '../site/loadSite.js';

/** Per article page and per list page, by index: a string that changes whenever anything the page shows does. */
export interface PageSignatures {
  articles: string[];
  lists: string[];
  /** Keyword feeds, by index into `keywordIndex.entries`. */
  feeds: string[];
}

/**
 * What each page is made of, for the dev server to rewrite only pages that changed: the site-wide
 * inputs (`siteKey`: settings and asset URLs), then the versions of the articles the page shows
 * (an article page shows its neighbours and related articles too) and its keywords' names.
 * Undefined when the model has no article versions (a one-off build writes every page).
 */
export function pageSignatures(
  model: SiteModel,
  siteKey: string,
  now: number,
): PageSignatures | undefined {
  const { versions } = model;
  if (!versions) return undefined;
  const keyword = (entry: KeywordEntry) => `${entry.slug}\u0001${entry.name}`;
  const articles = model.articles.map((_, index) =>
    [
      siteKey,
      versions[index],
      // The preview marks a future article as a draft until its time comes.
      (model.articles[index]?.date.getTime() ?? 0) > now ? 'future' : '',
      versions[index - 1] ?? '',
      versions[index + 1] ?? '',
      ...(model.related[index] ?? []).map((other) => versions[other]),
      ...(model.keywordIndex.articleKeywords[index] ?? []).map(keyword),
    ].join('\0'),
  );
  const lists = model.lists.map((page) =>
    [
      siteKey,
      page.kind,
      page.path,
      page.title,
      page.pageNumber,
      page.pageCount,
      page.total,
      page.feedPath ?? '',
      page.keyword ? keyword(page.keyword) : '',
      ...page.items.map((index) => versions[index]),
    ].join('\0'),
  );
  const feeds = model.keywordIndex.entries.map((entry) =>
    [
      siteKey,
      keyword(entry),
      ...entry.articles
        .slice(0, model.settings.pageSize.keyword)
        .flatMap((index) => [
          versions[index],
          ...(model.keywordIndex.articleKeywords[index] ?? []).map(keyword),
        ]),
    ].join('\0'),
  );
  return { articles, lists, feeds };
}
