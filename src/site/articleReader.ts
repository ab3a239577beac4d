import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../content/article.js';
import type { ContentProblem } from '../content/contentProblem.js';
import { readArticle } from '../content/readArticle.js';
import { readArticleFile } from '../content/readArticleFile.js';
import { createMarkdown } from '../markdown/createMarkdown.js';
import type { SiteSettings } from './siteSettings.js';
import { displayPath } from './displayPath.js';
import { localImageSize } from './localImageSize.js';
import { sitePath } from './sitePath.js';

/** What reading needs to know, as plain data so it can be posted to a worker thread. */
export interface ReadSetup {
  inputDir: string;
  /** Paths in messages are relative to this folder. */
  cwd: string;
  settings: SiteSettings;
  /** A hash of the images folder's state (dev server), so a thread's reader starts afresh when images change. */
  images?: string;
}

/** The articles that were valid, in file order, and every problem found. */
export interface ReadBatch {
  articles: Article[];
  problems: ContentProblem[];
}

/** Reads and renders a batch of article files; made once per setup, since its markdown-it is. */
export type ArticleReader = (
  files: readonly string[],
  onRead?: (done: number) => void,
) => ReadBatch;

/** Sets up markdown and image lookups once; a worker thread keeps one reader for all its batches. */
export function createArticleReader(setup: ReadSetup): ArticleReader {
  const { inputDir, settings } = setup;
  const imageSize = localImageSize(inputDir);
  const markdown = createMarkdown({
    imageSize,
    urlFor: (path) => sitePath(settings.basePath, path),
    siteHost: new URL(settings.url).hostname,
  });
  const context = {
    zone: settings.timeZone,
    markdown,
    imageSize,
    fileExists: (path: string) => existsSync(join(inputDir, path.split(/[?#]/)[0] ?? '')),
    keepText: settings.search.body,
  };
  return (files, onRead) => {
    const batch: ReadBatch = { articles: [], problems: [] };
    for (const [done, file] of files.entries()) {
      if (done % 250 === 0) onRead?.(done);
      const shown = displayPath(file, setup.cwd);
      // Opened with care here rather than in findArticleFiles, since a worker thread may read it.
      const read = readArticleFile(file, settings.content.maxArticleBytes);
      if ('problem' in read) {
        batch.problems.push({
          file: shown,
          field: 'file',
          message: read.problem,
          severity: 'error',
        });
        continue;
      }
      const result = readArticle(read.bytes, shown, context);
      batch.problems.push(...result.problems);
      if (result.article) batch.articles.push(result.article);
    }
    return batch;
  };
}
