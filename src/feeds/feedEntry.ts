import type { Article } from '../content/article.js';
import { absolutizeHtml } from './absolutizeHtml.js';
import type { FeedEntry } from './feedTypes.js';

/** One article as a feed entry; full content only when asked, with its links made absolute. */
export function feedEntry(
  article: Article,
  keywords: readonly string[],
  absolute: (path: string) => string,
  fullContentOrigin?: string,
): FeedEntry {
  return {
    url: absolute(article.url),
    title: article.title,
    date: article.date,
    updated: article.updated,
    summary: article.summary,
    contentHtml:
      fullContentOrigin === undefined
        ? undefined
        : absolutizeHtml(article.html, fullContentOrigin, absolute(article.url)),
    authors: article.author ? [article.author] : [],
    keywords: [...keywords],
  };
}
