import type { Article } from '../content/article.js';
import { isoDate } from '../dates/isoDate.js';
import type { SiteModel } from '../site/loadSite.js';
import { htmlToPlainText } from '../text/htmlToPlainText.js';
import { buildSearchIndex, type SearchDocument, type SearchIndex } from './buildSearchIndex.js';

const built = new WeakMap<SiteModel, SearchIndex>();

/**
 * The site's search index, built once per loaded site (the search page and the index files both
 * ask for it) and timed as `timings.search`. Documents are numbered oldest first, so publishing an
 * article leaves the older metadata shards, and their cached copies, unchanged. Drafts and future
 * articles are never indexed, even in the dev server, which shows them.
 */
export function searchIndexFor(model: SiteModel, now = Date.now()): SearchIndex {
  const cached = built.get(model);
  if (cached) return cached;
  const started = performance.now();
  const index = buildSearchIndex(searchDocuments(model, now), {
    body: model.settings.search.body,
  });
  rememberSearchIndex(model, index, performance.now() - started);
  return index;
}

/** Records an index built elsewhere (a build thread) as this model's, with the time it took. */
export function rememberSearchIndex(model: SiteModel, index: SearchIndex, ms: number): void {
  built.set(model, index);
  model.timings.search = ms;
}

/** The documents the index holds: articles oldest first, then the owner's pages with `search: true`. */
export function searchDocuments(model: SiteModel, now = Date.now()): SearchDocument[] {
  const { settings } = model;
  const documents: SearchDocument[] = [];
  for (let index = model.articles.length - 1; index >= 0; index--) {
    const article = model.articles[index] as Article;
    if (article.draft || article.date.getTime() > now) continue;
    documents.push({
      url: article.url,
      title: article.title,
      date: isoDate(article.date, settings.timeZone),
      summary: article.summary,
      keywords: (model.keywordIndex.articleKeywords[index] ?? []).map((entry) => entry.name),
      ...(settings.search.body ? { body: article.text ?? htmlToPlainText(article.html) } : {}),
    });
  }
  // No date: a page is not news; the search page shows none for it.
  for (const page of model.pages ?? []) {
    documents.push({
      url: page.url,
      title: page.title,
      date: '',
      summary: page.summary,
      keywords: page.keywords,
      ...(settings.search.body ? { body: page.text ?? '' } : {}),
    });
  }
  return documents;
}
