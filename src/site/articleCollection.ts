import type { LeadImage } from '../content/article.js';
import type { SiteModel } from './loadSite.js';
import { sitePath } from './sitePath.js';

/** One article as owners' templates see it in `collections.articles`. */
export interface ArticleItem {
  /** Path from the site root, base path included, e.g. `/news/2024/05/28/a/`. */
  url: string;
  title: string;
  date: Date;
  updated?: Date;
  /** The keywords as the article lists them. */
  keywords: string[];
  summary: string;
  readingMinutes: number;
  image?: LeadImage;
  /** The article's file, e.g. `content/articles/a.md`. */
  inputPath: string;
}

/** The published articles, newest first, as `collections.articles` gives them to templates. */
export function articleCollection(model: SiteModel): ArticleItem[] {
  const { basePath } = model.settings;
  return model.articles.map((article) => ({
    url: sitePath(basePath, article.url),
    title: article.title,
    date: article.date,
    ...(article.updated ? { updated: article.updated } : {}),
    keywords: article.keywords,
    summary: article.summary,
    readingMinutes: article.readingMinutes,
    ...(article.image ? { image: article.image } : {}),
    inputPath: article.inputPath,
  }));
}
