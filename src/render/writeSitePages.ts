import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../content/article.js';
import type { ProgressListener } from '../site/buildProgress.js';
import type { SiteModel } from '../site/loadSite.js';
import { runOnPool, type WorkerPool } from '../workers/workerPool.js';
import { keywordFeedPath } from '../feeds/keywordFeed.js';
import { outputPath } from './outputPath.js';
import { pageSignatures } from './pageSignatures.js';
import type { RenderedPage } from './collectSink.js';
import { directSink, threadSink, type PageSink } from './pageSink.js';
import { transformSink, type PageTransform } from './transformSink.js';
import { writePages, type PageBatch, type PageTarget } from './writePages.js';

/** Pages per message to a build thread: big enough to amortise the message, small enough to balance. */
const batchSize = 100;

/** Below this many pages to write, sending the model to the threads costs more than it saves. */
const minPagesForThreads = 300;

/**
 * Writes every article and list page. With build threads, each gets the model once (without the
 * article bodies, which travel with their pages) and takes batches until none are left.
 */
export async function writeSitePages(
  model: SiteModel,
  target: PageTarget,
  pool: WorkerPool | undefined,
  options: {
    onProgress?: ProgressListener;
    written?: Map<string, string>;
    /** The owner's transforms: every page goes through them on this thread before it is written. */
    transform?: PageTransform;
  } = {},
): Promise<number> {
  const { onProgress, written: previous, transform } = options;
  const signatures =
    previous && pageSignatures(model, JSON.stringify([model.settings, target.assets]), Date.now());
  // The dev server skips pages whose inputs are unchanged since it wrote them (and still on disk).
  const changed = (path: string, signature: string | undefined) =>
    !signature ||
    previous?.get(path) !== signature ||
    !existsSync(join(target.outputDir, outputPath(path)));
  const articles = model.articles.flatMap((article, index) =>
    changed(article.url, signatures?.articles[index]) ? [index] : [],
  );
  const lists = model.lists.flatMap((page, index) =>
    changed(page.path, signatures?.lists[index]) ? [index] : [],
  );
  const feeds = model.keywordIndex.entries.flatMap((entry, index) =>
    changed(keywordFeedPath(entry), signatures?.feeds[index]) ? [index] : [],
  );
  const remember = () => {
    if (!previous || !signatures) return;
    for (const index of articles)
      previous.set(model.articles[index]?.url ?? '', signatures.articles[index] ?? '');
    for (const index of lists)
      previous.set(model.lists[index]?.path ?? '', signatures.lists[index] ?? '');
    for (const index of feeds) {
      const entry = model.keywordIndex.entries[index];
      if (entry) previous.set(keywordFeedPath(entry), signatures.feeds[index] ?? '');
    }
  };
  const total = articles.length + lists.length + feeds.length;
  onProgress?.('writing pages', 0, total);
  // A dev-server rebuild usually rewrites a handful of pages: cheaper here than posting the model to threads.
  if (!pool || total < minPagesForThreads) {
    const batch = { articles: articles.map((index) => bodyOf(model, index)), lists, feeds };
    // A thread that writes while this one renders pays for itself from a few hundred pages.
    const sink = withTransform(
      total >= minPagesForThreads ? threadSink() : directSink(new Set()),
      transform,
    );
    let written: number;
    try {
      written = await writePages(model, target, batch, sink);
    } catch (error) {
      await sink.close().catch(() => undefined);
      throw error;
    }
    await sink.close();
    remember();
    onProgress?.('writing pages', written, total);
    return written;
  }
  const slim: SiteModel = {
    ...model,
    articles: model.articles.map(withoutBody),
    sitemap: [],
    images: [],
    warnings: [],
  };
  const workers = Array.from({ length: pool.size }, (_, worker) => worker);
  await Promise.all(
    workers.map((w) => pool.run(w, { type: 'model', payload: { model: slim, target } })),
  );
  const jobs: { articles: number[]; lists: number[]; feeds: number[] }[] = [];
  const slices = (indices: number[]) =>
    Array.from({ length: Math.ceil(indices.length / batchSize) }, (_, index) =>
      indices.slice(index * batchSize, (index + 1) * batchSize),
    );
  for (const slice of slices(articles)) jobs.push({ articles: slice, lists: [], feeds: [] });
  for (const slice of slices(lists)) jobs.push({ articles: [], lists: slice, feeds: [] });
  for (const slice of slices(feeds)) jobs.push({ articles: [], lists: [], feeds: slice });
  let written = 0;
  // With transforms the threads render and this thread transforms, handing the files to a writer thread.
  const sink = transform && transformSink(threadSink(), transform);
  try {
    await runOnPool(pool, jobs, async (worker, job) => {
      const payload: PageBatch = {
        articles: job.articles.map((index) => bodyOf(model, index)),
        lists: job.lists,
        feeds: job.feeds,
      };
      if (sink) {
        const pages = await pool.run<RenderedPage[]>(worker, { type: 'render', payload });
        for (const page of pages) await sink.write(page.file, page.content, page.source);
        written += pages.length;
      } else {
        written += await pool.run<number>(worker, { type: 'write', payload });
      }
      onProgress?.('writing pages', written, total);
    });
    await sink?.close();
  } catch (error) {
    await sink?.close().catch(() => undefined);
    throw error;
  } finally {
    await Promise.allSettled(workers.map((w) => pool.run(w, { type: 'forget', payload: null })));
  }
  remember();
  return written;
}

function withTransform(sink: PageSink, transform: PageTransform | undefined): PageSink {
  return transform ? transformSink(sink, transform) : sink;
}

function bodyOf(model: SiteModel, index: number): { index: number; html: string } {
  return { index, html: model.articles[index]?.html ?? '' };
}

/** An article as the threads' model holds it: its body travels with its own page only. */
function withoutBody(article: Article): Article {
  const slim = { ...article, html: '' };
  delete slim.text;
  return slim;
}
