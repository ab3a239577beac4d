import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../content/article.js';
import type { ContentProblem } from '../content/contentProblem.js';
import { sitePool, workerCount } from '../workers/sitePool.js';
import { runOnPool } from '../workers/workerPool.js';
import { createArticleReader, type ReadBatch, type ReadSetup } from './articleReader.js';
import type { ProgressListener } from './buildProgress.js';
import { displayPath } from './displayPath.js';
import type { ReadCache } from './readCache.js';

/** Every article file's articles and problems in file order; with the dev server's cache, the versions read. */
export async function readArticles(
  files: readonly string[],
  setup: ReadSetup,
  cache: ReadCache | undefined,
  onProgress: ProgressListener | undefined,
): Promise<{ all: Article[]; problems: ContentProblem[]; versions: string[] | undefined }> {
  return cache
    ? readChangedArticles(files, setup, cache, onProgress)
    : { ...(await readAllArticles(files, setup, onProgress)), versions: undefined };
}

/** Reads every article file, in batches spread over the build threads when there are any, in file order. */
async function readAllArticles(
  files: readonly string[],
  setup: ReadSetup,
  onProgress: ProgressListener | undefined,
): Promise<{ all: Article[]; problems: ContentProblem[] }> {
  const pool = sitePool(workerCount(files.length));
  let batches: ReadBatch[];
  if (pool) {
    const size = 200;
    const jobs = Array.from({ length: Math.ceil(files.length / size) }, (_, index) =>
      files.slice(index * size, (index + 1) * size),
    );
    let done = 0;
    batches = await runOnPool(pool, jobs, async (worker, job) => {
      const batch = await pool.run<ReadBatch>(worker, {
        type: 'read',
        payload: { setup, files: job },
      });
      done += job.length;
      onProgress?.('reading articles', done, files.length);
      return batch;
    });
  } else {
    batches = [
      createArticleReader(setup)(files, (done) =>
        onProgress?.('reading articles', done, files.length),
      ),
    ];
  }
  // runOnPool keeps the jobs' order, so articles and problems stay in file order.
  return {
    all: batches.flatMap((batch) => batch.articles),
    problems: batches.flatMap((batch) => batch.problems),
  };
}

/** Reads only the files that changed since the cached read, and returns every file's articles in file order. */
async function readChangedArticles(
  files: readonly string[],
  setup: ReadSetup,
  cache: ReadCache,
  onProgress: ProgressListener | undefined,
): Promise<{ all: Article[]; problems: ContentProblem[]; versions: string[] }> {
  // Settings shape every article's HTML, and images give lead images and body images their sizes;
  // the stamp also gives the threads' readers (and their image-size caches) a new key.
  const images = createHash('sha1')
    .update(imagesStamp(join(setup.inputDir, 'images')))
    .digest('base64');
  const keyed: ReadSetup = { ...setup, images };
  cache.useSettings(JSON.stringify(keyed));
  cache.keepOnly(files);
  const current = files.map((file) => cache.versionOf(file));
  const staleIndices = files.flatMap((file, index) =>
    cache.get(file, current[index] ?? '') ? [] : [index],
  );
  const stale = staleIndices.map((index) => files[index] ?? '');
  const fresh = await readAllArticles(stale, keyed, onProgress);
  const byFile = new Map<string, { articles: Article[]; problems: ContentProblem[] }>();
  const entryOf = (shown: string) => {
    const entry = byFile.get(shown) ?? { articles: [], problems: [] };
    byFile.set(shown, entry);
    return entry;
  };
  for (const article of fresh.all) entryOf(article.inputPath).articles.push(article);
  for (const problem of fresh.problems) entryOf(problem.file).problems.push(problem);
  for (const index of staleIndices) {
    const file = files[index] ?? '';
    const entry = byFile.get(displayPath(file, setup.cwd)) ?? { articles: [], problems: [] };
    cache.set(file, { version: current[index] ?? '', ...entry });
  }
  const result = {
    all: [] as Article[],
    problems: [] as ContentProblem[],
    versions: [] as string[],
  };
  for (const [index, file] of files.entries()) {
    const version = current[index] ?? '';
    const entry = cache.get(file, version);
    if (!entry) continue;
    result.all.push(...entry.articles);
    result.problems.push(...entry.problems);
    result.versions.push(...entry.articles.map(() => version));
  }
  return result;
}

/** Changes when any file under the images folder is added, removed, resized or touched. */
function imagesStamp(imagesDir: string): string {
  let names: string[];
  try {
    names = readdirSync(imagesDir, { recursive: true, encoding: 'utf8' });
  } catch {
    return '';
  }
  return names
    .map((name) => {
      // A dangling or looping link is reported by findImageFiles; here it is only a change.
      try {
        const stat = statSync(join(imagesDir, name));
        return `${name}\0${stat.size}\0${stat.mtimeMs}`;
      } catch (error) {
        return `${name}\0${(error as NodeJS.ErrnoException).code ?? ''}`;
      }
    })
    .sort()
    .join('\n');
}
