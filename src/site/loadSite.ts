import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { imageSize as measureImage } from 'image-size';
import type { Article } from '../content/article.js';
import { ContentError, type ContentProblem } from '../content/contentProblem.js';
import { findArticleFiles } from '../content/findArticleFiles.js';
import { readArticle } from '../content/readArticle.js';
import { buildKeywordIndex, type KeywordIndex } from '../keywords/buildKeywordIndex.js';
import { rankRelated } from '../keywords/rankRelated.js';
import { createMarkdown } from '../markdown/createMarkdown.js';
import { sitemapFiles } from '../feeds/sitemap.js';
import { absoluteUrl } from './absoluteUrl.js';
import type { ProgressListener } from './buildProgress.js';
import { listPages, type ArchivePeriod, type ListPage } from './listPages.js';
import { loadSiteSettings, type SettingsEnvironment } from './loadSiteSettings.js';
import type { SiteSettings } from './siteSettings.js';
import { sitemapUrls } from './sitemapUrls.js';
import { sitePath } from './sitePath.js';

/** Everything the page templates need, computed once per build. */
export interface SiteModel {
  settings: SiteSettings;
  /** Published articles (plus drafts and future ones in the dev server), newest first. */
  articles: Article[];
  keywordIndex: KeywordIndex;
  /** Per article (same order), indices of related articles, best first. */
  related: number[][];
  /** Every page of every paginated list (home, keywords, archives), computed once. */
  lists: ListPage[];
  /** Years and months of the date archive, newest first. */
  periods: ArchivePeriod[];
  /** The sitemap files: one, or an index and its children past the protocol's 50,000-URL limit. */
  sitemap: { path: string; xml: string }[];
  /** Warnings worth showing an editor; errors throw instead. */
  warnings: ContentProblem[];
  /** True in the dev server, where drafts and future articles are shown with a mark. */
  preview: boolean;
  /** Timings of the data phases, in ms, for the build summary and the benchmark. */
  timings: Record<string, number>;
}

/** How to load: where the content is, and whether drafts and future articles are shown. */
export interface LoadOptions {
  inputDir: string;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  preview?: boolean;
  now?: Date;
  env?: SettingsEnvironment;
  /** Hears each phase, and every few hundred files while reading, for a progress line. */
  onProgress?: ProgressListener;
}

/** Reads, validates and indexes all content, throwing one ContentError that lists every problem. */
export function loadSite(options: LoadOptions): SiteModel {
  const cwd = options.cwd ?? process.cwd();
  const display = (path: string) => {
    const shown = relative(cwd, path);
    return (shown.startsWith('..') ? resolve(path) : shown).split('\\').join('/');
  };
  const preview = options.preview ?? false;
  const now = (options.now ?? new Date()).getTime();
  const timings: Record<string, number> = {};
  let started = performance.now();

  const settingsFile = join(options.inputDir, '_data', 'site.json');
  const settings = loadSiteSettings(settingsFile, display(settingsFile), options.env);
  const imageSizeOf = localImageSize(options.inputDir);
  const markdown = createMarkdown({
    imageSize: imageSizeOf,
    urlFor: (path) => sitePath(settings.basePath, path),
    siteHost: new URL(settings.url).hostname,
  });

  const problems: ContentProblem[] = [];
  const all: Article[] = [];
  const files = findArticleFiles(join(options.inputDir, 'articles'));
  for (const [done, file] of files.entries()) {
    if (done % 250 === 0) options.onProgress?.('reading articles', done, files.length);
    const result = readArticle(readFileSync(file), display(file), {
      zone: settings.timeZone,
      markdown,
      imageSize: imageSizeOf,
      fileExists: (sitePath) => existsSync(join(options.inputDir, sitePath.split(/[?#]/)[0] ?? '')),
    });
    problems.push(...result.problems);
    if (result.article) all.push(result.article);
  }
  const articles = all
    .filter((article) => preview || (!article.draft && article.date.getTime() <= now))
    .sort(
      (a, b) => b.date.getTime() - a.date.getTime() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
    );
  problems.push(...duplicateUrlProblems(articles));
  timings.validate = performance.now() - started;

  options.onProgress?.('keywords and related articles');
  started = performance.now();
  const keywordIndex = buildKeywordIndex(
    articles.map((article) => ({
      inputPath: article.inputPath,
      url: article.url,
      date: article.date.getTime(),
      keywords: article.keywords,
    })),
    settings.keywordSlugs,
    display(settingsFile),
  );
  problems.push(...keywordIndex.problems);
  if (problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems);
  const related = rankRelated(
    keywordIndex,
    articles.map((article) => article.date.getTime()),
    articles.map((article) => article.url),
    { limit: settings.relatedCount },
  );
  timings.keywords = performance.now() - started;

  options.onProgress?.('list pages');
  started = performance.now();
  const { pages: lists, periods } = listPages(articles, keywordIndex, settings);
  timings.lists = performance.now() - started;

  started = performance.now();
  const absolute = (path: string) => absoluteUrl(settings.url, settings.basePath, path);
  const sitemap = sitemapFiles(sitemapUrls(articles, lists, periods, absolute), {
    siteUrl: absolute('/'),
    zone: settings.timeZone,
    maxUrlsPerFile: settings.sitemap.maxUrlsPerFile,
  });
  timings.sitemap = performance.now() - started;

  return {
    settings,
    articles,
    keywordIndex,
    related,
    lists,
    periods,
    sitemap,
    warnings: problems,
    preview,
    timings,
  };
}

function duplicateUrlProblems(articles: readonly Article[]): ContentProblem[] {
  const owners = new Map<string, Article>();
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const owner = owners.get(article.url);
    if (owner) {
      problems.push({
        file: article.inputPath,
        field: 'permalink',
        message: `gives the URL ${article.url}, which ${owner.inputPath} already uses; expected every article to have its own URL (rename the file or set a different permalink)`,
        severity: 'error',
      });
    } else {
      owners.set(article.url, article);
    }
  }
  return problems;
}

/** Reads the natural size of images under the content folder once each, so img tags carry width and height. */
function localImageSize(inputDir: string) {
  const cache = new Map<string, { width: number; height: number } | undefined>();
  return (src: string) => {
    if (!src.startsWith('/') || src.startsWith('//')) return undefined;
    if (cache.has(src)) return cache.get(src);
    let size: { width: number; height: number } | undefined;
    try {
      const measured = measureImage(readFileSync(join(inputDir, src.split(/[?#]/)[0] ?? '')));
      size =
        measured.width && measured.height
          ? { width: measured.width, height: measured.height }
          : undefined;
    } catch {
      size = undefined;
    }
    cache.set(src, size);
    return size;
  };
}
