import { join } from 'node:path';
import type { Article } from '../content/article.js';
import { ContentError, type ContentProblem } from '../content/contentProblem.js';
import { findArticleFiles } from '../content/findArticleFiles.js';
import { findImageFiles } from '../content/findImageFiles.js';
import type { ContentFile } from '../content/walkContentFolder.js';
import { buildKeywordIndex, type KeywordIndex } from '../keywords/buildKeywordIndex.js';
import { rankRelated } from '../keywords/rankRelated.js';
import { sitemapFiles } from '../feeds/sitemap.js';
import { sitemapPaths } from '../feeds/sitemapPaths.js';
import { absoluteUrl } from './absoluteUrl.js';
import type { ProgressListener } from './buildProgress.js';
import { listPages, type ArchivePeriod, type ListPage } from './listPages.js';
import { loadSiteSettings, type SettingsEnvironment } from './loadSiteSettings.js';
import type { SiteSettings } from './siteSettings.js';
import { sitemapUrls } from './sitemapUrls.js';
import type { ReadCache } from './readCache.js';
import { readArticles } from './readArticles.js';
import { readOwnerPages, type SearchablePage } from './readOwnerPages.js';
import { outputClaims } from './outputClaims.js';
import { siteClaims } from './siteClaims.js';
import { displayPath } from './displayPath.js';
import { withPathPrefix } from './withPathPrefix.js';

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
  /** The owner's pages with `search: true`, read from their sources for the search index. */
  pages?: SearchablePage[];
  /** The files under content/images/ to publish, each a regular file or a link to one. */
  images: ContentFile[];
  /** Warnings worth showing an editor; errors throw instead. */
  warnings: ContentProblem[];
  /** True in the dev server, where drafts and future articles are shown with a mark. */
  preview: boolean;
  /** Timings of the data phases, in ms, for the build summary and the benchmark. */
  timings: Record<string, number>;
  /**
   * Per article (same order), the version of its file when read; only with a read cache (the dev
   * server), which rewrites only the pages whose articles changed.
   */
  versions?: string[];
}

/** How to load: where the content is, and whether drafts and future articles are shown. */
export interface LoadOptions {
  inputDir: string;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  preview?: boolean;
  now?: Date;
  env?: SettingsEnvironment;
  /** Eleventy's path prefix (`--pathprefix`): the same as `basePath` in the settings. */
  pathPrefix?: string;
  /** Hears each phase, and every few hundred files while reading, for a progress line. */
  onProgress?: ProgressListener;
  /** The dev server's cache of files read by earlier builds of this process. */
  cache?: ReadCache;
}

/** Reads, validates and indexes all content, throwing one ContentError that lists every problem. */
export async function loadSite(options: LoadOptions): Promise<SiteModel> {
  const cwd = options.cwd ?? process.cwd();
  const preview = options.preview ?? false;
  const now = (options.now ?? new Date()).getTime();
  const timings: Record<string, number> = {};
  let started = performance.now();

  const settingsFile = join(options.inputDir, '_data', 'site.json');
  const settings = withPathPrefix(
    loadSiteSettings(settingsFile, displayPath(settingsFile, cwd), options.env),
    options.pathPrefix,
    displayPath(settingsFile, cwd),
  );
  const findOptions = {
    contentDir: options.inputDir,
    followExternalLinks: settings.content.followExternalLinks,
    cwd,
  };
  const found = findArticleFiles(join(options.inputDir, 'articles'), findOptions);
  const images = findImageFiles(join(options.inputDir, 'images'), findOptions);
  const files = found.files;
  const setup = { inputDir: options.inputDir, cwd, settings };
  const { all, problems, versions } = await readArticles(
    files,
    setup,
    options.cache,
    options.onProgress,
  );
  const owned = readOwnerPages(options.inputDir, cwd, settings);
  problems.unshift(...found.problems, ...images.problems, ...owned.problems);
  const articles = all
    .filter((article) => preview || (!article.draft && article.date.getTime() <= now))
    .sort(
      (a, b) => b.date.getTime() - a.date.getTime() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
    );
  const versionOf =
    versions && new Map(all.map((article, index) => [article, versions[index] ?? '']));
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
    displayPath(settingsFile, cwd),
  );
  problems.push(...keywordIndex.problems);
  timings.keywords = performance.now() - started;

  options.onProgress?.('list pages');
  started = performance.now();
  const { pages: lists, periods } = listPages(articles, keywordIndex, settings);
  const absolute = (path: string) => absoluteUrl(settings.url, settings.basePath, path);
  const urls = sitemapUrls(articles, lists, periods, absolute);
  timings.lists = performance.now() - started;

  // Every file the build will write, checked before the first is written, and reported with the
  // other content problems: without this, one page silently replaces another.
  started = performance.now();
  const claims = siteClaims({
    articles,
    keywordIndex,
    lists,
    sitemap: sitemapPaths(urls.length, settings.sitemap.maxUrlsPerFile),
    settingsFile: displayPath(settingsFile, cwd),
  });
  problems.push(...outputClaims(claims));
  timings.claims = performance.now() - started;
  if (problems.some((problem) => problem.severity === 'error')) {
    // Editors read problems file by file; the sort keeps each file's own order.
    throw new ContentError(
      problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    );
  }

  started = performance.now();
  const related = rankRelated(
    keywordIndex,
    articles.map((article) => article.date.getTime()),
    articles.map((article) => article.url),
    { limit: settings.relatedCount },
  );
  timings.keywords += performance.now() - started;

  started = performance.now();
  const sitemap = sitemapFiles(urls, {
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
    pages: owned.pages,
    images: images.files,
    warnings: problems,
    preview,
    timings,
    ...(versionOf ? { versions: articles.map((article) => versionOf.get(article) ?? '') } : {}),
  };
}
